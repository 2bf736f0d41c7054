"""Where nodes go: a seeded layout computed here, the same on every build.

networkx ``spring_layout`` up to :data:`SPRING_LIMIT` nodes, a
grid-accelerated Fruchterman-Reingold above; then the drawing is scaled so
the typical node has room for its label.  Views of up to
:data:`PHYSICS_LIMIT` nodes settle further with bounded physics in the
browser, and the page's script then pushes apart whatever labels still
overlap, measured as the browser draws them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import networkx as nx
import numpy as np

from kg.analytics import SEED
from kg.page.views import View

__all__ = [
    "MAX_EXTENT",
    "MIN_SPACING",
    "PHYSICS_LIMIT",
    "SPRING_LIMIT",
    "curve_parallel_edges",
    "layout",
]

#: physics runs in the browser up to this many nodes (NOTES: 200 nodes settle
#: in about 10 s with pyvis defaults, 1,000 in 53 s; here they start laid out)
PHYSICS_LIMIT = 200
#: networkx.spring_layout up to this many nodes, the grid layout above
SPRING_LIMIT = 500
#: pixels between a node and its nearest neighbour, for the median node
MIN_SPACING = 45.0
#: the layout never spreads further than this many pixels from its centre
MAX_EXTENT = 40_000.0


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


def layout(view: View) -> None:
    """Give every node fixed ``x`` and ``y`` in pixels, the same on every build.

    Raises:
        ValueError: an edge names a node the view does not draw.
    """
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


def curve_parallel_edges(edges: list[dict[str, Any]]) -> None:
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
