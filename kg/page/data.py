"""Everything the page draws, as one JSON-ready document (:func:`page_data`)."""

from __future__ import annotations

from typing import Any

from kg.analytics import (
    NO_SOURCE,
    SEED,
    GraphFacts,
    local_name,
    pagerank,
    projection,
)
from kg.page.facts import fact_table, read_page_facts
from kg.page.folding import fold
from kg.page.layout import PHYSICS_LIMIT, curve_parallel_edges, layout
from kg.page.queries import query_view
from kg.page.styles import EDGE_STYLES, NODE_STYLES, RELATIONS
from kg.page.views import Ranks, View, actor_view, event_view, page_network
from kg.queries import SavedQuery
from kg.store import KGStore

__all__ = ["MAX_NODES", "STABILIZATION_ITERATIONS", "page_data"]

#: views with more nodes than this are folded (``kg viz --max-nodes``)
MAX_NODES = 1500
#: stabilisation iterations when physics runs; bounded so the page settles
STABILIZATION_ITERATIONS = 150


def _options(view: View, physics: bool) -> dict[str, Any]:
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
                # strong central gravity keeps the drawing compact, so its fit
                # is large; the script then parts whatever labels overlap
                "barnesHut": {
                    "springLength": 90,
                    "centralGravity": 1.5,
                    "avoidOverlap": 0.3,
                },
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


def _legend(view: View) -> dict[str, list[list[str]]]:
    """Legend entries for every kind of node and edge the view can draw."""
    kinds = {n["kind"] for n in view.nodes}
    rels = {e["rel"]: e["color"] for e in (*view.edges, *view.folded_edges)}
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


def _view_spec(view: View, physics: bool | None, max_nodes: int) -> dict[str, Any]:
    fold(view, max_nodes)
    layout(view)
    on = len(view.nodes) <= PHYSICS_LIMIT if physics is None else physics
    on = on and bool(view.nodes)
    # edge labels crowd a big drawing; colours and the legend say the same
    labels = len(view.nodes) <= PHYSICS_LIMIT and view.name != "events"
    if not labels:
        for edge in (*view.edges, *view.folded_edges):
            edge.pop("label", None)
    curve_parallel_edges(view.edges)
    for i, edge in enumerate(view.edges):
        edge["id"] = f"e{i}"
    return {
        "name": view.name,
        "title": view.title,
        "nodes": view.nodes,
        "edges": view.edges,
        "physics": on,
        "folded": view.folded,
        "groups": view.groups,
        "foldedEdges": view.folded_edges,
        "edgeLabels": labels,
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
        max_nodes: fold views with more nodes than this (see
            :func:`kg.page.write_page`).
        physics: settle small views with physics (``None``: up to
            :data:`~kg.page.layout.PHYSICS_LIMIT` nodes).
        query: draw this query's triples instead of the two standard views.
        facts: the store's facts (:func:`kg.analytics.read_facts`), when the
            caller has read them already.

    Returns:
        ``views`` (each with nodes, edges, options and legend, and what it
        folded), ``facts`` (the evidence every node and edge points to by
        index), ``articles``, ``actors``, ``relations`` and ``sources`` (what
        the filters offer: publishers or URL hosts, ``none`` standing for
        articles with neither, and the sources sentences credit), and
        ``summary``.
    """
    pf = read_page_facts(store, facts=facts)
    graph = pf.graph
    network = page_network(pf)
    scores = pagerank(projection(network))
    ranks = Ranks(
        scores,
        dict(network.degree()),
        max(scores.values(), default=0.0),
    )
    table = fact_table(pf, network)
    if query is not None:
        views = [query_view(store, query, pf, ranks, table)]
    else:
        views = [
            actor_view(pf, network, ranks, table),
            event_view(pf, ranks, table),
        ]
    specs = [_view_spec(v, physics, max_nodes) for v in views]
    involved = {a for row in table.rows for a in row["x"]}
    actors = sorted(
        ([iri, pf.label(iri)] for iri in involved),
        key=lambda pair: (pair[1].casefold(), pair[1], pair[0]),
    )
    present = {r for row in table.rows for r in row["r"]}
    articles = {
        a.id: {"t": a.title, "d": a.date, "u": a.url, "src": pf.source(a)}
        for a in graph.articles.values()
    }
    credited = {iri for row in table.rows for iri in row.get("by", ())}
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
        "sources": {
            "none": NO_SOURCE,
            "published": sorted({a["src"] for a in articles.values()}),
            "credited": sorted(
                ([iri, pf.label(iri)] for iri in credited),
                key=lambda pair: (pair[1].casefold(), pair[1], pair[0]),
            ),
        },
        "summary": {
            "actors": len(graph.actors),
            "demands": len(graph.demands),
            "events": len(graph.events),
            "affiliations": len(graph.affiliations),
            "articles": len(graph.articles),
        },
    }
