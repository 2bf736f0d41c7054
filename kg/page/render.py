"""The page as one self-contained HTML file: template, style, script, data.

The template (``static/page.html``, Jinja with autoescaping), the style
(``static/page.css``) and the script (``static/page.js``) ship with the
package; vis-network 9.1.2 comes from the pyvis package.  All of it is inlined,
with the graph as one JSON document, so the page opens from disk with no
network.  Its Content-Security-Policy allows the two inline scripts by their
SHA-256 hashes and forbids every request.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from kg.analytics import read_facts
from kg.page.data import MAX_NODES, page_data
from kg.page.styles import count
from kg.queries import SavedQuery
from kg.store import KGStore

__all__ = [
    "external_references",
    "json_for_script",
    "render",
    "static_text",
    "vis_network",
    "write_page",
]

_EXTERNAL_TAG = re.compile(
    r"<(?:link|script|img|iframe|source|embed|object)\b[^>]*?"
    r"\b(?:href|src|data)\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>",
    re.IGNORECASE,
)
# inline code, where a URL in a string is no request: scripts and styles
_INLINE_CODE = re.compile(
    r"(<(script|style)\b[^>]*>.*?</\2>)", re.DOTALL | re.IGNORECASE
)
_SOURCE_MAP = re.compile(r"//# sourceMappingURL=\S+")


def external_references(page: str) -> list[str]:
    """Tags outside inline code that would load something from another host.

    >>> external_references('<p><img src="https://example.org/x.png"></p>')
    ['<img src="https://example.org/x.png">']
    >>> external_references('<a href="https://example.org/">a link loads nothing</a>')
    []
    """
    # split() returns text, the whole tag and the tag name for each match
    parts = _INLINE_CODE.split(page)
    return [tag for part in parts[::3] for tag in _EXTERNAL_TAG.findall(part)]


def static_text(name: str) -> str:
    """A file of the page shipped in ``kg/page/static`` (``page.js``...)."""
    return (files("kg.page") / "static" / name).read_text(encoding="utf-8")


@functools.cache
def vis_network() -> str:
    """vis-network 9.1.2 as shipped in the pyvis package, ready to inline.

    Raises:
        RuntimeError: pyvis does not ship it (not pyvis 0.3.2).
    """
    import pyvis

    path = Path(pyvis.__file__).parent / "templates/lib/vis-9.1.2/vis-network.min.js"
    if not path.is_file():
        raise RuntimeError(
            f"{path}: vis-network 9.1.2 not found; kg.page expects pyvis 0.3.2"
        )
    # devtools would fetch the source map from disk; there is none
    return _SOURCE_MAP.sub("", path.read_text(encoding="utf-8"))


def json_for_script(data: object) -> str:
    """JSON that cannot end the ``script`` element it sits in, whatever the
    strings hold.

    >>> json_for_script({"a": "</script><b>&"})
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


def _hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _csp(scripts: Sequence[str]) -> str:
    """The page's Content-Security-Policy: these scripts, inline style, no
    requests of any kind."""
    allowed = " ".join(_hash(code) for code in scripts)
    return (
        f"default-src 'none'; script-src {allowed}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; connect-src 'none'; form-action 'none'; "
        "base-uri 'none'"
    )


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.from_string(static_text("page.html"))


def _summary(data: dict[str, Any]) -> str:
    s = data["summary"]
    if not (s["actors"] or s["demands"] or s["events"]):
        return "Nothing to show: the graph holds no actors, demands or events yet."
    return (
        f"{count(s['actors'], 'actor')}, {count(s['demands'], 'demand')}, "
        f"{count(s['events'], 'event')} and "
        f"{count(s['affiliations'], 'affiliation')} from "
        f"{count(s['articles'], 'article')}."
    )


def render(
    data: dict[str, Any], plots: Sequence[tuple[str, Sequence[str]]] = ()
) -> str:
    """The page's HTML for :func:`~kg.page.data.page_data`'s document.

    Args:
        data: what the page draws.
        plots: (title, file names) of the figures beside the page, to link.

    Raises:
        RuntimeError: the page would load something from another host.
    """
    script, vis = static_text("page.js"), vis_network()
    page = _template().render(
        csp=Markup(_csp([vis, script])),
        css=Markup(static_text("page.css")),
        summary=_summary(data),
        figures=[
            (title, [(name, name.rsplit(".", 1)[1].upper()) for name in names])
            for title, names in plots
        ],
        views=[{"name": v["name"], "title": v["title"]} for v in data["views"]],
        data=Markup(json_for_script(data)),
        vis_network=Markup(vis),
        script=Markup(script),
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
            others into one node per type, which the page can expand again.
        physics: let vis-network settle the layout in the browser, then stop;
            ``None`` turns it on for views of up to
            :data:`~kg.page.layout.PHYSICS_LIMIT` nodes.
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
    page = render(data, figures)
    path.write_bytes(page.encode("utf-8"))
    return path
