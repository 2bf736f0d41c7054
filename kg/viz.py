"""The interactive graph page: one self-contained HTML file that works offline.

:func:`write_page` draws actors, demand concepts and events with pyvis
(vis-network 9.1, inlined), then post-processes pyvis's HTML:

* the Bootstrap ``<link>``/``<script>`` tags pyvis links from a CDN even with
  ``cdn_resources="in_line"`` are removed, and a Content-Security-Policy
  forbids every request, so nothing leaves the machine;
* tooltips, the only strings that become DOM, are HTML built here with every
  article-derived string escaped (:func:`html.escape`), turned into elements
  by a small inline script (vis-network shows a string title as plain text);
  labels are canvas text, never parsed as HTML, so they are drawn as written
  (vis-network's ``multi: "html"`` label mode would be no safer, and in 9.1.2
  it fails to decode ``&lt;``, so an escaped label would show entities);
* the node and edge data are embedded by Jinja's ``tojson``, which writes
  ``<``, ``>``, ``&`` and ``'`` as ``\\u003c``-style escapes, so no string can
  close the ``<script>`` element.

Layout is computed in Python and written as fixed positions, so a page looks
the same on every build: :func:`networkx.spring_layout` (seed 42) up to
:data:`SPRING_LIMIT` nodes, above that a grid-accelerated Fruchterman-Reingold
with the same seed (``spring_layout`` takes 6 s at 1,500 nodes and 52 s at
5,000).  Small graphs (up to :data:`PHYSICS_LIMIT` nodes) then settle with
bounded physics in the browser, which is switched off once stabilised; larger
ones render at once with physics off.  Past ``max_nodes`` the page folds event
nodes into counted edges between actors.  Two calls on the same store write
byte-identical files.
"""

from __future__ import annotations

import html
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
from pyvis.edge import Edge
from pyvis.network import Network

from kg.analytics import (
    DEMAND,
    SEED,
    ActorNode,
    EventFacts,
    GraphFacts,
    build_network,
    pagerank,
    projection,
    read_facts,
)
from kg.model import ActorKind, EventKind
from kg.store import KGStore

__all__ = [
    "EDGE_COLOURS",
    "NODE_STYLES",
    "PHYSICS_LIMIT",
    "SPRING_LIMIT",
    "external_references",
    "write_page",
]

#: physics runs in the browser up to this many nodes (NOTES: 200 nodes settle
#: in about 10 s with pyvis defaults, 1,000 in 53 s)
PHYSICS_LIMIT = 200
#: stabilisation iterations when physics runs; bounded so the page settles
STABILIZATION_ITERATIONS = 300
#: networkx.spring_layout up to this many nodes, the grid layout above
SPRING_LIMIT = 500
#: pixels between a node and its nearest neighbour, for the median node
MIN_SPACING = 45.0
#: the layout never spreads further than this many pixels from its centre
MAX_EXTENT = 40_000.0
#: longest label drawn on the canvas; the tooltip has the rest
MAX_LABEL = 40
#: evidence sentences listed in the tooltip of a folded edge
MAX_EVIDENCE = 5


@dataclass(frozen=True)
class NodeStyle:
    """How one kind of node is drawn and named in the legend."""

    colour: str
    shape: str
    legend: str


# Okabe-Ito colours (distinguishable with the common colour-vision deficiencies)
#: node kind -> style; actors are dots, events have a shape of their own
NODE_STYLES: Mapping[str, NodeStyle] = {
    ActorKind.COUNTRY.value: NodeStyle("#0072B2", "dot", "Country"),
    ActorKind.ORGANIZATION.value: NodeStyle("#009E73", "dot", "Organization"),
    ActorKind.ARMED_GROUP.value: NodeStyle("#D55E00", "dot", "Armed group"),
    ActorKind.PERSON.value: NodeStyle("#CC79A7", "dot", "Person"),
    ActorKind.ACTOR.value: NodeStyle("#999999", "dot", "Other actor"),
    DEMAND: NodeStyle("#F0E442", "box", "Demand"),
    EventKind.CALL.value: NodeStyle("#56B4E9", "diamond", "Call for"),
    EventKind.CONDEMNATION.value: NodeStyle("#E69F00", "triangle", "Condemnation"),
    EventKind.ATTACK.value: NodeStyle("#A50026", "star", "Attack"),
    EventKind.DISPLACEMENT.value: NodeStyle("#8C510A", "square", "Displacement"),
}

#: edge label (role or relation) -> colour
EDGE_COLOURS: Mapping[str, str] = {
    "agent": "#555555",
    "speaker": "#888888",
    "addressee": "#888888",
    "target": "#888888",
    "perpetrator": "#555555",
    "demand": "#B8A800",
    "callsFor": "#56B4E9",
    "condemns": "#E69F00",
    "addresses": "#6A8CAF",
    "attacks": "#A50026",
    "affiliatedWith": "#CC79A7",
}

_TYPE_WORDS = {"Killed": "killed", "Wounded": "wounded", "Displaced": "displaced"}
_KIND_WORDS = {
    EventKind.CALL.value: "Call for",
    EventKind.CONDEMNATION.value: "Condemnation",
    EventKind.ATTACK.value: "Attack",
    EventKind.DISPLACEMENT.value: "Displacement",
}
_ROLE_WORDS = (
    ("agent", "Agent"),
    ("speaker", "Speaker"),
    ("perpetrator", "Perpetrator"),
    ("addressee", "Addressee"),
    ("target", "Target"),
    ("demand", "Demand"),
)


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


# the view: what the page draws -----------------------------------------------


@dataclass
class _View:
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    aggregated: bool = False
    notes: list[str] = field(default_factory=list)


def _size(rank: float, top: float) -> float:
    """Dot size of an actor from its PageRank (10 to 40 pixels)."""
    return round(10 + 30 * (rank / top if top > 0 else 0.0), 2)


def _actor_node(
    node: ActorNode, ranks: Mapping[str, float], top: float, degree: int
) -> dict[str, Any]:
    style = NODE_STYLES[node.kind]
    tip = [
        f"<b>{_e(node.label)}</b>",
        f"{_e(NODE_STYLES[node.kind].legend)}",
        f"<code>{_e(node.iri)}</code>",
    ]
    out: dict[str, Any] = {
        "id": node.iri,
        "label": _shorten(node.label),
        "kind": node.kind,
        "color": style.colour,
        "shape": style.shape,
    }
    if node.kind == DEMAND:
        tip.append(_count(degree, "call"))
    else:
        rank = ranks.get(node.iri, 0.0)
        out["size"] = _size(rank, top)
        tip.append(f"PageRank {rank:.4f} · {_count(degree, 'fact')}")
    out["tip"] = "<br>".join(tip)
    return out


def _event_label(ev: EventFacts, facts: GraphFacts) -> str:
    """ "CallFor: Ceasefire", "Attack: 33 killed, 12 wounded"."""
    if ev.kind == EventKind.CALL.value:
        parts = [facts.node(d).label for d in ev.role("demand") if d in facts.demands]
    elif ev.kind == EventKind.CONDEMNATION.value:
        parts = [facts.node(t).label for t in ev.role("target")]
    else:
        parts = [
            f"{c.count:,} {_TYPE_WORDS[c.type]}"
            for c in ev.casualties
            if c.count is not None
        ]
    detail = ", ".join(parts)
    return f"{ev.kind}: {detail}" if detail else ev.kind


def _event_tip(ev: EventFacts, facts: GraphFacts) -> str:
    lines = [f"<b>{_e(_KIND_WORDS[ev.kind])}</b>"]
    if ev.evidence:
        where = " <i>(headline)</i>" if ev.in_title else ""
        lines.append(f"“{_e(ev.evidence)}”{where}")
    if ev.article_id or ev.title:
        article = f"Article <code>{_e(ev.article_id or '?')}</code>"
        if ev.title:
            article += f": {_e(ev.title)}"
        if ev.date:
            article += f" ({_e(ev.date)})"
        lines.append(article)
    if ev.url:
        lines.append(f"<code>{_e(ev.url)}</code>")
    for role, word in _ROLE_WORDS:
        names = [facts.node(n).label for n in ev.role(role)]
        if names:
            lines.append(f"{word}: {_e('; '.join(names))}")
    for word, value in (
        ("Demand text", ev.demand_text),
        ("Quote", ev.quote),
        ("Means", ev.means),
        ("Place", ev.place),
    ):
        if value:
            lines.append(f"{word}: {_e(value)}")
    for casualty in ev.casualties:
        lines.append(_e(casualty.describe()))
    lines.append(f"<code>{_e(ev.iri)}</code>")
    return "<br>".join(lines)


def _evidence_tip(head: str, found: Sequence[tuple[str | None, str | None]]) -> str:
    """A relation's headline and up to MAX_EVIDENCE (sentence, article) pairs."""
    lines = [head]
    sentences = [(s, a) for s, a in found if s]
    for sentence, article in sentences[:MAX_EVIDENCE]:
        source = f" — <code>{_e(article)}</code>" if article else ""
        lines.append(f"“{_e(sentence)}”{source}")
    if len(sentences) > MAX_EVIDENCE:
        lines.append(f"… {len(sentences) - MAX_EVIDENCE:,} more")
    return "<br>".join(lines)


def _relation_edges(
    network: nx.MultiDiGraph,
    relations: Iterable[str],
    *,
    counted: bool,
    dashed: bool,
) -> list[dict[str, Any]]:
    """One edge per (source, relation, target), with its evidence in the tip."""
    wanted = set(relations)
    groups: dict[tuple[str, str, str], list[tuple[str | None, str | None]]]
    groups = defaultdict(list)
    for source, target, data in network.edges(data=True):
        if data["relation"] in wanted:
            groups[(source, data["relation"], target)].append(
                (data.get("evidence"), data.get("article"))
            )
    edges = []
    for (source, relation, target), found in sorted(groups.items()):
        n = len(found)
        head = (
            f"<b>{_e(network.nodes[source]['label'])}</b> {_e(relation)} "
            f"<b>{_e(network.nodes[target]['label'])}</b> · {_count(n, 'fact')}"
        )
        edge: dict[str, Any] = {
            "from": source,
            "to": target,
            "label": f"{relation} ({n:,})" if counted else relation,
            "relation": relation,
            "color": EDGE_COLOURS[relation],
            "tip": _evidence_tip(head, sorted(found, key=_none_last)),
        }
        if counted:
            edge["value"] = n
        if dashed:
            edge["dashes"] = True
        edges.append(edge)
    return edges


def _none_last(pair: tuple[str | None, str | None]) -> tuple[str, str]:
    return (pair[1] or "\uffff", pair[0] or "\uffff")


def _full_view(
    facts: GraphFacts, network: nx.MultiDiGraph, ranks: Mapping[str, float]
) -> _View:
    view = _View()
    top = max((ranks.get(a, 0.0) for a in facts.actors), default=0.0)
    degree = dict(network.degree())
    for node in (*facts.actors.values(), *facts.demands.values()):
        view.nodes.append(_actor_node(node, ranks, top, degree.get(node.iri, 0)))
    for ev in facts.events:
        style = NODE_STYLES[ev.kind]
        view.nodes.append(
            {
                "id": ev.iri,
                "label": _shorten(_event_label(ev, facts)),
                "kind": ev.kind,
                "color": style.colour,
                "shape": style.shape,
                "size": 12,
                "tip": _event_tip(ev, facts),
            }
        )
        for role, target in ev.roles:
            view.edges.append(
                {
                    "from": ev.iri,
                    "to": target,
                    "label": role,
                    "relation": role,
                    "color": EDGE_COLOURS[role],
                }
            )
    view.edges += _relation_edges(
        network, ["affiliatedWith"], counted=False, dashed=False
    )
    view.edges += _relation_edges(
        network, ["callsFor", "condemns"], counted=False, dashed=True
    )
    view.nodes.sort(key=lambda n: n["id"])
    return view


def _aggregated_view(
    facts: GraphFacts,
    network: nx.MultiDiGraph,
    ranks: Mapping[str, float],
    full_size: int,
    max_nodes: int,
) -> _View:
    view = _View(aggregated=True)
    view.edges = _relation_edges(
        network,
        ["callsFor", "condemns", "addresses", "attacks", "affiliatedWith"],
        counted=True,
        dashed=False,
    )
    linked = {e["from"] for e in view.edges} | {e["to"] for e in view.edges}
    top = max((ranks.get(a, 0.0) for a in facts.actors if a in linked), default=0.0)
    degree = dict(network.degree())
    for node in (*facts.actors.values(), *facts.demands.values()):
        if node.iri in linked:
            view.nodes.append(_actor_node(node, ranks, top, degree.get(node.iri, 0)))
    view.nodes.sort(key=lambda n: n["id"])
    hidden = len(facts.actors) + len(facts.demands) - len(view.nodes)
    events = _count(len(facts.events), "event")
    left_out = f"; {_count(hidden, 'actor')} with no relation left out" * bool(hidden)
    view.notes.append(
        f"Folded view: the full graph has {full_size:,} nodes, more than the "
        f"limit of {max_nodes:,}, so its {events} are drawn as one counted edge "
        f"per actor, relation and actor or demand{left_out}."
    )
    return view


def _curve_parallel_edges(edges: list[dict[str, Any]]) -> None:
    """Give parallel edges distinct curves, so their labels do not overlap."""
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


def _layout(view: _View) -> dict[str, tuple[int, int]]:
    """Fixed positions in pixels, the same on every build."""
    ids = [n["id"] for n in view.nodes]
    if not ids:
        return {}
    index = {node: i for i, node in enumerate(ids)}
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
    return {
        node: (int(round(x * scale)), int(round(y * scale)))
        for node, (x, y) in zip(ids, coords.tolist(), strict=True)
    }


# the page --------------------------------------------------------------------


def _options(view: _View, physics: bool) -> dict[str, Any]:
    big = len(view.nodes) > PHYSICS_LIMIT
    return {
        "nodes": {"font": {"size": 14}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"inherit": False},
            "font": {"size": 10, "align": "middle"},
            "scaling": {"min": 1, "max": 8},
            "smooth": False,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
        },
        "layout": {"randomSeed": SEED, "improvedLayout": False},
        "physics": (
            {
                "enabled": True,
                "solver": "barnesHut",
                "barnesHut": {"springLength": 120, "avoidOverlap": 0.2},
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


_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'; form-action 'none'; "
    "base-uri 'none'"
)

_STYLE = """
        <style type="text/css">
             body { font-family: system-ui, sans-serif; margin: 0.5em; }
             #kg-header { margin: 0 0 0.5em 0; }
             #kg-header h1 { font-size: 1.2em; margin: 0 0 0.2em 0; }
             #kg-header p { margin: 0.2em 0; font-size: 0.9em; }
             #kg-legend { display: flex; flex-wrap: wrap; gap: 0.3em 1.2em;
                          list-style: none; padding: 0; margin: 0.3em 0;
                          font-size: 0.85em; }
             #kg-legend .kg-swatch { display: inline-block; width: 0.9em;
                          height: 0.9em; margin-right: 0.3em;
                          vertical-align: -0.1em; border: 1px solid #444; }
             #kg-legend .kg-dot { border-radius: 50%; }
             #kg-legend .kg-diamond { transform: rotate(45deg) scale(0.8); }
             #kg-legend .kg-triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
             #kg-legend .kg-star { clip-path: polygon(50% 0, 61% 35%, 98% 35%,
                          68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%,
                          2% 35%, 39% 35%); }
             .kg-tip { white-space: normal; max-width: 36em; line-height: 1.35; }
             .kg-tip code { font-size: 0.85em; word-break: break-all; }
        </style>
"""

# runs in the same script element as pyvis's drawGraph(): vis-network starts
# stabilising on a timer, so the listener below is in place before it ends
_SCRIPT = """
              (function () {
                  // tooltips are escaped HTML made by kg.viz; a string title would
                  // show as plain text, so turn each into an element once
                  function withTips(items) {
                      var tipped = items.get({filter: function (item) {
                          return Boolean(item.tip);
                      }});
                      return tipped.map(function (item) {
                          var box = document.createElement("div");
                          box.className = "kg-tip";
                          box.innerHTML = item.tip;
                          return {id: item.id, title: box};
                      });
                  }
                  nodes.update(withTips(nodes));
                  edges.update(withTips(edges));
%s              })();
"""
_PHYSICS_OFF = """\
                  network.once("stabilizationIterationsDone", function () {
                      network.setOptions({physics: false});
                  });
"""

_INLINE_CODE = re.compile(
    r"(<script(?![^>]*\bsrc\s*=)[^>]*>.*?</script>|<style\b[^>]*>.*?</style>)",
    re.DOTALL | re.IGNORECASE,
)
_EXTERNAL_TAG = re.compile(
    r"<(?:link|script|img|iframe|source|embed|object)\b[^>]*?"
    r"\b(?:href|src|data)\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>(?:\s*</script>)?",
    re.IGNORECASE,
)
_SOURCE_MAP = "//# sourceMappingURL=vis-network.min.js.map"
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_EMPTY_HEADING = re.compile(r"\s*<center>\s*<h1>\s*</h1>\s*</center>")


def _outside_code(page: str, edit: Callable[[str], str]) -> str:
    """Apply ``edit`` to the markup between inline scripts and styles."""
    parts = _INLINE_CODE.split(page)
    return "".join(p if i % 2 else edit(p) for i, p in enumerate(parts))


def _strip_markup(part: str) -> str:
    """Drop CDN tags, comments and pyvis's empty headings from markup."""
    part = _EXTERNAL_TAG.sub("", part)
    part = _COMMENT.sub("", part)
    return _EMPTY_HEADING.sub("", part)


def external_references(page: str) -> list[str]:
    """Tags outside inline code that would load something from another host."""
    found: list[str] = []

    def collect(part: str) -> str:
        found.extend(_EXTERNAL_TAG.findall(part))
        return part

    _outside_code(page, collect)
    return found


def _insert(page: str, anchor: str, text: str, *, before: bool = False) -> str:
    """Insert ``text`` next to ``anchor``, which must occur once (pyvis 0.3.2)."""
    if page.count(anchor) != 1:
        raise RuntimeError(
            f"pyvis page template changed: {anchor.strip()!r} is not there once; "
            "kg.viz expects pyvis 0.3.2"
        )
    at = page.find(anchor)
    at = at if before else at + len(anchor)
    return page[:at] + text + page[at:]


def _header(view: _View, facts: GraphFacts, physics: bool) -> str:
    articles = {ev.article_id for ev in facts.events if ev.article_id}
    if facts.is_empty:
        summary = "Nothing to show: the graph holds no actors, demands or events yet."
    else:
        summary = (
            f"{_count(len(facts.actors), 'actor')}, "
            f"{_count(len(facts.demands), 'demand')} and "
            f"{_count(len(facts.events), 'event')} from "
            f"{_count(len(articles), 'article')}; {_count(len(view.nodes), 'node')} "
            f"and {_count(len(view.edges), 'edge')} drawn."
        )
    notes = [summary, *view.notes]
    notes.append(
        "Hover a node or edge for its evidence; drag to move, scroll to zoom."
        + ("" if physics or not view.nodes else " Layout precomputed, physics off.")
    )
    legend = "".join(
        f'<li><span class="kg-swatch kg-{_e(style.shape)}" '
        f'style="background:{_e(style.colour)}"></span>{_e(style.legend)}</li>'
        for kind, style in NODE_STYLES.items()
        if not (view.aggregated and kind in _KIND_WORDS)
    )
    if not view.aggregated:
        legend += "<li>dashed edge: callsFor / condemns shortcut</li>"
    paragraphs = "".join(f"<p>{_e(n)}</p>" for n in notes)
    return (
        '\n        <header id="kg-header">'
        "<h1>newskg: who calls for what, who condemns whom</h1>"
        f'{paragraphs}<ul id="kg-legend">{legend}</ul></header>\n'
    )


def _render(view: _View, facts: GraphFacts, physics: bool) -> str:
    positions = _layout(view)
    net = Network(
        height="80vh", width="100%", directed=True, heading="", cdn_resources="in_line"
    )
    for node in view.nodes:
        attrs = dict(node)
        node_id = attrs.pop("id")
        label = attrs.pop("label")
        shape = attrs.pop("shape")
        colour = attrs.pop("color")
        attrs["x"], attrs["y"] = positions[node_id]
        net.add_node(node_id, label=label, shape=shape, color=colour, **attrs)
    _curve_parallel_edges(view.edges)
    known = set(positions)
    for i, edge in enumerate(view.edges):
        attrs = dict(edge)
        source, target = attrs.pop("from"), attrs.pop("to")
        if source not in known or target not in known:
            raise ValueError(f"edge {source} -> {target} names a node not drawn")
        # Network.add_edge scans the node list twice per edge (quadratic)
        edge_options = Edge(source, target, directed=True, id=f"e{i}", **attrs).options
        net.edges.append(edge_options)
    net.options = _options(view, physics)  # pyvis takes a dict as well

    page = net.generate_html("graph.html")
    page = _outside_code(page, _strip_markup)
    # devtools would fetch the map from disk; there is none
    page = page.replace(_SOURCE_MAP, "")
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="en">', 1)
    page = _insert(
        page,
        '<meta charset="utf-8">',
        f'\n        <meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '\n        <meta name="viewport" content="width=device-width, initial-scale=1">'
        "\n        <title>newskg graph</title>",
    )
    page = _insert(page, "</head>", _STYLE, before=True)
    page = _insert(page, "<body>", _header(view, facts, physics))
    page = _insert(page, "drawGraph();\n", _SCRIPT % (_PHYSICS_OFF if physics else ""))
    leftover = external_references(page)
    if leftover:
        raise RuntimeError(f"page would load from another host: {leftover[0][:120]}")
    return page


def write_page(
    store: KGStore, path: Path, *, max_nodes: int = 1500, physics: bool | None = None
) -> Path:
    """Write the graph as one self-contained, offline HTML page.

    Args:
        store: the store to draw.
        path: the HTML file to write (its folder is created).
        max_nodes: past this many nodes (actors, demands and events), event
            nodes are folded into one counted edge per (actor, relation, actor
            or demand), and actors with no relation are left out.
        physics: let vis-network settle the layout in the browser, then stop;
            ``None`` turns it on for up to :data:`PHYSICS_LIMIT` nodes.

    Returns:
        ``path``.
    """
    facts = read_facts(store)
    network = build_network(facts)
    ranks = pagerank(projection(network))
    size = len(facts.actors) + len(facts.demands) + len(facts.events)
    if size > max_nodes:
        view = _aggregated_view(facts, network, ranks, size, max_nodes)
    else:
        view = _full_view(facts, network, ranks)
    on = len(view.nodes) <= PHYSICS_LIMIT if physics is None else physics
    on = on and bool(view.nodes)
    page = _render(view, facts, on)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(page.encode("utf-8"))
    return path
