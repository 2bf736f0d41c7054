"""SHACL validation: the shapes of ontology/shapes.ttl, through kg.validate."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, SH, SKOS
from rdflib.term import Node

from kg.errors import KGError
from kg.resources import ontology_file
from kg.validate import ValidationReport, Violation, load_shapes, validate
from kg.vocab import KG, KGR

DATA = Path(__file__).parent / "data" / "shapes"

# nodes of tests/data/shapes/valid.ttl
ARTICLE = KGR["article/004_x"]
CALL = KGR["event/004_x/callfor-0-0"]
CONDEMNATION = KGR["event/004_x/condemnation-72-0"]
ATTACK = KGR["event/004_x/attack-149-0"]
KILLED = KGR["event/004_x/attack-149-0/casualty-0"]
WOUNDED = KGR["event/004_x/attack-149-0/casualty-1"]
NATO = KGR["actor/nato"]
AFFILIATION = KGR["affiliation/jens-stoltenberg--nato"]
UNKNOWN = KGR["nothing/here"]  # an IRI nothing in the graph describes

Triple = tuple[Node, Node, Node]
Pattern = tuple[Node, Node, Node | None]


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(DATA / "valid.ttl", format="turtle")


def edited(
    graph: Graph, remove: Iterable[Pattern] = (), add: Iterable[Triple] = ()
) -> Graph:
    """A copy of ``graph`` with triples removed (None matches anything), then added."""
    out = Graph()
    out += graph
    for pattern in remove:
        assert pattern in out, pattern  # the edit must change something
        out.remove(pattern)
    for triple in add:
        out.add(triple)
    return out


def found(report: ValidationReport) -> set[tuple[Node, object]]:
    return {(v.focus_node, v.path) for v in report.violations}


def test_valid_graph_conforms(valid: Graph) -> None:
    report = validate(valid)
    assert report.conforms, report.text
    assert report.violations == ()


def test_valid_data_offsets_point_at_the_evidence(valid: Graph) -> None:
    # keeps the constant test data honest: it is what kg/rdf.py should emit
    text = str(valid.value(ARTICLE, KG.text))
    title = str(valid.value(ARTICLE, DCTERMS.title))
    for node, evidence in valid.subject_objects(KG.evidence):
        start = int(str(valid.value(node, KG.charStart)))
        end = int(str(valid.value(node, KG.charEnd)))
        in_title = valid.value(node, KG.inTitle) == Literal(True)
        source = title if in_title else text
        assert source[start:end] == str(evidence), node


BROKEN = [
    pytest.param(
        [(CALL, KG.agent, None)],
        [],
        CALL,
        KG.agent,
        "exactly one kg:agent",
        id="call-without-agent",
    ),
    pytest.param(
        [(ATTACK, PROV.wasDerivedFrom, None)],
        [],
        ATTACK,
        PROV.wasDerivedFrom,
        "exactly one prov:wasDerivedFrom",
        id="event-without-derivation",
    ),
    pytest.param(
        [(CALL, PROV.wasDerivedFrom, None)],
        [(CALL, PROV.wasDerivedFrom, UNKNOWN)],
        CALL,
        PROV.wasDerivedFrom,
        "must point to a kg:Article",
        id="derived-from-non-article",
    ),
    pytest.param(
        [(KILLED, KG.count, None)],
        [(KILLED, KG.count, Literal("33"))],
        KILLED,
        KG.count,
        "kg:count, an xsd:integer",
        id="count-as-string",
    ),
    pytest.param(
        [(KILLED, KG.count, None)],
        [(KILLED, KG.count, Literal(-1))],
        KILLED,
        KG.count,
        "kg:count, an xsd:integer >= 0",
        id="count-negative",
    ),
    pytest.param(
        [(WOUNDED, KG.countMax, None)],
        [(WOUNDED, KG.countMax, Literal(10))],
        WOUNDED,
        KG.count,
        "must not exceed kg:countMax",
        id="countmax-below-count",
    ),
    pytest.param(
        [(KILLED, KG.casualtyType, None)],
        [(KILLED, KG.casualtyType, UNKNOWN)],
        KILLED,
        KG.casualtyType,
        "kg:Killed, kg:Wounded or kg:Displaced",
        id="unknown-casualty-type",
    ),
    pytest.param(
        [(KILLED, KG.countQualifier, None)],
        [(KILLED, KG.countQualifier, KG.Killed)],
        KILLED,
        KG.countQualifier,
        "kg:countQualifier: kg:Exactly",
        id="unknown-qualifier",
    ),
    pytest.param(
        [(CALL, KG.demand, None)],
        [(CALL, KG.demand, KG.Killed)],
        CALL,
        KG.demand,
        "concept of kg:DemandScheme",
        id="demand-outside-scheme",
    ),
    pytest.param(
        [(NATO, KG.callsFor, None)],
        [(NATO, KG.callsFor, UNKNOWN)],
        NATO,
        KG.callsFor,
        "concept of kg:DemandScheme",
        id="callsfor-outside-scheme",
    ),
    pytest.param(
        [(CALL, KG.evidence, None)],
        [],
        CALL,
        KG.evidence,
        "exactly one kg:evidence",
        id="missing-evidence",
    ),
    pytest.param(
        [(KILLED, KG.charStart, None)],
        [],
        KILLED,
        KG.charStart,
        "exactly one kg:charStart",
        id="missing-charstart",
    ),
    pytest.param(
        [(CALL, KG.charEnd, None)],
        [(CALL, KG.charEnd, Literal(0))],
        CALL,
        KG.charStart,
        "kg:charStart must be less than kg:charEnd",
        id="empty-span",
    ),
    pytest.param(
        [(CALL, KG.extractor, None)],
        [(CALL, KG.extractor, Literal("calls"))],
        CALL,
        KG.extractor,
        "versioned rule name",
        id="unversioned-extractor",
    ),
    pytest.param(
        [(CONDEMNATION, KG.target, None)],
        [],
        CONDEMNATION,
        KG.target,
        "at least one kg:target",
        id="condemnation-without-target",
    ),
    pytest.param(
        [(ATTACK, KG.casualty, KILLED)],
        [],
        KILLED,
        ~KG.casualty,
        "must belong to exactly one event",
        id="casualty-without-event",
    ),
    pytest.param(
        [(ARTICLE, DCTERMS.identifier, None)],
        [],
        ARTICLE,
        DCTERMS.identifier,
        "exactly one dcterms:identifier",
        id="article-without-identifier",
    ),
    pytest.param(
        [(ARTICLE, DCTERMS.date, None)],
        [(ARTICLE, DCTERMS.date, Literal("Feb 28"))],
        ARTICLE,
        DCTERMS.date,
        "an xsd:date",
        id="article-date-as-string",
    ),
    pytest.param(
        [(NATO, RDFS.label, None)],
        [],
        NATO,
        RDFS.label,
        "needs an rdfs:label",
        id="actor-without-label",
    ),
    pytest.param(
        [],
        [(CONDEMNATION, KG.target, UNKNOWN)],
        UNKNOWN,
        RDFS.label,
        "needs an rdfs:label",
        id="untyped-actor-without-label",
    ),
    pytest.param(
        [(AFFILIATION, KG.organization, None)],
        [],
        AFFILIATION,
        KG.organization,
        "exactly one kg:organization",
        id="affiliation-without-organization",
    ),
]


@pytest.mark.parametrize(("remove", "add", "focus", "path", "message"), BROKEN)
def test_broken_graph_fails(valid, remove, add, focus, path, message) -> None:
    report = validate(edited(valid, remove, add))
    assert not report.conforms
    # exactly the one problem made, and no knock-on results
    assert found(report) == {(focus, path)}, report.text
    # one result per failed constraint component, all with the shape's message
    for violation in report.violations:
        assert message in violation.message
        assert violation.severity == "Violation"


def test_call_without_demand_only_warns(valid: Graph) -> None:
    report = validate(edited(valid, remove=[(CALL, KG.demand, None)]))
    assert report.conforms
    assert [(v.focus_node, v.path, v.severity) for v in report.violations] == [
        (CALL, KG.demand, "Warning")
    ]


def test_actor_with_two_labels_only_warns(valid: Graph) -> None:
    # an actor written two ways in two articles keeps both labels: worth a look,
    # not a broken graph
    report = validate(edited(valid, add=[(NATO, RDFS.label, Literal("N.A.T.O."))]))
    assert report.conforms
    assert [(v.focus_node, v.path, v.severity) for v in report.violations] == [
        (NATO, RDFS.label, "Warning")
    ]


def test_violations_are_sorted(valid: Graph) -> None:
    report = validate(
        edited(valid, remove=[(CALL, KG.agent, None), (ATTACK, KG.evidence, None)])
    )
    assert [v.focus_node for v in report.violations] == sorted([CALL, ATTACK], key=str)


def _split(graph: Graph, store: str) -> Dataset:
    """Articles' facts in their named graph, shared actors and places in the default."""
    ds = Dataset(store=store)
    article_graph = ds.graph(KGR["graph/004_x"])
    shared = {KG.Actor, KG.Country, KG.Organization, KG.Person, KG.Place}
    for s, p, o in graph:
        if set(graph.objects(s, RDF.type)) & shared:
            ds.default_graph.add((s, p, o))
        else:
            article_graph.add((s, p, o))
    return ds


@pytest.mark.parametrize("store", ["default", "Oxigraph"])
def test_dataset_is_validated_as_union(valid: Graph, store: str) -> None:
    ds = _split(valid, store)
    # calls in the article's graph point at actors in the default graph
    assert (NATO, RDFS.label, None) not in ds.graph(KGR["graph/004_x"])
    report = validate(ds)
    assert report.conforms, report.text


@pytest.mark.parametrize("store", ["default", "Oxigraph"])
def test_dataset_problems_in_named_graphs_are_found(valid: Graph, store: str) -> None:
    ds = _split(edited(valid, remove=[(CALL, KG.agent, None)]), store)
    report = validate(ds)
    assert found(report) == {(CALL, KG.agent)}


def test_custom_shapes_file(valid: Graph, tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        f"[] a sh:NodeShape ; sh:targetClass <{KG.Article}> ;\n"
        f"   sh:property [ sh:path <{KG.text}> ; sh:maxCount 0 ] .\n",
        encoding="utf-8",
    )
    report = validate(valid, shapes=shapes)
    assert found(report) == {(ARTICLE, KG.text)}


def test_unreadable_shapes_file(tmp_path: Path) -> None:
    shapes = tmp_path / "broken.ttl"
    shapes.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KGError, match="broken.ttl: cannot read SHACL shapes"):
        validate(Graph(), shapes=shapes)


def test_violation_str() -> None:
    violation = Violation(focus_node=CALL, path=KG.agent, message="Needs an agent.")
    assert str(violation) == f"Violation: <{CALL}> <{KG.agent}>: Needs an agent."


# the shapes list allowed concepts with sh:in; they must equal kg.ttl's schemes
@pytest.mark.parametrize(
    ("path", "scheme"),
    [
        (KG.demand, KG.DemandScheme),
        (KG.callsFor, KG.DemandScheme),
        (KG.casualtyType, KG.CasualtyTypeScheme),
        (KG.countQualifier, KG.CountQualifierScheme),
    ],
)
def test_shape_lists_equal_schemes(path, scheme) -> None:
    shapes = load_shapes()
    ontology = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    # the list itself, or one alternative of an sh:or (the demand shapes also
    # take a concept the graph adds to the scheme)
    lists = [
        set(Collection(shapes, head))
        for prop in shapes.subjects(SH.path, path)
        for shape in [
            prop,
            *(
                alternative
                for alternatives in shapes.objects(prop, SH["or"])
                for alternative in Collection(shapes, alternatives)
            ),
        ]
        for head in shapes.objects(shape, SH["in"])
    ]
    assert lists == [set(ontology.subjects(SKOS.inScheme, scheme))]


def test_every_shape_has_a_message() -> None:
    shapes = load_shapes()
    props = set(shapes.objects(None, SH.property)) | set(
        shapes.subjects(RDF.type, SH.PropertyShape)
    )
    assert props
    for prop in props:
        assert (prop, SH.message, None) in shapes, shapes.value(prop, SH.path)
    for node in shapes.subjects(RDF.type, SH.NodeShape):
        if (node, SH.nodeKind, None) in shapes:
            assert (node, SH.message, None) in shapes, node
