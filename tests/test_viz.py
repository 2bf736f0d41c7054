"""Tests for kg.viz: the offline graph page.

The page is read back the way a browser gets it: the node, edge and option
JSON are parsed out of the HTML, and every tooltip is parsed as HTML.  Stores
are built in memory from hand-made ``kg.model`` objects.  Browser tests (does
vis-network draw it, do tooltips show) are later work.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import (
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
    evidence,
    store_of,
)

import kg.viz
from kg import iri
from kg.analytics import build_network, pagerank, projection, read_facts
from kg.model import (
    ActorKind,
    ActorRef,
    Article,
    Event,
    EventKind,
    Extraction,
)
from kg.store import KGStore
from kg.viz import EDGE_COLOURS, NODE_STYLES, PHYSICS_LIMIT, write_page

# the shared story (conftest.conflict_extraction) is told here with hostile text:
# the ``hostile_store`` fixture


def synthetic_store(actors: int, events: int) -> KGStore:
    """Condemnations between numbered actors, in a fixed pattern."""
    refs = [
        ActorRef(f"actor-{n:04d}", f"Actor {n}", ActorKind.COUNTRY)
        for n in range(actors)
    ]
    extractions = []
    for a in range(0, events, 10):
        evs = tuple(
            Event(
                EventKind.CONDEMNATION,
                evidence(f"s{a}", 10 * j, f"sentence {j}", "c.v1"),
                agent=refs[j % actors],
                targets=(refs[(3 * j + 1) % actors],),
            )
            for j in range(a, min(a + 10, events))
        )
        extractions.append(Extraction(Article(f"s{a}", "t", "t"), evs, (), tuple(refs)))
    return store_of(*extractions)


# reading the page back -----------------------------------------------------------


def dataset(page: str, name: str) -> Any:
    """The JSON pyvis embeds as ``<name> = new vis.DataSet(...)``."""
    marker = f"{name} = new vis.DataSet("
    value, _ = json.JSONDecoder().raw_decode(page, page.index(marker) + len(marker))
    return value


def options(page: str) -> Any:
    marker = "var options = "
    value, _ = json.JSONDecoder().raw_decode(page, page.index(marker) + len(marker))
    return value


class Markup(HTMLParser):
    """Collects the tags, attributes and text of an HTML fragment."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def page_of(store: KGStore, tmp_path: Path, name: str = "graph.html", **kw: Any) -> str:
    return write_page(store, tmp_path / name, **kw).read_text(encoding="utf-8")


# what is drawn ---------------------------------------------------------------


def test_nodes_are_actors_demands_and_events(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    nodes = dataset(page_of(hostile_store, tmp_path), "nodes")
    assert Counter(n["kind"] for n in nodes) == {
        "Country": 3,
        "Organization": 1,
        "Person": 1,
        "ArmedGroup": 1,
        "Demand": 2,
        "CallFor": 1,
        "Condemnation": 1,
        "Attack": 1,
    }
    for node in nodes:
        style = NODE_STYLES[node["kind"]]
        assert (node["color"], node["shape"]) == (style.colour, style.shape)
        assert isinstance(node["x"], int) and isinstance(node["y"], int)
    labels = {n["kind"]: n["label"] for n in nodes}
    assert labels["CallFor"] == "CallFor: Ceasefire, HumanitarianAccess"
    assert labels["Attack"] == "Attack: 33 killed, 12 wounded"
    # targets in IRI order; cut to 40 characters
    assert labels["Condemnation"] == "Condemnation: Brigade <img src=x onerro…"
    assert [n["id"] for n in nodes] == sorted(n["id"] for n in nodes)


def test_edges_are_roles_affiliations_and_shortcuts(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    edges = dataset(page_of(hostile_store, tmp_path), "edges")
    assert Counter(e["label"] for e in edges) == {
        # call: agent, speaker, 2 addressees, 2 demands; condemnation: agent,
        # 2 targets; attack: perpetrator
        "agent": 2,
        "speaker": 1,
        "addressee": 2,
        "demand": 2,
        "target": 2,
        "perpetrator": 1,
        "affiliatedWith": 1,
        "callsFor": 2,
        "condemns": 2,
    }
    for edge in edges:
        assert edge["color"] == EDGE_COLOURS[edge["relation"]]
        assert edge["arrows"] == "to"
        assert edge.get("dashes", False) == (
            edge["relation"] in ("callsFor", "condemns")
        )
    nato, jens = str(iri.actor_iri("nato")), str(iri.actor_iri("jens-stoltenberg"))
    [affiliation] = [e for e in edges if e["label"] == "affiliatedWith"]
    assert (affiliation["from"], affiliation["to"]) == (jens, nato)
    [perpetrator] = [e for e in edges if e["label"] == "perpetrator"]
    assert perpetrator["from"].endswith("/attack-200-0")
    assert [e["id"] for e in edges] == [f"e{n}" for n in range(len(edges))]


def test_actor_size_follows_pagerank(hostile_store: KGStore, tmp_path: Path) -> None:
    nodes = dataset(page_of(hostile_store, tmp_path), "nodes")
    ranks = pagerank(projection(build_network(read_facts(hostile_store))))
    actors = [n for n in nodes if n["shape"] == "dot"]
    by_rank = sorted(actors, key=lambda n: ranks[n["id"]])
    assert [n["size"] for n in by_rank] == sorted(n["size"] for n in actors)
    assert max(n["size"] for n in actors) == 40
    # rank flows from Jens Stoltenberg to NATO, the organisation he speaks for
    nato = next(n for n in nodes if n["id"] == str(iri.actor_iri("nato")))
    assert nato["size"] == 40


def test_event_tooltip_has_evidence_article_and_hedged_counts(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    nodes = dataset(page_of(hostile_store, tmp_path), "nodes")
    [attack] = [n for n in nodes if n["kind"] == "Attack"]
    text = "".join(Markup(attack["tip"]).text)
    assert ATTACK_SENTENCE in text
    assert "004_x" in text and HOSTILE_TITLE in text
    assert "2020-02-28" in text and URL in text
    assert f"at least 33 killed (Turkish soldiers {SCRIPT})" in text
    assert 'at least 12 wounded ("dozens", up to 99)' in text
    assert "Perpetrator: Syria" in text and "Place: Idlib" in text
    [call] = [n for n in nodes if n["kind"] == "CallFor"]
    text = "".join(Markup(call["tip"]).text)
    assert HOSTILE_CALL_SENTENCE in text
    assert "Addressee: Russia; Syria" in text
    assert f"Quote: We urge {IMG}" in text


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
    assert "bootstrap" not in page.lower()
    assert "cdn.jsdelivr.net" not in page and "cdnjs.cloudflare.com" not in page
    assert "sourceMappingURL" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert page.startswith("<!DOCTYPE html>")


def test_hostile_text_appears_only_escaped(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    page = page_of(hostile_store, tmp_path)
    for raw in XSS:
        assert raw not in page
    # tooltips hold HTML-escaped text, and the JSON escapes < > & again
    assert r"\u0026lt;script\u0026gt;alert(1)\u0026lt;/script\u0026gt;" in page
    assert r"\u0026lt;img src=x onerror=alert(1)\u0026gt;" in page
    assert r"\u0026quot; onmouseover=\u0026quot;x" in page
    # labels are canvas text, never parsed as HTML: only the JSON escapes them
    assert r'"label": "Brigade \u003cimg src=x onerror=alert(1)\u003e"' in page
    assert options(page)["nodes"]["font"].get("multi", False) is False
    assert options(page)["edges"]["font"].get("multi", False) is False
    # article text adds no </script>: the count is the empty page's
    empty = page_of(KGStore(), tmp_path, "empty.html")
    assert page.count("</script") == empty.count("</script")
    nodes, edges = dataset(page, "nodes"), dataset(page, "edges")
    shown = []
    for item in [*nodes, *edges]:
        if "tip" in item:
            markup = Markup(item["tip"])
            assert set(markup.tags) <= {"b", "i", "br", "code"}
            assert markup.attrs == []
            shown.append("".join(markup.text))
    # ... and the tooltips show the text exactly as the article wrote it
    assert any(HOSTILE_CALL_SENTENCE in text for text in shown)
    assert any(HOSTILE_CONDEMN_SENTENCE in text for text in shown)
    assert any(HOSTILE_TITLE in text for text in shown)
    evil = next(n for n in nodes if n["id"] == str(iri.actor_iri("evil")))
    assert evil["label"] == f"Brigade {IMG}"


# layout, physics, size -----------------------------------------------------------


def test_two_writes_are_byte_identical(hostile_store: KGStore, tmp_path: Path) -> None:
    first = write_page(hostile_store, tmp_path / "a" / "one.html").read_bytes()
    second = write_page(hostile_store, tmp_path / "b" / "two.html").read_bytes()
    assert first == second
    rebuilt = store_of(conflict_extraction(hostile=True))
    assert write_page(rebuilt, tmp_path / "three.html").read_bytes() == first


def test_small_graph_runs_bounded_physics_then_stops(
    hostile_store: KGStore, tmp_path: Path
) -> None:
    page = page_of(hostile_store, tmp_path)
    physics = options(page)["physics"]
    assert physics["enabled"] is True
    assert physics["stabilization"]["enabled"] is True
    assert 0 < physics["stabilization"]["iterations"] <= 1000
    assert options(page)["layout"]["randomSeed"] == 42
    # in the script that draws the graph, before vis-network's first timer
    draw = page[page.index("drawGraph();\n") :]
    draw = draw[: draw.index("</script>")]
    assert 'network.once("stabilizationIterationsDone"' in draw
    assert "network.setOptions({physics: false})" in draw


def test_physics_can_be_turned_off(hostile_store: KGStore, tmp_path: Path) -> None:
    page = page_of(hostile_store, tmp_path, physics=False)
    assert options(page)["physics"]["enabled"] is False
    assert "stabilizationIterationsDone" not in page.split("drawGraph();\n")[-1]


def test_physics_is_off_above_the_limit(tmp_path: Path) -> None:
    store = synthetic_store(actors=PHYSICS_LIMIT + 10, events=PHYSICS_LIMIT + 10)
    page = page_of(store, tmp_path)
    nodes = dataset(page, "nodes")
    assert len(nodes) == 2 * (PHYSICS_LIMIT + 10)  # actors and events
    assert options(page)["physics"]["enabled"] is False
    positions = {(n["x"], n["y"]) for n in nodes}
    assert len(positions) > 0.95 * len(nodes)  # precomputed, spread out


def test_large_layout_is_deterministic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the grid layout networkx.spring_layout hands over to past SPRING_LIMIT
    monkeypatch.setattr(kg.viz, "SPRING_LIMIT", 10)
    store = synthetic_store(actors=40, events=60)
    first = page_of(store, tmp_path, "one.html")
    assert first == page_of(store, tmp_path, "two.html")
    nodes = dataset(first, "nodes")
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)


def test_events_fold_into_counted_edges_above_max_nodes(tmp_path: Path) -> None:
    store = synthetic_store(actors=30, events=90)
    full = dataset(page_of(store, tmp_path, "full.html", max_nodes=500), "nodes")
    assert len(full) == 30 + 90
    page = page_of(store, tmp_path, "folded.html", max_nodes=100)
    nodes, edges = dataset(page, "nodes"), dataset(page, "edges")
    assert {n["kind"] for n in nodes} == {"Country"}
    assert len(nodes) == 30
    # one edge per (actor, relation, actor), its label carrying the count
    pairs = Counter((e["from"], e["relation"], e["to"]) for e in edges)
    assert set(pairs.values()) == {1}
    counts = [int(re.fullmatch(r"condemns \((\d+)\)", e["label"])[1]) for e in edges]
    assert sum(counts) == 90
    assert all(e["value"] == c for e, c in zip(edges, counts, strict=True))
    # 90 events over 30 pairs in a cycle of j -> 3j + 1: each pair 3 times
    assert set(counts) == {3}
    assert "Folded view" in page and "120 nodes" in page
    assert "Call for" not in page.split('<ul id="kg-legend">')[1].split("</ul>")[0]


def test_folded_view_leaves_out_actors_with_no_relation(tmp_path: Path) -> None:
    store = synthetic_store(actors=30, events=20)  # actors 20..29 never act
    nodes = dataset(page_of(store, tmp_path, max_nodes=10), "nodes")
    linked = {f"Actor {j % 30}" for j in range(20)} | {
        f"Actor {(3 * j + 1) % 30}" for j in range(20)
    }
    assert {n["label"] for n in nodes} == linked


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
    edges = dataset(page_of(store_of(ex), tmp_path, max_nodes=1), "edges")
    curves = {
        (e["from"][-6:], e["relation"], e["to"][-6:]): e.get("smooth") for e in edges
    }
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


def test_legend_names_every_node_colour(hostile_store: KGStore, tmp_path: Path) -> None:
    page = page_of(hostile_store, tmp_path)
    legend = page.split('<ul id="kg-legend">')[1].split("</ul>")[0]
    for style in NODE_STYLES.values():
        assert f'style="background:{style.colour}"></span>{style.legend}</li>' in legend


def test_empty_graph_writes_a_page_that_says_so(tmp_path: Path) -> None:
    path = write_page(KGStore(), tmp_path / "out" / "empty.html")
    page = path.read_text(encoding="utf-8")
    assert "Nothing to show" in page
    assert dataset(page, "nodes") == [] and dataset(page, "edges") == []
    assert options(page)["physics"]["enabled"] is False
    assert page.rstrip().endswith("</html>")
