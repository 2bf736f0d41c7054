"""The graph page's old home, kept so ``from kg.viz import write_page`` works.

The page now lives in :mod:`kg.page` (Python modules by concern, and the HTML
template, style and script as files in ``kg/page/static``).  This module only
re-exports its public names, and the two helpers :mod:`kg.serve` inlines into
its own page.  Constants are copies: to change a limit, set it on the module
of :mod:`kg.page` that uses it (e.g. ``kg.page.layout.SPRING_LIMIT``).
"""

from __future__ import annotations

from kg.page import (
    EDGE_STYLES,
    MAX_NODES,
    NODE_STYLES,
    PHYSICS_LIMIT,
    RELATIONS,
    SPRING_LIMIT,
    STABILIZATION_ITERATIONS,
    EdgeStyle,
    NodeStyle,
    external_references,
    page_data,
    write_page,
)
from kg.page.render import json_for_script as _json_for_script
from kg.page.render import vis_network as _vis_network

__all__ = [
    "EDGE_STYLES",
    "MAX_NODES",
    "NODE_STYLES",
    "PHYSICS_LIMIT",
    "RELATIONS",
    "SPRING_LIMIT",
    "STABILIZATION_ITERATIONS",
    "EdgeStyle",
    "NodeStyle",
    "_json_for_script",
    "_vis_network",
    "external_references",
    "page_data",
    "write_page",
]
