"""The ontology, and the generated namespace that Python code reads it through."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, namespace
from rdflib.namespace import OWL, SKOS

from kg import vocab
from kg._vocabgen import render, terms
from kg.resources import ontology_file, queries_dir
from kg.vocab import KG, KGR, term

# fixed by the graph contract (/work/shared/eval/CONTRACT.md): the one place
# these IRIs are written in Python, to check the generated namespaces against
CONTRACT_NS = "https://w3id.org/newskg/ontology#"
CONTRACT_RESOURCE_NS = "https://w3id.org/newskg/resource/"

# every kg: term the contract names
CONTRACT_TERMS = (
    "Article", "CallFor", "Condemnation", "Casualty",
    "agent", "demand", "callsFor", "target", "condemns",
    "casualty", "casualtyType", "count", "countMax", "countQualifier",
    "victimLabel", "kills", "wounds", "displaces", "affiliatedWith",
    "evidence", "charStart", "charEnd", "inTitle",
    "Killed", "Wounded", "Displaced",
    "Exactly", "AtLeast", "MoreThan", "Approximately", "AtMost",
    "Ceasefire", "EndOfOffensive", "HumanitarianAccess", "ProtectionOfCivilians",
    "Accountability", "PoliticalSolution", "DeEscalation",
    "RespectForInternationalLaw", "InternationalInitiative",
)  # fmt: skip
CONTRACT_DEMANDS = CONTRACT_TERMS[CONTRACT_TERMS.index("Ceasefire") :]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file("kg.ttl"), format="turtle")


def test_vocab_py_is_generated_from_kg_ttl(ontology: Graph) -> None:
    # regenerate with: python -m kg._vocabgen
    assert Path(vocab.__file__).read_text(encoding="utf-8") == render(ontology)


def test_namespace_terms_equal_ontology_terms(ontology: Graph) -> None:
    assert sorted(KG.__annotations__) == terms(ontology)


def test_namespaces_are_the_contract_ones() -> None:
    assert str(KG) == CONTRACT_NS
    assert str(KGR) == CONTRACT_RESOURCE_NS


@pytest.mark.parametrize("name", CONTRACT_TERMS)
def test_contract_term_is_declared(ontology: Graph, name: str) -> None:
    iri = getattr(KG, name)  # KG.Ceasefire, KG.casualtyType, ...
    assert str(iri) == CONTRACT_NS + name
    assert (iri, RDF.type, None) in ontology


def test_unknown_term_raises() -> None:
    with pytest.raises(AttributeError):
        _ = KG.NoSuchTerm
    with pytest.raises(AttributeError):
        term("noSuchProperty")
    with pytest.raises(AttributeError):
        term("_fail")  # the namespace's own settings are not terms


def test_ontology_header(ontology: Graph) -> None:
    (header,) = ontology.subjects(RDF.type, OWL.Ontology)
    assert ontology.value(header, OWL.versionInfo) == Literal("0.1.0")


@pytest.mark.parametrize("name", ["count", "countMax", "charStart", "charEnd"])
def test_contract_integers(ontology: Graph, name: str) -> None:
    assert ontology.value(term(name), RDFS.range) == namespace.XSD.integer


@pytest.mark.parametrize(
    ("scheme", "cls", "members"),
    [
        (KG.CasualtyTypeScheme, KG.CasualtyType, {KG.Killed, KG.Wounded, KG.Displaced}),
        (
            KG.CountQualifierScheme,
            KG.CountQualifier,
            {
                KG.Exactly,
                KG.AtLeast,
                KG.MoreThan,
                KG.Approximately,
                KG.AtMost,
                KG.Unknown,
            },
        ),
    ],
)
def test_closed_schemes(ontology: Graph, scheme, cls, members) -> None:
    assert set(ontology.subjects(SKOS.inScheme, scheme)) == members
    assert set(ontology.subjects(RDF.type, cls)) == members


def test_demand_scheme_holds_the_contract_demands(ontology: Graph) -> None:
    demands = set(ontology.subjects(SKOS.inScheme, KG.DemandScheme))
    assert {term(name) for name in CONTRACT_DEMANDS} <= demands
    assert set(ontology.objects(KG.DemandScheme, SKOS.hasTopConcept)) == demands
    assert set(ontology.subjects(SKOS.topConceptOf, KG.DemandScheme)) == demands


def test_every_concept_is_documented(ontology: Graph) -> None:
    for concept in ontology.subjects(RDF.type, SKOS.Concept):
        labels = list(ontology.objects(concept, SKOS.prefLabel))
        assert [getattr(label, "language", None) for label in labels] == ["en"]
        assert (concept, SKOS.definition, None) in ontology, concept
        assert (concept, SKOS.inScheme, None) in ontology, concept
        # SKOS: a concept's preferred and alternative labels are disjoint
        assert not set(labels) & set(ontology.objects(concept, SKOS.altLabel))


def test_every_demand_has_examples(ontology: Graph) -> None:
    for concept in ontology.subjects(SKOS.inScheme, KG.DemandScheme):
        assert (concept, SKOS.altLabel, None) in ontology, concept


def test_every_term_is_documented(ontology: Graph) -> None:
    for name in terms(ontology):
        iri = term(name)
        label = ontology.value(iri, RDFS.label) or ontology.value(iri, SKOS.prefLabel)
        comment = ontology.value(iri, RDFS.comment) or ontology.value(
            iri, SKOS.definition
        )
        assert label and comment, name


@pytest.mark.parametrize(
    "kind", [OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty]
)
def test_every_property_has_domain_and_range(ontology: Graph, kind) -> None:
    properties = set(ontology.subjects(RDF.type, kind))
    assert properties
    for prop in properties:
        assert (prop, RDFS.domain, None) in ontology, prop
        assert (prop, RDFS.range, None) in ontology, prop


@pytest.mark.parametrize(
    ("cls", "cameo", "plover"),
    [
        (KG.CallFor, "02", "REQUEST"),
        (KG.Condemnation, "111", "ACCUSE"),
        (KG.Attack, "19", "ASSAULT"),
        (KG.Displacement, None, None),  # no CAMEO or PLOVER category for flight
    ],
)
def test_event_codes(ontology: Graph, cls, cameo, plover) -> None:
    assert ontology.value(cls, KG.cameoCode) == (cameo and Literal(cameo))
    assert ontology.value(cls, KG.ploverCode) == (plover and Literal(plover))


@pytest.mark.parametrize(
    ("cls", "parent"),
    [
        (KG.CallFor, KG.Statement),
        (KG.Condemnation, KG.Statement),
        (KG.Statement, KG.Event),
        (KG.Attack, KG.Incident),
        (KG.Displacement, KG.Incident),
        (KG.Incident, KG.Event),
        (KG.ArmedGroup, KG.Organization),
        (KG.Country, KG.Actor),
        (KG.Organization, KG.Actor),
        (KG.Person, KG.Actor),
    ],
)
def test_class_hierarchy(ontology: Graph, cls, parent) -> None:
    assert (cls, RDFS.subClassOf, parent) in ontology


def test_data_files_are_found() -> None:
    assert ontology_file("shapes.ttl").is_file()
    assert queries_dir().is_dir()
    with pytest.raises(FileNotFoundError, match="E030|no such data file"):
        ontology_file("no-such-file.ttl")
