"""Tests for kg.analytics: the actor network, its projection and the stats.

Stores are built in memory from hand-made ``kg.model`` objects through
``kg.rdf.extraction_triples``, so the tests read exactly what a build writes.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import networkx as nx
from conftest import (
    AFFILIATION_SENTENCE,
    ATTACK_SENTENCE,
    CALL_SENTENCE,
    CONDEMN_SENTENCE,
    NATO,
    RUSSIA,
    TURKEY,
    conflict_extraction,
    evidence,
    store_of,
)
from rdflib import Literal
from rdflib.namespace import SKOS
from typer.testing import CliRunner

from kg import iri
from kg.analytics import (
    EXPORT_FILES,
    actor_network,
    build_network,
    communities,
    export_network,
    pagerank,
    projection,
    read_facts,
    stats,
    who_calls_on_whom,
)
from kg.cli import app
from kg.model import (
    ActorKind,
    ActorRef,
    Amount,
    Article,
    Casualty,
    CasualtyType,
    Event,
    EventKind,
    Extraction,
)
from kg.store import KGStore
from kg.vocab import KG

# the network -------------------------------------------------------------------


def relations(g: nx.MultiDiGraph) -> Counter[str]:
    return Counter(rel for _, _, rel in g.edges(data="relation"))


def test_network_nodes_are_actors_and_demands(conflict_store: KGStore) -> None:
    g = actor_network(conflict_store)
    kinds = {g.nodes[n]["label"]: g.nodes[n]["kind"] for n in g}
    assert kinds == {
        "NATO": "Organization",
        "Russia": "Country",
        "Syria": "Country",
        "Turkey": "Country",
        "Jens Stoltenberg": "Person",
        "Ceasefire": "Demand",
        "HumanitarianAccess": "Demand",
    }
    # node ids are IRI strings: actors, then demands, each sorted
    actors = [
        str(iri.actor_iri(k))
        for k in ("nato", "russia", "syria", "turkey", "jens-stoltenberg")
    ]
    assert list(g) == sorted(actors) + [str(KG.Ceasefire), str(KG.HumanitarianAccess)]


def test_network_edges_per_relation(conflict_store: KGStore) -> None:
    g = actor_network(conflict_store)
    # the attack has a perpetrator but no target: no attacks edge
    assert relations(g) == {
        "callsFor": 2,
        "addresses": 2,
        "condemns": 1,
        "affiliatedWith": 1,
    }
    nato, syria = str(iri.actor_iri("nato")), str(iri.actor_iri("syria"))
    call = str(iri.event_iri("004_x", "CallFor", 10, 0, in_title=False))
    [ceasefire] = [
        d
        for _, d, d_attrs in g.out_edges(nato, data=True)
        if d_attrs["relation"] == "callsFor" and d_attrs["demand"] == str(KG.Ceasefire)
    ]
    assert ceasefire == str(KG.Ceasefire)
    [edge] = g.get_edge_data(nato, syria).values()
    assert edge == {
        "relation": "addresses",
        "evidence": CALL_SENTENCE,
        "article": "004_x",
        "event": call,
    }
    turkey = str(iri.actor_iri("turkey"))
    [edge] = g.get_edge_data(turkey, syria).values()
    assert edge["relation"] == "condemns"
    assert edge["evidence"] == CONDEMN_SENTENCE
    jens = str(iri.actor_iri("jens-stoltenberg"))
    [edge] = g.get_edge_data(jens, nato).values()
    assert edge["relation"] == "affiliatedWith"
    assert edge["evidence"] == AFFILIATION_SENTENCE
    assert edge["article"] == "004_x"


def test_attack_with_a_target_is_an_attacks_edge() -> None:
    # extractors give attacks no target yet, and kg.rdf would also write a
    # kg:condemns shortcut for one; add the kg:target triple by hand
    attack = iri.event_iri("004_x", "Attack", 200, 0, in_title=False)
    store = store_of(
        conflict_extraction(), extra=[(attack, KG.target, iri.actor_iri("turkey"))]
    )
    g = actor_network(store)
    [(source, target, data)] = [
        e for e in g.edges(data=True) if e[2]["relation"] == "attacks"
    ]
    assert (source, target) == (
        str(iri.actor_iri("syria")),
        str(iri.actor_iri("turkey")),
    )
    assert data["evidence"] == ATTACK_SENTENCE
    assert data["event"] == str(attack)


def test_demand_label_is_the_preflabel_when_the_graph_has_one() -> None:
    store = store_of(
        conflict_extraction(),
        extra=[
            (KG.Ceasefire, SKOS.prefLabel, Literal("ceasefire", lang="en")),
            (KG.Ceasefire, SKOS.prefLabel, Literal("cessez-le-feu", lang="fr")),
        ],
    )
    g = actor_network(store)
    assert g.nodes[str(KG.Ceasefire)]["label"] == "ceasefire"
    assert g.nodes[str(KG.HumanitarianAccess)]["label"] == "HumanitarianAccess"


def test_actor_kind_and_label_when_articles_disagree() -> None:
    fsa = [
        ActorRef("fsa", "Free Syrian Army", ActorKind.ACTOR),
        ActorRef("fsa", "free Syrian army", ActorKind.ARMED_GROUP),
        ActorRef("fsa", "Free Syrian Army", ActorKind.ACTOR),
    ]
    extractions = [
        Extraction(
            Article(f"a{n}", "t", "t"),
            (
                Event(
                    EventKind.CONDEMNATION,
                    evidence(f"a{n}", 0, "x", "c.v1"),
                    agent=TURKEY,
                    targets=(ref,),
                ),
            ),
            (),
            (TURKEY, ref),
        )
        for n, ref in enumerate(fsa)
    ]
    g = actor_network(store_of(*extractions))
    node = g.nodes[str(iri.actor_iri("fsa"))]
    # the most specific kind any article gives; the label most articles give
    assert node == {"label": "Free Syrian Army", "kind": "ArmedGroup"}
    assert relations(g) == {"condemns": 3}


def test_actor_no_article_describes_still_gets_a_node() -> None:
    ghost = ActorRef("ghost-brigade", "Ghost Brigade", ActorKind.ARMED_GROUP)
    ex = Extraction(
        Article("a", "t", "t"),
        (
            Event(
                EventKind.CONDEMNATION,
                evidence("a", 0, "x", "c.v1"),
                agent=TURKEY,
                targets=(ghost,),
            ),
        ),
        (),
        (TURKEY,),  # the target is not listed among the article's actors
    )
    g = actor_network(store_of(ex))
    assert g.nodes[str(iri.actor_iri("ghost-brigade"))] == {
        "label": "ghost-brigade",
        "kind": "Actor",
    }


def test_empty_store_gives_an_empty_network() -> None:
    g = actor_network(KGStore())
    assert g.number_of_nodes() == 0
    assert g.number_of_edges() == 0


# rankings ---------------------------------------------------------------------


def ranking_store() -> KGStore:
    """Four actors condemn a hub; one of them also condemns a fifth.

    Keys and labels sort in opposite orders, so a tie broken by IRI would
    come out reversed.
    """
    hub = ActorRef("a-hub", "Hub", ActorKind.COUNTRY)
    mid = ActorRef("b-mid", "Mid", ActorKind.COUNTRY)
    leaves = [
        ActorRef(f"z{n}", label, ActorKind.COUNTRY)
        for n, label in enumerate(["Delta", "Charlie", "Bravo", "Alpha"])
    ]
    events = [
        Event(
            EventKind.CONDEMNATION,
            evidence("r", 10 * n, "x", "c.v1"),
            agent=leaf,
            targets=(hub,),
        )
        for n, leaf in enumerate(leaves)
    ]
    events.append(
        Event(
            EventKind.CONDEMNATION,
            evidence("r", 100, "y", "c.v1"),
            agent=leaves[0],
            targets=(mid,),
        )
    )
    return store_of(
        Extraction(Article("r", "t", "t"), tuple(events), (), (hub, mid, *leaves))
    )


def test_pagerank_ranks_the_most_condemned_first_and_ties_by_label() -> None:
    result = stats(ranking_store(), top=10)
    assert [r.label for r in result.top_pagerank] == [
        "Hub",
        "Mid",
        "Alpha",
        "Bravo",
        "Charlie",
        "Delta",
    ]
    assert result.top_pagerank[2].score == result.top_pagerank[5].score


def test_degree_ranking_counts_distinct_neighbours() -> None:
    result = stats(ranking_store(), top=3)
    assert [(r.label, r.score) for r in result.top_degree] == [
        ("Hub", 4.0),
        ("Delta", 2.0),
        ("Alpha", 1.0),
    ]


def test_projection_weights_parallel_facts_and_drops_self_loops() -> None:
    g = nx.MultiDiGraph()
    g.add_nodes_from(["a", "b"], kind="Country", label="x")
    g.add_edge("a", "b", relation="condemns")
    g.add_edge("a", "b", relation="addresses")
    g.add_edge("a", "a", relation="condemns")
    p = projection(g)
    assert list(p.edges(data="weight")) == [("a", "b", 2)]
    ranks = pagerank(p)
    assert ranks["b"] > ranks["a"]
    assert pagerank(nx.DiGraph()) == {}


def test_betweenness_is_exact_below_the_limit_and_sampled_above() -> None:
    store = ranking_store()
    exact = stats(store)
    assert exact.betweenness_sample is None
    assert exact.betweenness_method == "exact"
    # every path has length 1, so no actor lies between two others: all
    # scores are 0 and the ranking falls back to labels
    assert [r.label for r in exact.top_betweenness][:2] == ["Alpha", "Bravo"]
    sampled = stats(store, betweenness_limit=3)
    assert sampled.betweenness_sample == 6  # min(BETWEENNESS_SAMPLES, nodes)
    assert sampled.betweenness_method == "sampled: 6 of 6 source nodes, seed 42"
    assert stats(store, betweenness_limit=3) == sampled


def test_betweenness_finds_the_broker() -> None:
    # Turkey -> NATO (condemns), NATO -> Russia (addresses): NATO brokers
    ex = Extraction(
        Article("b", "t", "t"),
        (
            Event(
                EventKind.CONDEMNATION,
                evidence("b", 0, "x", "c.v1"),
                agent=TURKEY,
                targets=(NATO,),
            ),
            Event(
                EventKind.CALL, evidence("b", 10, "y"), agent=NATO, addressees=(RUSSIA,)
            ),
        ),
        (),
        (TURKEY, NATO, RUSSIA),
    )
    result = stats(store_of(ex), top=1)
    assert [r.label for r in result.top_betweenness] == ["NATO"]
    # one of the (3 - 1) * (3 - 2) = 2 ordered pairs it could broke goes through it
    assert result.top_betweenness[0].score == 0.5


# counts -----------------------------------------------------------------------


def test_stats_counts(conflict_store: KGStore) -> None:
    result = stats(conflict_store)
    assert result.classes == {
        "Article": 1,
        "CallFor": 1,
        "Condemnation": 1,
        "Attack": 1,
        "Displacement": 0,
        "Casualty": 2,
        "Affiliation": 1,
        "Place": 1,
    }
    assert result.actors == {
        "Country": 3,
        "Organization": 1,
        "ArmedGroup": 0,
        "Person": 1,
        "Actor": 0,
    }
    assert result.relations == {
        "callsFor": 2,
        "condemns": 1,
        "affiliatedWith": 1,
        "kills": 33,
        "wounds": 12,
        "displaces": 0,
    }
    assert result.nodes == 7
    assert result.edges == {
        "callsFor": 2,
        "condemns": 1,
        "addresses": 2,
        "attacks": 0,
        "supports": 0,
        "affiliatedWith": 1,
    }
    assert stats(conflict_store) == result


def test_people_sum_the_casualty_shortcuts_over_events() -> None:
    # one shortcut per event and type: the largest count of its sentence, so
    # "33 killed, including 5 civilians" is 33; two events add up
    def attack(art: str, start: int, *counts: int) -> Event:
        ev = evidence(art, start, f"sentence {start}", "casualties.v1")
        casualties = tuple(
            Casualty(CasualtyType.KILLED, Amount(n), ev, f"group {k}")
            for k, n in enumerate(counts)
        )
        return Event(EventKind.ATTACK, ev, casualties=casualties)

    ex = Extraction(Article("d", "t", "t"), (attack("d", 0, 33, 5), attack("d", 50, 7)))
    result = stats(store_of(ex))
    assert result.relations["kills"] == 33 + 7
    assert result.classes["Casualty"] == 3


def test_stats_of_an_empty_store() -> None:
    result = stats(KGStore())
    assert set(result.classes.values()) == {0}
    assert set(result.relations.values()) == {0}
    assert result.nodes == 0
    assert result.top_pagerank == result.top_degree == result.top_betweenness == ()


def test_facts_keep_casualty_hedges(conflict_store: KGStore) -> None:
    facts = read_facts(conflict_store)
    [attack] = [e for e in facts.events if e.kind == "Attack"]
    assert [c.describe() for c in attack.casualties] == [
        "at least 33 killed (Turkish soldiers)",
        'at least 12 wounded ("dozens", up to 99)',
    ]
    assert attack.place == "Idlib"
    assert attack.means == "airstrike"
    assert build_network(facts).number_of_edges() == 6


# communities, who calls on whom, exports ---------------------------------------


def two_camps() -> KGStore:
    """Two groups of three actors that condemn within their group, and one bridge."""
    a = [ActorRef(f"a{n}", f"A{n}", ActorKind.COUNTRY) for n in range(3)]
    b = [ActorRef(f"b{n}", f"B{n}", ActorKind.COUNTRY) for n in range(3)]
    pairs = [(a[0], a[1]), (a[1], a[2]), (a[2], a[0]), (b[0], b[1]), (b[1], b[2])]
    pairs += [(b[2], b[0]), (a[0], b[0])]
    events = tuple(
        Event(
            EventKind.CONDEMNATION,
            evidence("c", 10 * n, f"s{n}", "c.v1"),
            agent=x,
            targets=(y,),
        )
        for n, (x, y) in enumerate(pairs)
    )
    return store_of(Extraction(Article("c", "t", "t"), events, (), (*a, *b)))


def test_communities_are_found_seeded_and_ordered() -> None:
    result = stats(two_camps())
    assert [sorted(m.label for m in c.members) for c in result.communities] == [
        ["A0", "A1", "A2"],
        ["B0", "B1", "B2"],
    ]
    assert [c.index for c in result.communities] == [1, 2]
    # members by PageRank: B0, whom A0 also condemns, leads its camp
    assert result.communities[1].members[0].label == "B0"
    assert stats(two_camps()).communities == result.communities
    assert communities(nx.DiGraph()) == ()


def test_who_calls_on_whom(conflict_store: KGStore) -> None:
    links = who_calls_on_whom(read_facts(conflict_store))
    assert [(c.caller_label, c.addressee_label) for c in links] == [
        ("NATO", "Russia"),
        ("NATO", "Syria"),
    ]
    assert links[0].demands == ("Ceasefire", "HumanitarianAccess")
    assert (links[0].calls, links[0].articles) == (1, ("004_x",))
    assert stats(conflict_store).calls == links


def test_who_calls_on_whom_counts_calls_across_articles() -> None:
    def call(art: str, start: int, demand: str) -> Extraction:
        ev = Event(
            EventKind.CALL,
            evidence(art, start, "x"),
            agent=TURKEY,
            addressees=(RUSSIA,),
            demands=(demand,),
        )
        return Extraction(Article(art, "t", "t"), (ev,), (), (TURKEY, RUSSIA))

    store = store_of(call("a", 0, "Ceasefire"), call("b", 5, "DeEscalation"))
    [link] = who_calls_on_whom(read_facts(store))
    assert (link.calls, link.articles) == (2, ("a", "b"))
    assert link.demands == ("Ceasefire", "DeEscalation")


def test_export_writes_graphml_gexf_and_csv(
    conflict_store: KGStore, tmp_path: Path
) -> None:
    network = actor_network(conflict_store)
    paths = export_network(network, tmp_path / "x")
    assert [p.name for p in paths] == list(EXPORT_FILES)
    # GraphML: every fact an edge, with its evidence
    g = nx.read_graphml(paths[0])
    assert g.number_of_edges() == network.number_of_edges() == 6
    sentences = {d["evidence"] for _, _, d in g.edges(data=True)}
    assert {CALL_SENTENCE, CONDEMN_SENTENCE, AFFILIATION_SENTENCE} <= sentences
    nato = str(iri.actor_iri("nato"))
    assert g.nodes[nato]["label"] == "NATO"
    assert g.nodes[nato]["kind"] == "Organization"
    assert g.nodes[nato]["community"] >= 1
    # GEXF: one weighted edge per pair, no date, so two exports are identical
    gexf = paths[1].read_text(encoding="utf-8")
    assert "lastmodifieddate" not in gexf
    w = nx.read_gexf(paths[1])
    russia = str(iri.actor_iri("russia"))
    assert w.number_of_edges() == projection(network).number_of_edges()
    assert w.edges[nato, russia]["weight"] == 1
    assert w.edges[nato, russia]["relations"] == "addresses:1"
    # CSV: nodes with their scores, one row per fact
    nodes = list(csv.DictReader(paths[2].open(encoding="utf-8")))
    assert len(nodes) == network.number_of_nodes()
    assert set(nodes[0]) == {
        "id",
        "label",
        "kind",
        "facts",
        "neighbours",
        "pagerank",
        "betweenness",
        "community",
    }
    edges = list(csv.DictReader(paths[3].open(encoding="utf-8")))
    assert len(edges) == 6
    [row] = [e for e in edges if e["relation"] == "condemns"]
    assert (row["source_label"], row["target_label"]) == ("Turkey", "Syria")
    assert (row["article"], row["evidence"]) == ("004_x", CONDEMN_SENTENCE)
    again = export_network(actor_network(conflict_store), tmp_path / "y")
    for one, two in zip(paths, again, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name


def test_stats_exports_when_asked(conflict_store: KGStore, tmp_path: Path) -> None:
    assert stats(conflict_store).exported == ()
    result = stats(conflict_store, export_dir=tmp_path / "gephi")
    assert [p.name for p in result.exported] == list(EXPORT_FILES)
    assert all(p.exists() for p in result.exported)


def test_stats_command_prints_tables_and_exports(
    hostile_build: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["stats", "--out", str(hostile_build), "--export-dir", str(tmp_path / "e")]
    )
    assert result.exit_code == 0, result.output
    assert "who calls on whom" in result.stdout
    assert "communities (Louvain, seed 42)" in result.stdout
    for name in EXPORT_FILES:
        assert f"wrote {tmp_path / 'e' / name}" in result.stdout
    helptext = " ".join(runner.invoke(app, ["stats", "--help"]).stdout.split())
    assert "--export-dir" in helptext
    for word in ("actors.graphml", "actors.gexf", "nodes.csv", "edges.csv", "Gephi"):
        assert word in helptext
