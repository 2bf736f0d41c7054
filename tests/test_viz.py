"""Tests for kg.page (and kg.viz, its old name): the offline graph page, read
back the way a browser gets it.

The page's graph travels as one JSON document (``<script id="kg-data">``);
these tests parse it out of the HTML and check what each view draws, the
evidence every node and edge points to, and that hostile article text stays
text.  Stores are built in memory from hand-made ``kg.model`` objects.  What
the browser makes of the page (drawing, clicks, filters, search) is tested in
``tests/test_browser.py``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    AFFILIATION_SENTENCE,
    ATTACK_SENTENCE,
    HOSTILE_CALL_SENTENCE,
    HOSTILE_CONDEMN_SENTENCE,
    HOSTILE_TITLE,
    IMG,
    NATO,
    RUSSIA,
    SCRIPT,
    SYRIA,
    TURKEY,
    URL,
    XSS,
    conflict_extraction,
    disk_build,
    evidence,
    store_of,
    synthetic_store,
)
from typer.testing import CliRunner

import kg.page.folding
import kg.page.layout
import kg.viz
from kg import iri
from kg.analytics import build_network, pagerank, projection, read_facts
from kg.cli import app
from kg.errors import QueryError
from kg.model import (
    ActorKind,
    ActorRef,
    Article,
    Event,
    EventKind,
    Extraction,
)
from kg.page.render import static_text
from kg.queries import SavedQuery
from kg.store import KGStore
from kg.viz import EDGE_STYLES, NODE_STYLES, PHYSICS_LIMIT, RELATIONS, write_page
from kg.vocab import KG

#: the page's script, as every page inlines it
SCRIPT_JS = static_text("page.js")

# reading the page back -----------------------------------------------------------

_DATA = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


def data_of(page: str) -> Any:
    """The JSON document the page's script draws from."""
    [found] = _DATA.findall(page)
    return json.loads(found)


def view(page: str, name: str) -> Any:
    [found] = [v for v in data_of(page)["views"] if v["name"] == name]
    return found


def page_of(store: KGStore, tmp_path: Path, name: str = "graph.html", **kw: Any) -> str:
    kw.setdefault("plots", False)
    return write_page(store, tmp_path / name, **kw).read_text(encoding="utf-8")


def fact_text(data: Any, i: int) -> str:
    """Everything the side panel shows for fact ``i``, as one string."""
    fact = data["facts"][i]
    article = data["articles"].get(fact["a"] or "", {})
    rows = " ".join(f"{k}: {v}" for k, v in fact["rows"])
    return " ".join(
        str(x)
        for x in (fact["t"], fact["s"], article.get("t"), article.get("d"), rows)
        if x
    )


# the actor network ---------------------------------------------------------------


def test_actor_network_nodes_are_actors_and_demands(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    nodes = view(page_of(hostile_store, tmp_path), "actors")["nodes"]
    assert Counter(n["kind"] for n in nodes) == {
        "Country": 3,
        "Organization": 1,
        "Person": 1,
        "ArmedGroup": 1,
        "Demand": 2,
    }
    for node in nodes:
        style = NODE_STYLES[node["kind"]]
        assert (node["color"], node["shape"]) == (style.colour, style.shape)
        assert isinstance(node["x"], int) and isinstance(node["y"], int)
    assert [n["id"] for n in nodes] == sorted(n["id"] for n in nodes)


def test_actor_network_edges_carry_their_facts(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    page = page_of(hostile_store, tmp_path)
    data, edges = data_of(page), view(page, "actors")["edges"]
    # call: 2 demands, 2 addressees; condemnation: 2 targets; 1 affiliation
    assert Counter(e["rel"] for e in edges) == {
        "callsFor": 2,
        "addresses": 2,
        "condemns": 2,
        "affiliatedWith": 1,
    }
    for edge in edges:
        assert edge["color"] == RELATIONS[edge["rel"]].colour
        assert edge["n"] == len(edge["f"]) == 1
    nato, russia = str(iri.actor_iri("nato")), str(iri.actor_iri("russia"))
    [addresses] = [e for e in edges if (e["from"], e["to"]) == (nato, russia)]
    text = fact_text(data, addresses["f"][0])
    assert HOSTILE_CALL_SENTENCE in text and HOSTILE_TITLE in text
    assert "2020-02-28" in text
    [affiliation] = [e for e in edges if e["rel"] == "affiliatedWith"]
    assert affiliation["from"] == str(iri.actor_iri("jens-stoltenberg"))
    assert AFFILIATION_SENTENCE in fact_text(data, affiliation["f"][0])
    assert [e["id"] for e in edges] == [f"e{n}" for n in range(len(edges))]


def test_repeated_facts_make_one_counted_edge(tmp_path: Path) -> None:
    store = synthetic_store(actors=10, events=30)  # each pair three times
    edges = view(page_of(store, tmp_path), "actors")["edges"]
    assert {e["n"] for e in edges} == {3}
    assert {e["label"] for e in edges} == {"condemns ×3"}
    assert len({i for e in edges for i in e["f"]}) == 30


def test_actor_size_follows_pagerank(hostile_store: KGStore, tmp_path: Path) -> None:
    nodes = view(page_of(hostile_store, tmp_path), "actors")["nodes"]
    ranks = pagerank(projection(build_network(read_facts(hostile_store))))
    by_rank = sorted(nodes, key=lambda n: ranks[n["id"]])
    assert [n["size"] for n in by_rank] == sorted(n["size"] for n in nodes)
    assert max(n["size"] for n in nodes) == 40
    assert min(n["size"] for n in nodes) >= 10


# the event view -----------------------------------------------------------------


def test_event_view_links_article_event_actors_places_and_counts(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    events = view(page_of(hostile_store, tmp_path), "events")
    kinds = Counter(n["kind"] for n in events["nodes"])
    assert kinds == {
        "Article": 1,
        "CallFor": 1,
        "Condemnation": 1,
        "Attack": 1,
        "Affiliation": 1,
        "Place": 1,
        "Casualty": 2,
        "Country": 3,
        "Organization": 1,
        "Person": 1,
        "ArmedGroup": 1,
        "Demand": 2,
    }
    rels = Counter(e["rel"] for e in events["edges"])
    assert rels == {
        "reports": 4,  # three events and the affiliation
        "agent": 2,
        "speaker": 1,
        "addressee": 2,
        "demand": 2,
        "target": 2,
        "perpetrator": 1,
        "place": 1,
        "casualty": 2,
        "member": 1,
        "organization": 1,
    }
    for edge in events["edges"]:
        assert edge["color"] == EDGE_STYLES[edge["rel"]].colour
    by_id = {n["id"]: n for n in events["nodes"]}
    article = str(iri.article_iri("004_x"))
    assert by_id[article]["info"]["art"] == "004_x"
    attack = next(n for n in events["nodes"] if n["kind"] == "Attack")
    around = {e["to"] for e in events["edges"] if e["from"] == attack["id"]}
    assert {by_id[n]["kind"] for n in around} == {"Country", "Place", "Casualty"}
    counts = sorted(by_id[n]["label"] for n in around if by_id[n]["kind"] == "Casualty")
    assert counts == [
        'at least 12 wounded ("dozens", up to 99)',
        f"at least 33 killed (Turkish soldiers {SCRIPT})"[:39] + "…",
    ]


def test_event_facts_hold_sentence_article_and_hedged_counts(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    page = page_of(hostile_store, tmp_path)
    data, events = data_of(page), view(page, "events")
    [attack] = [n for n in events["nodes"] if n["kind"] == "Attack"]
    fact = data["facts"][attack["f"][0]]
    assert fact["s"] == ATTACK_SENTENCE
    assert fact["a"] == "004_x"
    assert data["articles"]["004_x"] == {
        "t": HOSTILE_TITLE,
        "d": "2020-02-28",
        "u": URL,
        "src": "example.org",
    }
    rows = dict((k, v) for k, v in fact["rows"] if k != "Count")
    assert rows["Perpetrator"] == "Syria" and rows["Place"] == "Idlib"
    assert [v for k, v in fact["rows"] if k == "Count"] == [
        f"at least 33 killed (Turkish soldiers {SCRIPT})",
        'at least 12 wounded ("dozens", up to 99)',
    ]
    [call] = [n for n in events["nodes"] if n["kind"] == "CallFor"]
    fact = data["facts"][call["f"][0]]
    assert fact["s"] == HOSTILE_CALL_SENTENCE
    assert fact["t"] == "Call for: Ceasefire, HumanitarianAccess — NATO"
    assert ["Addressee", "Russia; Syria"] in fact["rows"]
    assert ["Quote", f"We urge {IMG}"] in fact["rows"]
    assert fact["r"] == ["callsFor", "addresses"]
    assert fact["x"] == sorted(
        str(iri.actor_iri(k)) for k in ("nato", "jens-stoltenberg", "russia", "syria")
    )


def test_filters_get_relations_actors_articles_and_sources(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    data = data_of(page_of(hostile_store, tmp_path))
    assert [r[0] for r in data["relations"]] == [
        "callsFor",
        "addresses",
        "condemns",
        "attacks",
        "affiliatedWith",
    ]
    labels = [label for _, label in data["actors"]]
    assert labels == sorted(labels, key=str.casefold)
    assert f"Brigade {IMG}" in labels and "Ceasefire" not in labels
    store = store_of(conflict_extraction(hostile=True), conflict_extraction("005_y"))
    data = data_of(page_of(store, tmp_path, "two.html"))
    assert {a["src"] for a in data["articles"].values()} == {"example.org", "(no URL)"}


# safety ----------------------------------------------------------------------


EXTERNAL = re.compile(
    r"<(?:script|link|img|iframe|source|embed|object)\b[^>]*?\b(?:src|href|data)\s*=\s*"
    r"[\"']?\s*(?:https?:)?//",
    re.IGNORECASE,
)


def test_page_loads_nothing_from_other_hosts(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    page = page_of(hostile_store, tmp_path)
    assert EXTERNAL.findall(page) == []
    assert kg.viz.external_references(page) == []
    assert re.findall(r"<link\b", page) == []
    assert re.findall(r"<script\b[^>]*\bsrc\s*=", page) == []
    assert re.findall(r"<img\b", page) == []
    assert "bootstrap" not in page.lower()
    assert "sourceMappingURL" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "connect-src 'none'" in page
    # standards mode (Prettier writes the doctype in lower case, as HTML allows)
    assert page.lower().startswith("<!doctype html>")
    # vis-network is inlined
    assert "vis-network" in page and "@version 9.1.2" in page


def test_hostile_text_appears_only_escaped(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    page = page_of(hostile_store, tmp_path)
    for raw in XSS:
        assert raw not in page
    # the JSON writes < > & as escapes, so no string can end its element ...
    assert r"\u003cscript\u003ealert(1)\u003c/script\u003e" in page
    empty = page_of(KGStore(), tmp_path, "empty.html")
    assert page.count("</script") == empty.count("</script")
    # ... and it decodes to the text exactly as the article wrote it
    data = data_of(page)
    texts = [fact_text(data, i) for i in range(len(data["facts"]))]
    assert any(HOSTILE_CALL_SENTENCE in t for t in texts)
    assert any(HOSTILE_CONDEMN_SENTENCE in t for t in texts)
    assert data["articles"]["004_x"]["t"] == HOSTILE_TITLE
    labels = {n["id"]: n["label"] for n in view(page, "actors")["nodes"]}
    assert labels[str(iri.actor_iri("evil"))] == f"Brigade {IMG}"
    # the page's own script puts strings into the DOM as text only
    script = SCRIPT_JS
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"):
        assert sink not in script
    assert "eval(" not in script and "new Function" not in script
    # the header is the only markup made here from data: escaped
    header = page.split('<nav id="kg-tabs"')[0]
    assert "<script" not in header.split("<body>")[1]


def test_only_web_urls_become_links() -> None:
    # the panel links an article URL only when it is http(s)
    assert 'u.protocol === "http:" || u.protocol === "https:"' in SCRIPT_JS
    assert 'link.rel = "noopener noreferrer"' in SCRIPT_JS


# layout, physics, size -----------------------------------------------------------


def test_two_writes_are_byte_identical(hostile_store: KGStore, tmp_path: Path) -> None:
    first = write_page(hostile_store, tmp_path / "a" / "one.html").read_bytes()
    second = write_page(hostile_store, tmp_path / "b" / "two.html").read_bytes()
    assert first == second
    rebuilt = store_of(conflict_extraction(hostile=True))
    assert write_page(rebuilt, tmp_path / "c" / "three.html").read_bytes() == first
    for figure in ("casualties-over-time.svg", "calls-per-actor.png"):
        assert (tmp_path / "a" / figure).read_bytes() == (
            tmp_path / "c" / figure
        ).read_bytes()


def test_small_views_run_bounded_physics_then_stop(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    page = page_of(hostile_store, tmp_path)
    for name in ("actors", "events"):
        spec = view(page, name)
        physics = spec["options"]["physics"]
        assert spec["physics"] is True
        assert physics["enabled"] is True
        assert physics["stabilization"]["enabled"] is True
        assert 0 < physics["stabilization"]["iterations"] <= 1000
        assert spec["options"]["layout"]["randomSeed"] == 42
    # the page turns physics off once stabilised, and only then says it is ready
    script = SCRIPT_JS
    assert 'network.once("stabilizationIterationsDone"' in script
    assert "network.setOptions({ physics: false })" in script


def test_physics_can_be_turned_off(hostile_store: KGStore, tmp_path: Path) -> None:
    page = page_of(hostile_store, tmp_path, physics=False)
    for name in ("actors", "events"):
        assert view(page, name)["options"]["physics"]["enabled"] is False
        assert view(page, name)["physics"] is False


def test_physics_is_off_above_the_limit(tmp_path: Path) -> None:
    store = synthetic_store(actors=PHYSICS_LIMIT + 10, events=PHYSICS_LIMIT + 10)
    page = page_of(store, tmp_path)
    actors = view(page, "actors")
    assert len(actors["nodes"]) == PHYSICS_LIMIT + 10
    assert actors["options"]["physics"]["enabled"] is False
    positions = {(n["x"], n["y"]) for n in actors["nodes"]}
    assert len(positions) > 0.95 * len(actors["nodes"])  # precomputed, spread out
    assert all("label" not in e for e in actors["edges"])  # too many to label


def test_large_layout_is_deterministic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the grid layout networkx.spring_layout hands over to past SPRING_LIMIT
    monkeypatch.setattr(kg.page.layout, "SPRING_LIMIT", 10)
    store = synthetic_store(actors=40, events=60)
    first = page_of(store, tmp_path, "one.html")
    assert first == page_of(store, tmp_path, "two.html")
    nodes = view(first, "events")["nodes"]
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)


def test_big_views_fold_into_one_node_per_type(tmp_path: Path) -> None:
    store = synthetic_store(actors=30, events=90)
    full = page_of(store, tmp_path, "full.html", max_nodes=500)
    # 9 articles, 90 events, 30 actors
    assert len(view(full, "events")["nodes"]) == 129
    assert view(full, "events")["folded"] == 0
    page = page_of(store, tmp_path, "folded.html", max_nodes=60)
    events = view(page, "events")
    assert len(events["nodes"]) <= 60
    folded = [n for n in events["nodes"] if n.get("folded")]
    assert {n["kind"] for n in folded} == {"Condemnation"}
    [group] = folded
    assert group["id"] == "folded:Condemnation"
    assert group["label"] == f"{group['folded']} more: Condemnation"
    assert group["shapeProperties"] == {"borderDashes": [6, 4]}
    assert events["folded"] == group["folded"] == 129 - (len(events["nodes"]) - 1)
    # every fact is still reachable, from a drawn event or the folded node
    facts = {i for n in events["nodes"] for i in n.get("f", ())}
    assert facts == set(range(90))
    ids = {n["id"] for n in events["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in events["edges"])
    merged = [e for e in events["edges"] if e.get("n", 1) > 1]
    assert merged and all(group["id"] in (e["from"], e["to"]) for e in merged)
    assert "Folded: this view has 129 nodes" in " ".join(events["notes"])
    # the actor network (30 nodes) is small enough to stay whole
    assert view(page, "actors")["folded"] == 0


def test_parallel_edges_get_distinct_curves(tmp_path: Path) -> None:
    ex = Extraction(
        Article("p", "t", "t"),
        (
            Event(
                EventKind.CONDEMNATION,
                evidence("p", 0, "a", "c.v1"),
                agent=TURKEY,
                targets=(SYRIA,),
            ),
            Event(
                EventKind.CONDEMNATION,
                evidence("p", 10, "b", "c.v1"),
                agent=SYRIA,
                targets=(TURKEY,),
            ),
            Event(
                EventKind.CALL,
                evidence("p", 20, "c"),
                agent=TURKEY,
                addressees=(SYRIA,),
            ),
            Event(
                EventKind.CALL, evidence("p", 30, "d"), agent=NATO, addressees=(RUSSIA,)
            ),
        ),
        (),
        (TURKEY, SYRIA, NATO, RUSSIA),
    )
    edges = view(page_of(store_of(ex), tmp_path), "actors")["edges"]
    curves = {(e["from"][-6:], e["rel"], e["to"][-6:]): e.get("smooth") for e in edges}
    # opposite directions already bend apart; one direction twice needs two curves
    assert curves == {
        ("turkey", "addresses", "/syria"): {
            "enabled": True,
            "type": "curvedCW",
            "roundness": 0.15,
        },
        ("turkey", "condemns", "/syria"): {
            "enabled": True,
            "type": "curvedCW",
            "roundness": 0.3,
        },
        ("/syria", "condemns", "turkey"): {
            "enabled": True,
            "type": "curvedCW",
            "roundness": 0.15,
        },
        ("r/nato", "addresses", "russia"): None,
    }


def test_legend_names_every_kind_and_relation_drawn(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    page = page_of(hostile_store, tmp_path)
    for name in ("actors", "events"):
        spec = view(page, name)
        legend = spec["legend"]
        assert {k for k, *_ in legend["nodes"]} == {n["kind"] for n in spec["nodes"]}
        assert {r for r, *_ in legend["edges"]} == {e["rel"] for e in spec["edges"]}
        for kind, words, colour, shape in legend["nodes"]:
            assert NODE_STYLES[kind] == kg.viz.NodeStyle(colour, shape, words)


def test_empty_graph_writes_a_page_that_says_so(tmp_path: Path) -> None:
    path = write_page(KGStore(), tmp_path / "out" / "empty.html")
    page = path.read_text(encoding="utf-8")
    assert "Nothing to show" in page
    for name in ("actors", "events"):
        assert view(page, name)["nodes"] == view(page, name)["edges"] == []
        assert view(page, name)["physics"] is False
    assert page.rstrip().endswith("</html>")
    # the figures say so too
    assert (tmp_path / "out" / "calls-per-actor.svg").exists()


def test_page_links_its_figures(hostile_store: KGStore, tmp_path: Path) -> None:
    page = write_page(hostile_store, tmp_path / "p" / "g.html").read_text()
    for name in (
        "casualties-over-time.png",
        "casualties-over-time.svg",
        "calls-per-actor.png",
        "calls-per-actor.svg",
    ):
        assert f'<a href="{name}">' in page
        assert (tmp_path / "p" / name).stat().st_size > 1000
    bare = write_page(hostile_store, tmp_path / "q" / "g.html", plots=False)
    assert 'id="kg-plots"' not in bare.read_text()
    assert sorted(p.name for p in (tmp_path / "q").iterdir()) == ["g.html"]


# kg viz --query --------------------------------------------------------------------

CONSTRUCT = """PREFIX kg: <https://w3id.org/newskg/ontology#>
CONSTRUCT { ?call kg:agent ?who ; kg:demand ?what ; kg:quote ?q }
WHERE { ?call a kg:CallFor ; kg:agent ?who ; kg:demand ?what .
        OPTIONAL { ?call kg:quote ?q } }"""
SELECT = """# who condemns whom, as triples
PREFIX kg: <https://w3id.org/newskg/ontology#>
SELECT ?s ?p ?o WHERE {
  { ?s kg:condemns ?o } UNION { ?s kg:condemns ?o }  # every row twice
  BIND (kg:condemns AS ?p)
}
ORDER BY ?s ?p ?o"""


def test_query_view_draws_a_construct(hostile_store: KGStore, tmp_path: Path) -> None:
    q = SavedQuery("calls", "Calls and what they demand", CONSTRUCT)
    page = page_of(hostile_store, tmp_path, query=q)
    data = data_of(page)
    assert [v["name"] for v in data["views"]] == ["query"]
    spec = view(page, "query")
    kinds = Counter(n["kind"] for n in spec["nodes"])
    assert kinds == {"CallFor": 1, "Organization": 1, "Demand": 2, "Literal": 1}
    # the call node keeps its evidence; the quote is a value, shown as text
    [call] = [n for n in spec["nodes"] if n["kind"] == "CallFor"]
    assert data["facts"][call["f"][0]]["s"] == HOSTILE_CALL_SENTENCE
    [quote] = [n for n in spec["nodes"] if n["kind"] == "Literal"]
    assert quote["label"] == f"We urge {IMG}"
    assert Counter(e["label"] for e in spec["edges"]) == {
        "agent": 1,
        "demand": 2,
        "quote": 1,
    }
    assert {e["color"] for e in spec["edges"] if e["label"] == "agent"} == {
        EDGE_STYLES["agent"].colour
    }
    assert "Query calls: 4 triples" in spec["notes"][0]


def test_query_view_draws_select_rows_as_triples(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    q = SavedQuery("(inline)", "", SELECT)
    spec = view(page_of(hostile_store, tmp_path, query=q), "query")
    turkey = str(iri.actor_iri("turkey"))
    assert sorted((e["from"], e["rel"], e["to"]) for e in spec["edges"]) == [
        (turkey, str(KG.condemns), str(iri.actor_iri("evil"))),
        (turkey, str(KG.condemns), str(iri.actor_iri("syria"))),
    ]
    assert {e["color"] for e in spec["edges"]} == {RELATIONS["condemns"].colour}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ASK { ?s ?p ?o }", "a CONSTRUCT, or a SELECT with ?s ?p ?o rows"),
        (
            "SELECT ?a ?b WHERE { ?a ?x ?b }",
            "needs ?s ?p ?o (or exactly three) columns, not ?a ?b",
        ),
        ("SELECT ?s ?p ?o WHERE { ?s ?p }", "query 'broken' failed"),
    ],
    ids=["ask", "two-columns", "syntax"],
)
def test_query_view_rejects_what_is_not_triples(
    hostile_store: KGStore, tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(QueryError, match=re.escape(message)):
        write_page(
            hostile_store, tmp_path / "g.html", query=SavedQuery("broken", "", text)
        )


# the command ----------------------------------------------------------------------


def test_viz_command_draws_a_query_and_folds(tmp_path: Path) -> None:
    out = disk_build(
        tmp_path / "built",
        conflict_extraction(hostile=True),
        conflict_extraction("005_y"),
    )
    runner = CliRunner()
    result = runner.invoke(
        app, ["viz", "--out", str(out), "-q", SELECT, "-o", str(tmp_path / "q.html")]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"HTML: {tmp_path / 'q.html'}"]
    assert [v["name"] for v in data_of((tmp_path / "q.html").read_text())["views"]] == [
        "query"
    ]
    result = runner.invoke(
        app,
        [
            "viz",
            "--out",
            str(out),
            "--max-nodes",
            "16",
            "--no-plots",
            "-o",
            str(tmp_path / "f" / "f.html"),
        ],
    )
    assert result.exit_code == 0, result.output
    events = view((tmp_path / "f" / "f.html").read_text(), "events")
    assert len(events["nodes"]) <= 16 and events["folded"] > 0
    assert sorted(p.name for p in (tmp_path / "f").iterdir()) == ["f.html"]
    assert (tmp_path / "calls-per-actor.png").exists()  # beside q.html
    result = runner.invoke(app, ["viz", "--out", str(out), "-q", "ASK {}"])
    assert result.exit_code == 1
    assert "error: query '(inline)' failed: kg viz draws a CONSTRUCT" in result.stderr
    assert "--query" in runner.invoke(app, ["viz", "--help"]).stdout
    # fewer than one node per kind cannot be drawn
    result = runner.invoke(app, ["viz", "--out", str(out), "--max-nodes", "5"])
    assert result.exit_code == 2


def test_max_nodes_must_leave_room_for_one_node_per_kind(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="has 12 kinds of node"):
        write_page(hostile_store, tmp_path / "g.html", max_nodes=11, plots=False)


# agreements, meetings, threats, support, territory; publishers and credits ---------

REUTERS = ActorRef("reuters", "Reuters", ActorKind.ORGANIZATION)
FAMILY_SENTENCES = (
    "Russia and Turkey signed a ceasefire brokered by NATO.",
    "Syria asked for talks between Russia and Turkey.",
    "Turkey vowed to retaliate against Syria.",
    "NATO expressed solidarity with Turkey.",
    "Syrian forces captured Saraqib, Reuters reported.",
)


def families_extraction() -> Extraction:
    """One fact of each family the page draws beside calls and attacks, from an
    article with a publisher and no URL; the last credited to Reuters."""
    text = " ".join(FAMILY_SENTENCES)
    at = [text.index(s) for s in FAMILY_SENTENCES]
    ev = [
        evidence("fam", a, s, "families.v1")
        for a, s in zip(at, FAMILY_SENTENCES, strict=True)
    ]
    return Extraction(
        Article(
            "fam", text, text, title="Talks and threats", publisher="Levant Herald"
        ),
        (
            Event(
                EventKind.AGREEMENT,
                ev[0],
                participants=(RUSSIA, TURKEY),
                brokers=(NATO,),
                kind_text="ceasefire",
                status="Agreed",
            ),
            Event(
                EventKind.MEETING,
                ev[1],
                participants=(RUSSIA, TURKEY),
                brokers=(SYRIA,),
                status="Planned",
            ),
            Event(EventKind.THREAT, ev[2], agent=TURKEY, targets=(SYRIA,)),
            Event(EventKind.SUPPORT, ev[3], agent=NATO, targets=(TURKEY,)),
            Event(
                EventKind.TERRITORY,
                ev[4],
                agent=SYRIA,
                place="Saraqib",
                cue="capture",
                reported_by=(REUTERS,),
            ),
        ),
        (),
        (NATO, RUSSIA, SYRIA, TURKEY, REUTERS),
    )


def test_agreements_meetings_threats_and_territory_are_edges(tmp_path: Path) -> None:
    page = page_of(store_of(families_extraction()), tmp_path)
    actors = view(page, "actors")
    name = {n["id"]: n["label"] for n in actors["nodes"]}
    edges = {
        (name[e["from"]], e["rel"], name[e["to"]]): e.get("arrows")
        for e in actors["edges"]
    }
    plain = {"to": {"enabled": False}}
    assert edges == {
        # parties and participants without an arrow; broker and asker with one
        ("Russia", "agreement", "Turkey"): plain,
        ("NATO", "agreement", "Russia"): None,
        ("NATO", "agreement", "Turkey"): None,
        ("Russia", "meeting", "Turkey"): plain,
        ("Syria", "meeting", "Russia"): None,
        ("Syria", "meeting", "Turkey"): None,
        ("Turkey", "threatens", "Syria"): None,
        ("NATO", "supports", "Turkey"): None,
        ("Syria", "territory", "Saraqib"): None,
    }
    [place] = [n for n in actors["nodes"] if n["label"] == "Saraqib"]
    assert place["kind"] == "Place"
    for edge in actors["edges"]:
        assert edge["color"] == RELATIONS[edge["rel"]].colour
    legend = [rel for rel, *_ in actors["legend"]["edges"]]
    assert legend == ["threatens", "territory", "supports", "agreement", "meeting"]
    data = data_of(page)
    assert [r[0] for r in data["relations"]] == legend
    # the event view draws each event with the roles it has
    events = view(page, "events")
    assert Counter(n["kind"] for n in events["nodes"] if n.get("f")) == {
        "Agreement": 1,
        "Meeting": 1,
        "Threat": 1,
        "Support": 1,
        "TerritorialChange": 1,
    }
    assert Counter(e["rel"] for e in events["edges"]) == {
        "reports": 5,
        "party": 2,
        "broker": 1,
        "participant": 2,
        "requester": 1,
        "agent": 3,
        "target": 2,
        "place": 1,
    }
    for edge in events["edges"]:
        assert edge["color"] == EDGE_STYLES[edge["rel"]].colour
    labels = {n["kind"]: n["label"] for n in events["nodes"] if n.get("f")}
    assert labels["Agreement"] == "Agreement: ceasefire"
    assert labels["TerritorialChange"] == "TerritorialChange: Saraqib (capture)"
    [agreement] = [f for f in data["facts"] if f["k"] == "Agreement"]
    assert agreement["t"] == "Agreement: ceasefire — Russia; Turkey"
    assert agreement["s"] == FAMILY_SENTENCES[0]
    for row in (["Party", "Russia; Turkey"], ["Brokered by", "NATO"]):
        assert row in agreement["rows"]
    assert ["Status", "agreed"] in agreement["rows"]
    [meeting] = [f for f in data["facts"] if f["k"] == "Meeting"]
    assert ["Requested by", "Syria"] in meeting["rows"]
    assert ["Status", "planned"] in meeting["rows"]
    assert meeting["x"] == sorted(
        str(iri.actor_iri(k)) for k in ("russia", "syria", "turkey")
    )


def test_sources_are_publishers_and_credited_actors(tmp_path: Path) -> None:
    store = store_of(families_extraction(), conflict_extraction("005_y"))
    data = data_of(page_of(store, tmp_path))
    # a publisher stands for its article, URL or none; no URL nor publisher says so
    assert {k: a["src"] for k, a in data["articles"].items()} == {
        "fam": "Levant Herald",
        "005_y": "(no URL)",
    }
    reuters = str(iri.actor_iri("reuters"))
    assert data["sources"] == {
        "none": "(no URL)",
        "published": ["(no URL)", "Levant Herald"],
        "credited": [[reuters, "Reuters"]],
    }
    [credited] = [f for f in data["facts"] if "by" in f]
    assert credited["k"] == "TerritorialChange" and credited["by"] == [reuters]
    assert ["Reported by", "Reuters"] in credited["rows"]


def test_folded_views_keep_what_they_fold(tmp_path: Path) -> None:
    store = synthetic_store(actors=30, events=90)
    whole = view(page_of(store, tmp_path, "whole.html", max_nodes=500), "events")
    folded = view(page_of(store, tmp_path, "folded.html", max_nodes=60), "events")
    assert whole["groups"] == {} and whole["foldedEdges"] == []
    [(group, members)] = folded["groups"].items()
    [node] = [n for n in folded["nodes"] if n["id"] == group]
    assert node["folded"] == len(members)
    kept = {n["id"] for n in folded["nodes"]} - {group}
    ids = {m["id"] for m in members}
    assert not kept & ids
    assert kept | ids == {n["id"] for n in whole["nodes"]}
    # members come as drawn unfolded, but for their place
    by_id = {n["id"]: n for n in whole["nodes"]}
    for member in members:
        assert "x" not in member
        assert member == {k: v for k, v in by_id[member["id"]].items() if k not in "xy"}

    def key(e: dict[str, Any]) -> tuple[str, str, str]:
        return (e["from"], e["rel"], e["to"])

    # the edges that touched a member, as they were
    touching = [e for e in whole["edges"] if e["from"] in ids or e["to"] in ids]
    assert sorted(map(key, folded["foldedEdges"])) == sorted(map(key, touching))


def test_csp_allows_only_the_page_scripts(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    page = page_of(hostile_store, tmp_path)
    [csp] = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    script_src = next(p for p in csp.split(";") if p.strip().startswith("script-src"))
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2  # vis-network and page.js; the data is not run
    digests = sorted(
        base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts
    )
    assert sorted(re.findall(r"'sha256-([^']+)'", script_src)) == digests
    assert "unsafe" not in script_src
    assert scripts[1] == SCRIPT_JS


# where the page's code lives ------------------------------------------------------

#: markers of HTML, CSS or JavaScript written into Python source
MARKUP_MARKERS = {
    "a script tag": re.compile(r"<script\b", re.I),
    "a style tag": re.compile(r"<style\b", re.I),
    "an HTML document": re.compile(
        r"<!doctype\b|<(?:html|head|body|div|aside)\b", re.I
    ),
    "a JavaScript function": re.compile(r"\bfunction\s*\("),
    "a JavaScript arrow function": re.compile(r"=>"),
    "a CSS rule": re.compile(
        r"(?m)^\s*[#.A-Za-z][\w\-#.:\[\]=\"' >+~*,()]*\{\s*[a-z-]+\s*:[^;{}\n]+;"
    ),
}
#: the one line allowed to hold a marker: kg.serve finds its page's inline
#: scripts to hash them for its Content-Security-Policy; it writes none
MARKUP_ALLOWED = {
    (
        "kg/serve.py",
        'for code in re.findall(r"<script>(.*?)</script>", page, re.DOTALL)',
    ),
}


def markup_in(text: str) -> list[tuple[int, str, str]]:
    """(line number, marker, line) for every marker of markup in Python source."""
    found = []
    for what, marker in MARKUP_MARKERS.items():
        for m in marker.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            found.append((line, what, text.splitlines()[line - 1].strip()))
    return sorted(found)


@pytest.mark.parametrize(
    "source",
    [
        '_SCRIPT = r"""\n(function () {\n  "use strict";\n})();\n"""',
        "_JS = 'const f = (x) => x + 1;'",
        "page = '<script>' + code + '</script>'",
        "CSS = '<style>body { margin: 0 }</style>'",
        '_STYLE = """\nbody { font-family: system-ui, sans-serif; margin: 0.5em; }\n"""',
        '_STYLE = """\n#kg-tabs button { font: inherit; padding: 0.2em; }\n"""',
        'HEAD = "<!DOCTYPE html>\\n<html lang=en>"',
        "ASIDE = '<aside id=\"kg-side\">'",
    ],
)
def test_the_markup_check_finds_markup(source: str) -> None:
    assert markup_in(source)


def test_the_markup_check_passes_python() -> None:
    python = (Path(__file__).parent.parent / "kg" / "page" / "data.py").read_text()
    assert markup_in(python) == []
    assert markup_in('x = {"a": 1}\nstyle = {n: 1 for n in y}\nf"{n:,} nodes"') == []


def test_no_markup_or_script_in_python_under_kg() -> None:
    root = Path(__file__).parent.parent
    found = [
        (str(path.relative_to(root)), line, what, text)
        for path in sorted((root / "kg").rglob("*.py"))
        for line, what, text in markup_in(path.read_text(encoding="utf-8"))
        if (str(path.relative_to(root)), text) not in MARKUP_ALLOWED
    ]
    assert found == [], "HTML, CSS and JavaScript belong in kg/page/static/"


def test_the_page_files_ship_with_the_package() -> None:
    from importlib.resources import files

    static = files("kg.page") / "static"
    for name in ("page.html", "page.css", "page.js"):
        assert (static / name).is_file()
    for name in ("page-events.rq", "page-event-roles.rq", "page-sources.rq"):
        text = (files("kg.page") / "sparql" / name).read_text(encoding="utf-8")
        assert text.startswith("#+ summary: ") and "\nORDER BY " in text


def test_big_folded_nodes_say_how_to_draw_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.page.folding, "MAX_EXPAND", 20)
    store = synthetic_store(actors=30, events=90)
    events = view(page_of(store, tmp_path, max_nodes=60), "events")
    [group] = [n for n in events["nodes"] if n.get("folded")]
    assert group["folded"] > 20
    # the page keeps nothing to expand it with, and says what to do instead
    assert events["groups"] == {} and events["foldedEdges"] == []
    assert ["To draw them", "kg viz --max-nodes N, or --query"] in group["info"]["rows"]
    # with small groups beside it, edges to its members stay on its node
    monkeypatch.setattr(kg.page.folding, "MAX_EXPAND", 25)
    events = view(page_of(store, tmp_path, "mixed.html", max_nodes=20), "events")
    assert sorted(events["groups"]) == ["folded:Article", "folded:Country"]
    drawn = {n["id"] for n in events["nodes"]}
    members = {m["id"] for group in events["groups"].values() for m in group}
    ends = {end for e in events["foldedEdges"] for end in (e["from"], e["to"])}
    assert "folded:Condemnation" in ends and ends <= drawn | members
