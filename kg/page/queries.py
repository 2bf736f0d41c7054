"""``kg viz --query``: the triples of a CONSTRUCT, or of a SELECT whose rows are
``?s ?p ?o``, drawn as a view of their own.

Resources the page knows (actors, demands, events, articles, places) are
drawn as in the standard views, with their evidence; anything else is a grey
node named by its IRI, and every literal a box of its own.
"""

from __future__ import annotations

import re
from typing import Any

from kg.analytics import local_name
from kg.errors import Messages, QueryError
from kg.page.facts import FactTable, PageFacts
from kg.page.styles import (
    ARTICLE,
    EDGE_STYLES,
    KIND_WORDS,
    LITERAL,
    NODE_STYLES,
    PLACE,
    RESOURCE,
    count,
    predicate_colour,
)
from kg.page.views import Ranks, View, edge, node
from kg.queries import SavedQuery
from kg.store import KGStore

__all__ = ["query_view"]

_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.IGNORECASE)
_COMMENT_LINE = re.compile(r"^\s*#.*$", re.MULTILINE)
_IRI_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
# column names a SELECT may use for subject, predicate and object
_SPO_NAMES = (("s", "p", "o"), ("subject", "predicate", "object"),
              ("source", "relation", "target"))  # fmt: skip

Term = tuple[str, bool]  # (value, is a literal)


def query_form(text: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the query's form.

    >>> query_form("# x\\nPREFIX a: <http://a#>\\nconstruct { ?s ?p ?o } WHERE {}")
    'CONSTRUCT'
    """
    found = _FORM.search(_COMMENT_LINE.sub("", text))
    return found.group(1).upper() if found else ""


def _term(term: object) -> Term:
    """A CONSTRUCT result term (pyoxigraph) as (value, is a literal)."""
    if hasattr(term, "datatype"):  # literals carry a datatype, IRIs do not
        return str(getattr(term, "value", term)), True
    text = str(term)
    if text.startswith("_:"):
        return text, False
    return str(getattr(term, "value", text)), False


def cell(value: object) -> Term:
    """A SELECT cell as (value, is a literal): absolute IRIs are resources.

    >>> cell("https://w3id.org/newskg/resource/actor/nato")
    ('https://w3id.org/newskg/resource/actor/nato', False)
    >>> cell("NATO"), cell(33), cell("_:b0")
    (('NATO', True), ('33', True), ('_:b0', False))
    """
    if isinstance(value, str) and (_IRI_LIKE.match(value) or value.startswith("_:")):
        return value, False
    return str(value), True


def query_triples(store: KGStore, query: SavedQuery) -> list[tuple[Term, str, Term]]:
    """The triples a CONSTRUCT gives, or the ?s ?p ?o rows of a SELECT.

    Raises:
        QueryError: the query is an ASK, or a SELECT without three columns.
    """
    form = query_form(query.text)
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
        (cell(row[s]), str(row[p]), cell(row[o]))
        for row in rows
        if row[s] is not None and row[p] is not None and row[o] is not None
    ]


def query_view(
    store: KGStore,
    query: SavedQuery,
    pf: PageFacts,
    ranks: Ranks,
    table: FactTable,
) -> View:
    """The view of a query's triples.

    Raises:
        QueryError: the query fails or does not give triples.
    """
    facts = pf.graph
    triples = query_triples(store, query)
    title = query.summary or query.name
    view = View("query", f"Query: {query.name}")
    view.notes.append(
        f"Query {query.name}: {count(len(triples), 'triple')}"
        + (f" — {title}" if title != query.name else "")
    )
    articles = {a.iri: a for a in facts.articles.values()}
    places = {ev.place_iri: ev.place for ev in facts.events if ev.place_iri}
    nodes: dict[str, dict[str, Any]] = {}
    literals = 0

    def add_node(term: Term) -> str:
        nonlocal literals
        value, literal = term
        if literal:
            literals += 1
            node_id = f"literal:{literals}"
            nodes[node_id] = node(
                node_id, value, LITERAL, info={"title": value, "sub": "Value"}
            )
            return node_id
        if value in nodes:
            return value
        if value in facts.actors or value in facts.demands:
            nodes[value] = ranks.actor_node(pf, value)
        elif value in table.index:
            i = table.index[value]
            kind = table.rows[i]["k"]
            kind = kind if kind in NODE_STYLES else RESOURCE
            nodes[value] = node(
                value,
                table.rows[i]["t"],
                kind,
                size=14,
                f=[i],
                info={"title": table.rows[i]["t"], "sub": KIND_WORDS.get(kind, kind)},
            )
        elif value in articles:
            article = articles[value]
            label = article.title or article.id
            nodes[value] = node(
                value,
                label,
                ARTICLE,
                info={"title": label, "sub": "Article", "art": article.id},
            )
        elif value in places:
            label = places[value] or local_name(value)
            nodes[value] = node(
                value, label, PLACE, info={"title": label, "sub": "Place"}
            )
        else:
            label = local_name(value)
            nodes[value] = node(
                value,
                label,
                RESOURCE,
                info={"title": label, "sub": "Resource", "rows": [["IRI", value]]},
            )
        return value

    edges = []
    seen: set[tuple[Term, str, Term]] = set()
    for subject, predicate, obj in triples:
        if (subject, predicate, obj) in seen:  # a SELECT may repeat a row
            continue
        seen.add((subject, predicate, obj))
        source, target = add_node(subject), add_node(obj)
        name = local_name(predicate)
        found = [nodes[n]["f"][0] for n in (source, target) if "f" in nodes[n]]
        extra: dict[str, Any] = {"f": sorted(set(found))} if found else {}
        drawn = edge(
            source,
            target,
            predicate,
            label=name,
            info={"title": name, "sub": "", "rows": [["Predicate", predicate]]},
            **extra,
        )
        if predicate not in EDGE_STYLES:
            style = EDGE_STYLES.get(name)
            drawn["color"] = style.colour if style else predicate_colour(predicate)
        edges.append(drawn)
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
