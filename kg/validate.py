"""Check a graph against the SHACL shapes in ``ontology/shapes.ttl``.

The shapes are written to work on the data alone (see the header of
``shapes.ttl``), so validation runs pySHACL without the ontology, without
inference and without advanced features: pySHACL then reads the data graph in
place instead of copying it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyshacl
from rdflib import BNode, Graph, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, SH
from rdflib.paths import InvPath
from rdflib.term import Node

from kg.errors import KGError, Messages
from kg.resources import ontology_file

__all__ = ["ValidationReport", "Violation", "load_shapes", "validate"]


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result.

    Attributes:
        focus_node: the node that failed, e.g. an event IRI.
        path: the property concerned; an :class:`rdflib.paths.InvPath` for an
            inverse path (``~KG.casualty``); ``None`` for a node-level check.
        message: the shape's ``sh:message``, in plain English.
        severity: ``"Violation"``, ``"Warning"`` or ``"Info"``.
        shape: the shape that produced the result (``kgsh:...`` or a blank node).
        value: the offending value, when there is one.
    """

    focus_node: Node
    path: URIRef | InvPath | Node | None
    message: str
    severity: str = "Violation"
    shape: Node | None = None
    value: Node | None = None

    def __str__(self) -> str:
        path = f" {self.path.n3()}" if self.path is not None else ""
        return f"{self.severity}: {self.focus_node.n3()}{path}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """What :func:`validate` found.

    Attributes:
        conforms: no result of severity ``Violation`` (warnings do not count).
        violations: every result, warnings included, sorted by focus node,
            path and message.
        text: pySHACL's own plain-text report.
    """

    conforms: bool
    violations: tuple[Violation, ...]
    text: str


def load_shapes(path: Path | None = None) -> Graph:
    """Parse a SHACL shapes file.

    Args:
        path: a Turtle file; ``ontology/shapes.ttl`` when ``None``.

    Returns:
        The shapes graph.

    Raises:
        KGError: the file cannot be read or parsed (message ``E031``).

    >>> len(load_shapes()) > 0
    True
    """
    path = ontology_file("shapes.ttl") if path is None else path
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types
        raise KGError(Messages.E031.format(path=path, reason=exc)) from exc


def _union(data: Graph) -> Graph:
    """The data as one graph: the union of all graphs of a Dataset."""
    if not isinstance(data, ConjunctiveGraph):
        return data
    union = Graph()
    for prefix, namespace in data.namespaces():
        union.bind(prefix, namespace)
    union.addN((s, p, o, union) for s, p, o, _ in data.quads((None, None, None, None)))
    return union


def _path(results: Graph, node: Node | None) -> URIRef | InvPath | Node | None:
    """A result path as an IRI or rdflib path, not a blank node of ``results``."""
    if isinstance(node, BNode):
        inverse = results.value(node, SH.inversePath)
        if isinstance(inverse, URIRef):
            return InvPath(inverse)
    return node


def _violations(results: Graph) -> tuple[Violation, ...]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        if focus is None:
            continue
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        severity = results.value(result, SH.resultSeverity)
        found.append(
            Violation(
                focus_node=focus,
                path=_path(results, results.value(result, SH.resultPath)),
                message=" ".join(messages),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                shape=results.value(result, SH.sourceShape),
                value=results.value(result, SH.value),
            )
        )
    found.sort(key=lambda v: (str(v.focus_node), str(v.path), v.message, str(v.value)))
    return tuple(found)


def validate(data: Graph, *, shapes: Path | None = None) -> ValidationReport:
    """Validate a graph against the newskg shapes.

    A Dataset (or ConjunctiveGraph) is validated as the union of all its
    graphs, default graph included: an article's facts sit in their own named
    graph while actors are shared across articles.  The union is copied into
    one in-memory Graph: pySHACL 0.40 would validate a Dataset's union itself,
    but does so by setting ``default_union = True`` on the caller's Dataset
    (older versions checked each named graph on its own).  A plain Graph,
    whatever its store, is read in place.

    Args:
        data: the graph to check.
        shapes: a SHACL Turtle file; ``ontology/shapes.ttl`` when ``None``.

    Returns:
        The report; ``conforms`` is False when any result has severity
        ``sh:Violation``.

    Raises:
        KGError: the shapes file cannot be read (message ``E031``).

    >>> validate(Graph()).conforms
    True
    """
    conforms, results, text = pyshacl.validate(
        _union(data),
        shacl_graph=load_shapes(shapes),
        inference="none",
        advanced=False,
        allow_warnings=True,
    )
    assert isinstance(results, Graph)
    return ValidationReport(
        conforms=bool(conforms), violations=_violations(results), text=str(text)
    )
