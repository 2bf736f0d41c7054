"""Folding big views: keep the best-connected nodes, fold the rest by type.

A folded view keeps what it folded (:attr:`View.groups` and
:attr:`View.folded_edges`) for every folded node of up to :data:`MAX_EXPAND`
members, so the page can expand it in place and collapse it again.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import networkx as nx

from kg.analytics import local_name
from kg.page.styles import MAX_GROUP_MEMBERS, NODE_STYLES, count
from kg.page.views import View, node

__all__ = ["MAX_EXPAND", "fold", "merge_edges"]

#: a folded node of up to this many members can be expanded on the page; the
#: page keeps their nodes and edges (a larger one would outgrow the page and
#: the browser: kg viz --max-nodes or --query draws more)
MAX_EXPAND = 2000


def merge_edges(
    edges: list[dict[str, Any]], moved: dict[str, str]
) -> list[dict[str, Any]]:
    """Edges with their ends moved into folded nodes, merged and counted.

    An edge whose two ends fold into one node is dropped; edges that come to
    join the same two nodes by the same relation become one, with ``n`` the
    edges merged and ``f`` every fact behind them.  The page's script merges
    the same way when a folded node is expanded or collapsed.
    """
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for edge in edges:
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
    out = []
    for edge in merged.values():
        n = edge["n"]
        if n > 1:
            name = local_name(edge["rel"])
            edge["label"] = f"{name} ×{n}"
            edge["width"] = round(1 + math.log2(n), 2)
            edge["info"] = {
                "title": edge.get("info", {}).get("title", name),
                "sub": count(n, "edge") + " merged",
            }
        out.append(edge)
    return out


def fold(view: View, max_nodes: int) -> None:
    """Keep the ``max_nodes`` best-connected nodes; fold the rest by type.

    Nodes are ranked by PageRank on the view's undirected graph (ties by id).
    Each type of node that loses members gets one node standing for them, and
    edges to folded nodes go to that node instead, merged and counted.

    Raises:
        ValueError: ``max_nodes`` leaves no room for one node per type.
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
    for member in folded:
        members[member["kind"]].append(member)
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
        rows = [["Members", shown]]
        if len(group) > MAX_EXPAND:
            rows.append(["To draw them", "kg viz --max-nodes N, or --query"])
        nodes.append(
            node(
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
                    "sub": f"{count(len(group), 'node')} folded into one",
                    "rows": rows,
                },
                **extra,
            )
        )
        if len(group) <= MAX_EXPAND:
            view.groups[node_id] = group
        for member in group:
            moved[member["id"]] = node_id
    # the edges an expansion draws again; an end in a group that cannot expand
    # stays on that group's node
    fixed = {m: g for m, g in moved.items() if g not in view.groups}
    view.folded_edges = [
        dict(
            e,
            **{
                "from": fixed.get(e["from"], e["from"]),
                "to": fixed.get(e["to"], e["to"]),
            },
        )
        for e in view.edges
        if (e["from"] in moved and e["from"] not in fixed)
        or (e["to"] in moved and e["to"] not in fixed)
    ]
    view.nodes, view.edges = nodes, merge_edges(view.edges, moved)
    view.folded = len(folded)
    view.notes.append(
        f"Folded: this view has {count(len(order), 'node')}, more than the limit "
        f"of {max_nodes:,}, so the {len(order) - len(folded):,} best connected are "
        f"drawn and the other {len(folded):,} are folded into one dashed node per "
        "type (select one and press Expand to draw its members). Filters still "
        "apply to their facts; kg viz --max-nodes or --query draws more."
    )
