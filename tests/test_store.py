"""kg.store: one named graph per article in Oxigraph, exports, queries, errors.

Stores live in memory unless a test is about the disk; their facts come from
``conftest.conflict_extraction`` through ``kg.rdf.extraction_triples``, as a
build writes them.
"""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import (
    ATTACK_SENTENCE,
    CONDEMN_SENTENCE,
    conflict_extraction,
    store_of,
)
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg import iri, queries
from kg.errors import FormatError, Messages, QueryError, StoreError
from kg.gazetteer import Gazetteer
from kg.rdf import extraction_triples
from kg.store import KGStore, RdfFormat, parse_format, to_ox
from kg.vocab import KG

RDFLIB_FORMATS = {
    RdfFormat.TURTLE: "turtle",
    RdfFormat.TRIG: "trig",
    RdfFormat.NTRIPLES: "nt",
    RdfFormat.NQUADS: "nquads",
    RdfFormat.JSONLD: "json-ld",
}


def triples_of(article_id: str, *, hostile: bool = False) -> list:
    """What a build writes for :func:`conftest.conflict_extraction`."""
    ex = conflict_extraction(article_id, hostile=hostile)
    return list(extraction_triples(ex, Gazetteer([])))


def graph_content(store: KGStore, article_id: str) -> set:
    """The triples of one article's named graph, as pyoxigraph terms."""
    g = ox.NamedNode(str(iri.graph_iri(article_id)))
    quads = store.quads()
    return {(q.subject, q.predicate, q.object) for q in quads if q.graph_name == g}


def as_ox(triples: list) -> set:
    """rdflib triples as a set of pyoxigraph term triples."""
    return {(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples}


# writing ------------------------------------------------------------------------


def test_replacing_an_article_replaces_exactly_its_triples() -> None:
    store = store_of(conflict_extraction("a1"), conflict_extraction("a2"))
    before_a2 = graph_content(store, "a2")
    assert graph_content(store, "a1") == as_ox(triples_of("a1"))

    # the second version of a1 tells the story with other sentences
    new = triples_of("a1", hostile=True)
    written = store.replace_articles(
        [(iri.article_iri("a1"), iri.graph_iri("a1"), "sig-2", new)]
    )
    assert written == len(as_ox(new))
    assert graph_content(store, "a1") == as_ox(new)
    assert graph_content(store, "a2") == before_a2
    assert store.signature(iri.article_iri("a1")) == "sig-2"
    assert store.signature(iri.article_iri("a2")) == "sig"
    assert [g.value for g in store.article_graphs()] == [
        str(iri.graph_iri("a1")),
        str(iri.graph_iri("a2")),
    ]


def test_an_article_triple_given_twice_is_stored_once() -> None:
    triples = triples_of("a1")
    store = KGStore()
    written = store.replace_articles(
        [(iri.article_iri("a1"), iri.graph_iri("a1"), "s", triples + triples)]
    )
    assert written == len(as_ox(triples)) == len(store.quads())


def test_facts_two_articles_share_are_one_triple_of_the_union() -> None:
    store = store_of(conflict_extraction("a1"), conflict_extraction("a2"))
    # actor descriptions are repeated in each article graph
    nato = ox.NamedNode(str(iri.actor_iri("nato")))
    about_nato = [t for t in store.triples() if t.subject == nato]
    assert about_nato
    assert sum(q.subject == nato for q in store.quads()) == 2 * len(about_nato)
    assert len(store.triples()) < len(store.quads())


def default_graph(store: KGStore) -> set:
    """The triples the store keeps in its default graph."""
    return {
        (q.subject, q.predicate, q.object)
        for q in store._ox.quads_for_pattern(None, None, None, ox.DefaultGraph())
    }


def union_of_graphs(store: KGStore) -> set:
    """The union of the fact graphs, computed from the quads."""
    return {(q.subject, q.predicate, q.object) for q in store.quads()}


def test_the_default_graph_holds_the_union_through_every_replacement() -> None:
    store = store_of(conflict_extraction("a1"), conflict_extraction("a2"))
    assert store.merged
    assert default_graph(store) == union_of_graphs(store)
    nato = ox.NamedNode(str(iri.actor_iri("nato")))
    shared = {t for t in default_graph(store) if t[0] == nato}
    assert shared

    # a1 retold: what only its old version said leaves the union
    old_a1 = graph_content(store, "a1")
    store.replace_articles(
        [
            (
                iri.article_iri("a1"),
                iri.graph_iri("a1"),
                "s2",
                triples_of("a1", hostile=True),
            )
        ]
    )
    assert default_graph(store) == union_of_graphs(store)
    assert old_a1 - union_of_graphs(store)  # something did leave
    assert not (old_a1 - union_of_graphs(store)) & default_graph(store)

    # a2 emptied: NATO's description stays while a1 still gives it, then goes
    store.replace_articles([(iri.article_iri("a2"), iri.graph_iri("a2"), "s3", [])])
    assert default_graph(store) == union_of_graphs(store)
    still = shared & graph_content(store, "a1")
    assert still <= default_graph(store)
    store.replace_articles([(iri.article_iri("a1"), iri.graph_iri("a1"), "s4", [])])
    assert default_graph(store) == set()


def test_new_articles_are_stored_as_a_replacement_stores_them() -> None:
    # a batch of new articles goes in as quads; a batch replacing stored ones
    # goes through SPARQL Update: both leave the same store
    batch = [
        (iri.article_iri(a), iri.graph_iri(a), f"sig-{a}", triples_of(a, hostile=h))
        for a, h in (("a1", False), ("a2", True))
    ]
    added = KGStore()
    assert added._all_new(batch)
    written = added.replace_articles(batch)
    replaced = KGStore()
    replaced.replace_articles([(a, g, "old", triples_of("a3")) for a, g, _, _ in batch])
    assert not replaced._all_new(batch)
    assert replaced.replace_articles(batch) == written
    assert set(added._ox) == set(replaced._ox)
    assert default_graph(added) == union_of_graphs(added)
    # and one stored article in a batch sends the whole batch the safe way
    mixed = KGStore()
    mixed.replace_articles([batch[0]])
    assert not mixed._all_new(batch)


def test_a_derived_graph_shares_the_union_with_the_articles() -> None:
    store = store_of(conflict_extraction("a1"))
    kept = next(iter(graph_content(store, "a1")))
    extra = (URIRef("https://example.org/x"), KG.count, URIRef("https://example.org/y"))
    # the linked graph repeats one article triple and adds one of its own
    store.replace_graph(iri.LINKED_GRAPH, [extra, _rdflib(kept)])
    assert default_graph(store) == union_of_graphs(store)
    store.replace_graph(iri.LINKED_GRAPH, [])
    assert kept in default_graph(store)
    assert as_ox([extra]).isdisjoint(default_graph(store))
    assert default_graph(store) == union_of_graphs(store)


def _rdflib(triple: tuple) -> tuple:
    """A pyoxigraph triple of IRIs and literals back as rdflib terms."""
    from rdflib import Literal

    def conv(term: object) -> object:
        if isinstance(term, ox.NamedNode):
            return URIRef(term.value)
        assert isinstance(term, ox.Literal)
        dt = URIRef(term.datatype.value) if term.datatype else None
        return Literal(
            term.value, lang=term.language, datatype=None if term.language else dt
        )

    return tuple(conv(t) for t in triple)


def test_a_store_from_before_the_kept_union_is_read_as_a_union_then_given_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store"
    built = store_of(conflict_extraction("a1"), conflict_extraction("a2"))
    sparql = queries.resolve("calls-by-actor").text
    expected = built.query(sparql)
    # an older build wrote the article graphs only
    old = ox.Store(str(path))
    old.extend(q for q in built.quads())
    old.flush()
    del old

    reader = KGStore.open_existing(path)
    assert not reader.merged
    assert reader.query(sparql) == expected
    assert [(t.subject, t.predicate, t.object) for t in reader.triples()] == [
        (t.subject, t.predicate, t.object) for t in built.triples()
    ]
    reader.close()

    writer = KGStore.open_for_build(path)
    assert writer.merged
    assert default_graph(writer) == union_of_graphs(writer)
    assert writer.query(sparql) == expected
    writer.close()
    assert KGStore.open_existing(path).merged


def test_signatures_survive_reopening_and_destroy_removes_everything(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store"
    KGStore(path).replace_articles(
        [(iri.article_iri("a1"), iri.graph_iri("a1"), "sig-1", triples_of("a1"))]
    )
    store = KGStore.open_existing(path)
    assert list(store.iter_signatures()) == [(str(iri.article_iri("a1")), "sig-1")]
    assert len(store.triples()) == len(as_ox(triples_of("a1")))
    del store  # Oxigraph locks an open store
    KGStore.destroy(path)
    assert not path.exists()
    assert not (tmp_path / "store.index.json").exists()


# exports ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(RdfFormat), ids=[f.value for f in RdfFormat])
def test_every_export_format_parses_back(fmt: RdfFormat) -> None:
    store = store_of(conflict_extraction("a1"), conflict_extraction("a2", hostile=True))
    buf = io.BytesIO()
    store.export(buf, fmt=fmt)
    data = buf.getvalue()
    if fmt.is_dataset:
        ds = Dataset()
        ds.parse(data=data, format=RDFLIB_FORMATS[fmt])
        quads = list(ds.quads((None, None, None, None)))
        assert len(quads) == len(store.quads())
        names = {str(g) for *_, g in quads}
        assert names == {str(iri.graph_iri("a1")), str(iri.graph_iri("a2"))}
    else:
        g = Graph().parse(data=data, format=RDFLIB_FORMATS[fmt])
        assert len(g) == len(store.triples())
        assert isomorphic(g, store.to_rdflib())


@pytest.mark.parametrize("fmt", list(RdfFormat), ids=[f.value for f in RdfFormat])
def test_export_does_not_depend_on_the_order_articles_were_stored(
    fmt: RdfFormat,
) -> None:
    a1, a2 = conflict_extraction("a1"), conflict_extraction("a2", hostile=True)
    one, two = io.BytesIO(), io.BytesIO()
    store_of(a1, a2).export(one, fmt=fmt)
    store_of(a2, a1).export(two, fmt=fmt)
    assert one.getvalue() == two.getvalue()


def _on_disk(path: Path, *articles: str) -> KGStore:
    """A store on disk written one article at a time, in the order given."""
    store = KGStore(path)
    for art in articles:
        triples = triples_of(art, hostile=art == "a2")
        store.replace_articles(
            [(iri.article_iri(art), iri.graph_iri(art), "sig", triples)]
        )
    return store


@pytest.mark.parametrize("fmt", list(RdfFormat), ids=[f.value for f in RdfFormat])
def test_a_streamed_export_does_not_depend_on_the_order_of_writing(
    tmp_path: Path, fmt: RdfFormat
) -> None:
    exports = []
    for n, order in enumerate((("a1", "a2", "a3"), ("a3", "a2", "a1"))):
        store = _on_disk(tmp_path / f"s{n}", *order)
        out = io.BytesIO()
        store.export(out, fmt=fmt)
        # the same facts the sorted lists hold, whatever the order written
        if fmt is RdfFormat.NTRIPLES:
            lines = out.getvalue().decode().splitlines()
            assert len(lines) == len(store.triples())
        store.close()
        exports.append(out.getvalue())
    assert exports[0] == exports[1]


def test_turtle_export_uses_the_fixed_prefixes(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    store_of(conflict_extraction()).export(path)
    text = path.read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/newskg/ontology#> ." in text
    assert "@prefix prov: <http://www.w3.org/ns/prov#> ." in text
    assert "kg:CallFor" in text


# queries ------------------------------------------------------------------------


def test_select_returns_variables_and_python_values(conflict_store: KGStore) -> None:
    variables, rows = queries.run(conflict_store, queries.resolve("condemnations"))
    assert variables == ["actor", "target", "article", "sentence"]
    assert rows == [("Turkey", "Syria", "004_x", CONDEMN_SENTENCE)]

    _, rows = queries.run(conflict_store, queries.resolve("evidence"))
    attack = str(iri.event_iri("004_x", "Attack", 200, 0, in_title=False))
    [row] = [r for r in rows if r[0] == attack]
    # integers and booleans come back typed; IRIs as strings
    assert row == (
        attack,
        "Attack",
        "004_x",
        False,
        200,
        200 + len(ATTACK_SENTENCE),
        "casualties.v1",
        ATTACK_SENTENCE,
    )


def test_ask_returns_one_boolean(conflict_store: KGStore) -> None:
    assert conflict_store.query(f"ASK {{ ?e a <{KG.Attack}> }}") == (["ask"], [(True,)])
    assert conflict_store.query(f"ASK {{ ?e a <{KG.Displacement}> }}") == (
        ["ask"],
        [(False,)],
    )


def test_construct_is_not_a_table(conflict_store: KGStore) -> None:
    sparql = f"CONSTRUCT {{ ?e a <{KG.Attack}> }} WHERE {{ ?e a <{KG.Attack}> }}"
    with pytest.raises(QueryError, match="not tables"):
        conflict_store.query(sparql)
    [triple] = conflict_store.construct(sparql)
    assert triple.object == ox.NamedNode(str(KG.Attack))


@pytest.mark.parametrize(
    "sparql",
    ["SELECT ?x WHERE { ?x ?y }", "SELEKT * WHERE { ?s ?p ?o }", "ASK {", ""],
)
def test_bad_sparql_is_a_query_error(conflict_store: KGStore, sparql: str) -> None:
    with pytest.raises(QueryError):
        conflict_store.query(sparql)


def test_a_failing_saved_query_is_named(
    conflict_store: KGStore, tmp_path: Path
) -> None:
    path = tmp_path / "broken.rq"
    path.write_text("#+ summary: broken\nSELECT ?x WHERE { ?x ?y }\n")
    with pytest.raises(QueryError, match=r"^query 'broken' failed: "):
        queries.run(conflict_store, queries.resolve(str(path)))


def test_an_empty_store_answers_with_no_rows() -> None:
    variables, rows = queries.run(KGStore(), queries.resolve("ceasefire-calls"))
    assert (variables, rows) == (["actor", "date", "article", "sentence"], [])


# formats and errors -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("turtle", RdfFormat.TURTLE),
        ("Turtle", RdfFormat.TURTLE),
        ("ttl", RdfFormat.TURTLE),
        ("TTL", RdfFormat.TURTLE),
        ("trig", RdfFormat.TRIG),
        ("TriG", RdfFormat.TRIG),
        ("ntriples", RdfFormat.NTRIPLES),
        ("nt", RdfFormat.NTRIPLES),
        ("n-triples", RdfFormat.NTRIPLES),
        ("N-Triples", RdfFormat.NTRIPLES),
        ("nquads", RdfFormat.NQUADS),
        ("nq", RdfFormat.NQUADS),
        ("n-quads", RdfFormat.NQUADS),
        ("jsonld", RdfFormat.JSONLD),
        ("json-ld", RdfFormat.JSONLD),
        ("JSON-LD", RdfFormat.JSONLD),
    ],
)
def test_parse_format_takes_names_and_aliases(name: str, fmt: RdfFormat) -> None:
    assert parse_format(name) is fmt


@pytest.mark.parametrize("name", ["bogus", "rdfxml", "", "turtle "])
def test_parse_format_rejects_unknown_names(name: str) -> None:
    with pytest.raises(FormatError) as caught:
        parse_format(name)
    assert str(caught.value) == Messages.E014.format(
        fmt=name, choices="turtle, trig, ntriples, nquads, jsonld"
    )


def test_open_existing_on_an_empty_folder_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        KGStore.open_existing(tmp_path)
    assert str(caught.value) == Messages.E010.format(path=tmp_path)
    assert str(caught.value).startswith("no built graph in ")
    assert list(tmp_path.iterdir()) == []  # nothing was created


def test_open_existing_on_a_missing_folder_says_to_build(tmp_path: Path) -> None:
    missing = tmp_path / "export" / "store"
    with pytest.raises(StoreError, match="run 'kg build' first"):
        KGStore.open_existing(missing)
    assert not missing.exists()


def test_to_ox_rejects_what_is_not_a_term() -> None:
    assert to_ox(URIRef("https://example.org/a")) == ox.NamedNode(
        "https://example.org/a"
    )
    with pytest.raises(TypeError):
        to_ox("plain string")  # type: ignore[arg-type]


def test_the_offsets_check_finds_facts_whose_offsets_miss_their_sentence() -> None:
    from rdflib import Literal
    from rdflib.namespace import DCTERMS, PROV

    art = iri.article_iri("t1")
    triples = [
        (art, KG.text, Literal("Alpha beta gamma.")),
        (art, DCTERMS.title, Literal("A title here")),
    ]
    facts = {
        # name: (evidence, start, end, in the title?)
        "text-ok": ("beta", 6, 10, False),
        "text-off": ("beta", 0, 4, False),
        "text-unmarked": ("gamma", 11, 16, None),
        "title-ok": ("here", 8, 12, True),
        "title-off": ("here", 6, 10, True),
        "title-read-as-text": ("title", 2, 7, False),
    }
    for name, (sentence, start, end, in_title) in facts.items():
        fact = URIRef(f"https://example.org/{name}")
        triples += [
            (fact, KG.evidence, Literal(sentence)),
            (fact, KG.charStart, Literal(start)),
            (fact, KG.charEnd, Literal(end)),
            (fact, PROV.wasDerivedFrom, art),
        ]
        if in_title is not None:
            triples.append((fact, KG.inTitle, Literal(in_title)))
    store = KGStore()
    store.replace_articles([(art, iri.graph_iri("t1"), "s", triples)])
    _, rows = store.query(queries.resolve("evidence-offsets-violation").text)
    assert [r[0].rsplit("/", 1)[1] for r in rows] == [
        "text-off",
        "title-off",
        "title-read-as-text",
    ]
