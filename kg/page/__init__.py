"""The interactive graph page: one self-contained HTML file that works offline.

:func:`write_page` draws the store as two views the page switches between:

* the **actor network**: actors and demand concepts as nodes; calls, calls on
  an addressee, condemnations, threats, attacks, territorial changes, shows
  of support, agreements, meetings and affiliations as edges, one edge per
  (actor, relation, actor or demand) carrying every fact behind it;
* the **event view**: article -> event (or affiliation) -> the actors,
  demands, places and casualty counts it involves.

``kg viz --query`` draws a third kind of view instead: the triples of a
CONSTRUCT query, or of a SELECT whose rows are ``?s ?p ?o``.

Nodes are coloured by type and edges by relation, with a legend; actors and
demands are sized by PageRank.  Hovering shows a node's or edge's evidence and
clicking pins it in the side panel (sentence, article title, date, source,
link, casualty counts with their hedges) and highlights the neighbourhood.
Filters (relation, actor, article, source, date range) hide what does not
match, and a search box finds and focuses a node.

The package, module by concern, in the order the data flows:

* :mod:`kg.page.styles`: colours, shapes and legend words of every kind;
* :mod:`kg.page.facts`: what the page reads from the store (with its own
  queries in ``kg/page/sparql/``) and the fact table every node and edge
  points to;
* :mod:`kg.page.views`: the actor network and the event view;
* :mod:`kg.page.queries`: the view of a query's triples;
* :mod:`kg.page.folding`: folding big views into one node per type;
* :mod:`kg.page.layout`: the seeded layout;
* :mod:`kg.page.data`: the page's JSON document;
* :mod:`kg.page.render`: the HTML, from ``kg/page/static/page.html`` (a Jinja
  template), ``page.css`` and ``page.js``.

How the page is made, and why:

* vis-network 9.1.2 comes from the pyvis package, inlined; the page itself is
  written here rather than by pyvis's template, which links Bootstrap from a
  CDN, builds every edge in quadratic time and cannot hold two views.
* Nothing leaves the machine: every script and style is inline, and a
  Content-Security-Policy allows only the page's own two scripts (by hash)
  and forbids every request (links in the side panel and to the figures are
  followed only when clicked).
* Article text never becomes markup.  The graph travels as one JSON document
  in a ``script`` element of type ``application/json`` with ``<``, ``>`` and
  ``&`` written as ``\\u003c``-style escapes, so no string can close it; the
  page script builds every panel with ``textContent``, node labels are canvas
  text, and only ``http(s)`` URLs become links.
* Layout is computed here with a fixed seed, so a page looks the same on
  every build.  Views of up to :data:`PHYSICS_LIMIT` nodes then settle with
  bounded physics in the browser, which stops once stabilised; larger ones
  are drawn at once.  The script then pushes apart nodes whose labels
  overlap, as measured in the browser's font.
* Past ``max_nodes`` (default :data:`MAX_NODES`) a view is folded: its
  best-connected nodes (PageRank) stay, and the rest become one node per type,
  with counted edges, so the browser never gets more than it can draw.  The
  page keeps what was folded: a folded node expands in place (its panel's
  Expand button, or a double click) and collapses again.

Two calls on the same store write byte-identical files.
"""

from __future__ import annotations

from kg.page.data import MAX_NODES, STABILIZATION_ITERATIONS, page_data
from kg.page.layout import PHYSICS_LIMIT, SPRING_LIMIT
from kg.page.render import external_references, write_page
from kg.page.styles import (
    EDGE_STYLES,
    NODE_STYLES,
    RELATIONS,
    EdgeStyle,
    NodeStyle,
)

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
    "external_references",
    "page_data",
    "write_page",
]
