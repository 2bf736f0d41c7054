"""Generate :mod:`kg.vocab` from ``ontology/kg.ttl``.

Run ``python -m kg._vocabgen`` after editing the ontology; ``tests/test_vocab.py``
fails while the two differ.  The output follows rdflib's generated namespaces
(``rdflib/namespace/_FOAF.py``): one annotated attribute per term, grouped by
kind and sorted, each with the ontology's own comment.
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from kg.resources import ontology_file

NS = "https://w3id.org/newskg/ontology#"
RESOURCE_NS = "https://w3id.org/newskg/resource/"
ONTOLOGY_IRI = URIRef("https://w3id.org/newskg/ontology")
LINE_LENGTH = 88

# kinds in the order their groups are written; a term joins the first that fits
_KINDS: tuple[tuple[URIRef, str], ...] = (
    (OWL.Class, "owl:Class"),
    (OWL.ObjectProperty, "owl:ObjectProperty"),
    (OWL.DatatypeProperty, "owl:DatatypeProperty"),
    (OWL.AnnotationProperty, "owl:AnnotationProperty"),
    (SKOS.ConceptScheme, "skos:ConceptScheme"),
    (SKOS.Concept, "skos:Concept"),
    (OWL.NamedIndividual, "owl:NamedIndividual"),
)
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")


def terms(graph: Graph) -> list[str]:
    """Local names of every ``kg:`` term the ontology describes, sorted.

    Args:
        graph: the parsed ontology.

    Returns:
        Local names of the IRIs in the ``kg:`` namespace that are the subject
        of at least one triple.

    >>> g = Graph().parse(data="<%sb> a <%sa> ." % (NS, NS), format="turtle")
    >>> terms(g)
    ['b']
    """
    found = {
        str(s)[len(NS) :]
        for s in graph.subjects(unique=True)
        if isinstance(s, URIRef) and str(s).startswith(NS) and str(s) != NS
    }
    return sorted(found)


def _kind(graph: Graph, term: URIRef) -> str:
    types = set(graph.objects(term, RDF.type))
    for iri, label in _KINDS:
        if iri in types:
            return label
    return "other"


def _english(graph: Graph, term: URIRef, *predicates: URIRef) -> str:
    """The first English (or untagged) value of the first predicate that has one."""
    for predicate in predicates:
        values = sorted(
            str(o)
            for o in graph.objects(term, predicate)
            if isinstance(o, Literal) and o.language in (None, "en")
        )
        if values:
            return " ".join(values[0].split())
    return ""


def _attribute(name: str, comment: str) -> str:
    """One ``name: URIRef  # comment`` line, the comment cut to fit the line."""
    line = f"    {name}: URIRef"
    if not comment:
        return line
    room = LINE_LENGTH - len(line) - len("  # ")
    if len(comment) > room:
        comment = comment[: room - 3].rsplit(" ", 1)[0].rstrip(",;:.") + "..."
    return f"{line}  # {comment}"


def render(graph: Graph) -> str:
    """Python source of :mod:`kg.vocab` for an ontology graph.

    Args:
        graph: the parsed ``ontology/kg.ttl``.

    Returns:
        The module text, ending with a newline.

    Raises:
        ValueError: a term's local name is not a Python identifier.
    """
    groups: dict[str, list[str]] = {}
    for name in terms(graph):
        if not _IDENTIFIER.match(name):
            raise ValueError(f"kg:{name} is not a Python identifier")
        groups.setdefault(_kind(graph, URIRef(NS + name)), []).append(name)

    title = _english(graph, ONTOLOGY_IRI, DCTERMS.title) or "newskg ontology"
    description = _english(graph, ONTOLOGY_IRI, DCTERMS.description)
    version = _english(graph, ONTOLOGY_IRI, OWL.versionInfo)
    out = [
        '"""Terms of the newskg ontology, as a closed rdflib namespace.',
        "",
        "Generated from ontology/kg.ttl by ``python -m kg._vocabgen``; do not edit:",
        "``tests/test_vocab.py`` fails while this file and the ontology differ.",
        "",
        ">>> KG.Ceasefire",
        f"rdflib.term.URIRef('{NS}Ceasefire')",
        '>>> KGR["actor/nato"]',
        f"rdflib.term.URIRef('{RESOURCE_NS}actor/nato')",
        '"""',
        "",
        "# ruff: noqa: N815  (term names are the ontology's own, mixedCase included)",
        "",
        "# the module, not its classes: pytest's doctest collection probes every",
        "# global, and the open DefinedNamespace base warns on unknown attributes",
        "from rdflib import namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class KG(namespace.DefinedNamespace):",
        '    """',
        f"    {title}" + (f" {version}" if version else ""),
        "",
    ]
    if description:
        out += textwrap.wrap(
            description,
            width=LINE_LENGTH - 4,
            initial_indent="    ",
            subsequent_indent="    ",
        )
        out.append("")
    out += [
        "    Generated from: ontology/kg.ttl",
        '    """',
        "",
        "    _fail = True",
        '    _NS = namespace.Namespace("' + NS + '")',
    ]
    kinds = [label for _, label in _KINDS] + ["other"]
    for kind in kinds:
        if kind not in groups:
            continue
        out += ["", f"    # {kind}"]
        for name in groups[kind]:
            term = URIRef(NS + name)
            comment = _english(
                graph, term, RDFS.comment, SKOS.definition, RDFS.label, SKOS.prefLabel
            )
            out.append(_attribute(name, comment))
    out += [
        "",
        "",
        "# things found in articles: articles, actors, events (minted in kg/iri.py)",
        f'KGR = namespace.Namespace("{RESOURCE_NS}")',
        "",
        "",
        "def term(name: str) -> URIRef:",
        '    """The ``kg:`` term with this local name, e.g. a model enum\'s value.',
        "",
        "    ``KG[name]`` does the same, but type checkers cannot see through it.",
        "",
        "    Raises:",
        "        AttributeError: the ontology has no such term.",
        "",
        '    >>> term("Killed") == KG.Killed',
        "    True",
        '    """',
        "    # rdflib keeps underscored names for the namespace's own settings",
        '    if name.startswith("_"):',
        """        raise AttributeError(f"term '{name}' not in namespace '{KG}'")""",
        "    return URIRef(KG[name])",
        "",
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    """Write ``kg/vocab.py`` (or the path given) from ``ontology/kg.ttl``."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else Path(__file__).with_name("vocab.py")
    graph = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    target.write_text(render(graph), encoding="utf-8")


if __name__ == "__main__":
    main()
