"""The only module that touches Oxigraph.

Facts live in an on-disk Oxigraph store, one named graph per article (plus
``kgr:graph/_linked``, derived from them all), and every query runs over their
union.  An index file beside the store
(``<store>.index.json``) remembers, per article, a signature of its text and of
the pipeline that read it, so a rebuild skips what has not changed; it is
written after the store, so a crash between the two only means work is redone.
Exports are sorted, with fixed prefixes, so two builds of the same input are
byte-identical.
"""

from __future__ import annotations

import enum
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import FormatError, Messages, QueryError, StoreError
from kg.vocab import KG, KGR

PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "kgr": str(KGR),
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}

_GRAPH_PREFIX = str(KGR["graph/"])


class RdfFormat(str, enum.Enum):
    """Export formats, by the name users type."""

    TURTLE = "turtle"
    TRIG = "trig"
    NTRIPLES = "ntriples"
    NQUADS = "nquads"
    JSONLD = "jsonld"

    @property
    def suffix(self) -> str:
        """Usual file extension."""
        return {
            "turtle": ".ttl",
            "trig": ".trig",
            "ntriples": ".nt",
            "nquads": ".nq",
            "jsonld": ".jsonld",
        }[self.value]

    @property
    def is_dataset(self) -> bool:
        """Whether the format keeps named graphs."""
        return self in (RdfFormat.TRIG, RdfFormat.NQUADS)


_OX_FORMATS = {
    RdfFormat.TURTLE: ox.RdfFormat.TURTLE,
    RdfFormat.TRIG: ox.RdfFormat.TRIG,
    RdfFormat.NTRIPLES: ox.RdfFormat.N_TRIPLES,
    RdfFormat.NQUADS: ox.RdfFormat.N_QUADS,
    RdfFormat.JSONLD: ox.RdfFormat.JSON_LD,
}


def parse_format(name: str) -> RdfFormat:
    """The :class:`RdfFormat` a user named.

    >>> parse_format("Turtle")
    <RdfFormat.TURTLE: 'turtle'>
    """
    aliases = {
        "ttl": "turtle",
        "nt": "ntriples",
        "n-triples": "ntriples",
        "nq": "nquads",
        "n-quads": "nquads",
        "json-ld": "jsonld",
    }
    key = aliases.get(name.lower(), name.lower())
    try:
        return RdfFormat(key)
    except ValueError:
        choices = ", ".join(f.value for f in RdfFormat)
        raise FormatError(Messages.E014.format(fmt=name, choices=choices)) from None


def to_ox(node: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """Convert an rdflib term to a pyoxigraph term."""
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    raise TypeError(f"not an RDF term: {node!r}")


class KGStore:
    """An Oxigraph store holding one named graph per article.

    Args:
        path: folder of the on-disk store; ``None`` keeps it in memory.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        try:
            self._ox = ox.Store(str(path)) if path is not None else ox.Store()
        except OSError as err:
            raise StoreError(f"{path}: cannot open the store: {err}") from err
        self._index: dict[str, str] = {}
        if self._index_path is not None and self._index_path.exists():
            self._index = json.loads(self._index_path.read_text(encoding="utf-8"))

    @property
    def _index_path(self) -> Path | None:
        return (
            None
            if self.path is None
            else self.path.with_name(self.path.name + ".index.json")
        )

    @classmethod
    def open_existing(cls, path: Path) -> KGStore:
        """Open a store a build made; fail clearly when there is none."""
        if not path.is_dir() or not any(path.iterdir()):
            raise StoreError(Messages.E010.format(path=path))
        return cls(path)

    @staticmethod
    def destroy(path: Path) -> None:
        """Delete an on-disk store and its index (``kg build --fresh``)."""
        if path.exists():
            shutil.rmtree(path)
        index = path.with_name(path.name + ".index.json")
        if index.exists():
            index.unlink()

    # writing -------------------------------------------------------------------

    def signature(self, article: URIRef) -> str | None:
        """The signature stored for an article, if it was built before."""
        return self._index.get(str(article))

    def replace_articles(
        self,
        batch: Iterable[tuple[URIRef, URIRef, str, Iterable[tuple[Node, Node, Node]]]],
    ) -> int:
        """Replace each article's named graph with new triples.

        Args:
            batch: ``(article IRI, graph IRI, signature, triples)`` per article.

        Returns:
            The number of quads written.
        """
        quads: list[ox.Quad] = []
        signatures: dict[str, str] = {}
        for article, graph, signature, triples in batch:
            g = ox.NamedNode(str(graph))
            if self._ox.contains_named_graph(g):
                self._ox.remove_graph(g)
            seen: set[tuple[str, str, str]] = set()
            for s, p, o in triples:
                key = (str(s), str(p), o.n3())
                if key in seen:
                    continue
                seen.add(key)
                quads.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), g))  # type: ignore[arg-type]
            signatures[str(article)] = signature
        self._ox.bulk_extend(quads)
        self._ox.flush()
        self._index.update(signatures)
        self._write_index()
        return len(quads)

    def replace_graph(
        self, graph: URIRef, triples: Iterable[tuple[Node, Node, Node]]
    ) -> int:
        """Replace one named graph of derived facts (no article, no signature).

        Args:
            graph: the graph IRI, e.g. :data:`kg.iri.LINKED_GRAPH`.
            triples: its new content; repeated triples are written once.

        Returns:
            The number of quads written.
        """
        g = ox.NamedNode(str(graph))
        if self._ox.contains_named_graph(g):
            self._ox.remove_graph(g)
        seen: set[tuple[str, str, str]] = set()
        quads: list[ox.Quad] = []
        for s, p, o in triples:
            key = (str(s), str(p), o.n3())
            if key in seen:
                continue
            seen.add(key)
            quads.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), g))  # type: ignore[arg-type]
        self._ox.bulk_extend(quads)
        self._ox.flush()
        return len(quads)

    def _write_index(self) -> None:
        path = self._index_path
        if path is None:
            return
        tmp = path.with_suffix(".tmp")
        tmp.write_text(
            json.dumps(self._index, sort_keys=True, indent=0), encoding="utf-8"
        )
        os.replace(tmp, path)

    # reading -------------------------------------------------------------------

    def article_graphs(self) -> list[ox.NamedNode]:
        """Named graphs holding article facts, sorted."""
        graphs = [
            g
            for g in self._ox.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(_GRAPH_PREFIX)
        ]
        return sorted(graphs, key=lambda g: g.value)

    def quads(self) -> list[ox.Quad]:
        """Every fact as a quad, sorted (bookkeeping left out)."""
        out = [
            q
            for g in self.article_graphs()
            for q in self._ox.quads_for_pattern(None, None, None, g)
        ]
        out.sort(
            key=lambda q: (
                str(q.graph_name),
                str(q.subject),
                str(q.predicate),
                str(q.object),
            )
        )
        return out

    def triples(self) -> list[ox.Triple]:
        """Every fact of the union graph, once each, sorted."""
        seen: dict[tuple[str, str, str], ox.Triple] = {}
        for g in self.article_graphs():
            for q in self._ox.quads_for_pattern(None, None, None, g):
                key = (str(q.subject), str(q.predicate), str(q.object))
                if key not in seen:
                    seen[key] = ox.Triple(q.subject, q.predicate, q.object)
        return [seen[k] for k in sorted(seen)]

    def export(
        self, output: Path | IO[bytes], *, fmt: RdfFormat = RdfFormat.TURTLE
    ) -> None:
        """Write the graph (or, for TriG and N-Quads, the dataset) deterministically."""
        data: list[ox.Triple] | list[ox.Quad]
        data = self.quads() if fmt.is_dataset else self.triples()
        prefixes = None if fmt in (RdfFormat.NTRIPLES, RdfFormat.NQUADS) else PREFIXES
        target = str(output) if isinstance(output, Path) else output
        ox.serialize(data, target, format=_OX_FORMATS[fmt], prefixes=prefixes)

    def query(self, sparql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        """Run a SELECT or ASK query over the union of article graphs.

        Returns:
            Variable names and rows of Python values (IRIs as ``str``, typed
            literals converted: integers as ``int``), unbound as ``None``.

        Raises:
            QueryError: when the query does not parse or fails.
        """
        try:
            result = self._ox.query(sparql, use_default_graph_as_union=True)
        except (SyntaxError, OSError, ValueError) as err:
            raise QueryError(str(err)) from err
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [(bool(result),)]
        if isinstance(result, ox.QueryTriples):
            raise QueryError(
                "CONSTRUCT and DESCRIBE results are not tables; use construct()"
            )
        variables = [v.value for v in result.variables]
        rows = [tuple(_py(sol[v]) for v in variables) for sol in result]
        return variables, rows

    def construct(self, sparql: str) -> list[ox.Triple]:
        """Run a CONSTRUCT or DESCRIBE query; the triples, sorted."""
        try:
            result = self._ox.query(sparql, use_default_graph_as_union=True)
        except (SyntaxError, OSError, ValueError) as err:
            raise QueryError(str(err)) from err
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        return sorted(
            result, key=lambda t: (str(t.subject), str(t.predicate), str(t.object))
        )

    def dataset(self) -> Dataset:
        """The store as an rdflib ``Dataset`` (union default graph), via oxrdflib."""
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self._ox), default_union=True)

    def to_rdflib(self) -> Graph:
        """An in-memory rdflib copy of the union graph (for SHACL, networkx, tests)."""
        g = Graph()
        data = ox.serialize(self.triples(), format=ox.RdfFormat.N_TRIPLES)
        g.parse(data=data, format="nt")
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        return g

    def iter_signatures(self) -> Iterator[tuple[str, str]]:
        """(article IRI, signature) for every built article, sorted."""
        yield from sorted(self._index.items())


def _py(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long", "#nonNegativeInteger")):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt.endswith("#decimal") or dt.endswith("#double"):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)
