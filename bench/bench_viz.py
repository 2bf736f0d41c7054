"""Benchmark: the graph page at 100 to 20,000 nodes, written and in the browser.

For each size, builds a synthetic in-memory store whose full graph (what the
event view would draw unfolded: articles, events, affiliations, casualty
counts, actors, demands and places) has about that many nodes, then reports:

* ``write s``: :func:`kg.viz.write_page` without the figures, and ``plots s``
  for :func:`kg.plots.write_plots` on the same store;
* ``MB``: the size of the page;
* ``drawn``: nodes in the actor network and the event view after folding
  (default limit 1,500 nodes per view);
* ``ready s``: in headless Chromium, from navigation start until the page is
  interactive (``kg.readyAt``: vis-network has drawn the first view after
  physics, if any, stabilised and stopped); ``events s``: switching to the
  event view until it is drawn; ``search ms``: the search box finding and
  focusing a node.

Rows marked ``unfolded`` draw every node (``max_nodes`` above the size), to
show what the browser does without folding.  Browser runs are sequential.
Run by hand::

    .venv/bin/python bench/bench_viz.py [--sizes 100 1000 5000 20000] [--runs 3]

``--screenshot docs/graph-page.png`` instead builds the seed articles and
saves the README's picture: the actor network after two clicks, on the
Ceasefire demand and on NATO's call for it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kg import iri
from kg.gazetteer import Gazetteer
from kg.model import (
    ActorKind,
    ActorRef,
    Affiliation,
    Amount,
    Article,
    Casualty,
    CasualtyType,
    Event,
    EventKind,
    Evidence,
    Extraction,
    Qualifier,
)
from kg.rdf import extraction_triples
from kg.store import KGStore

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DEMANDS = (
    "Ceasefire",
    "HumanitarianAccess",
    "ProtectionOfCivilians",
    "EndOfOffensive",
    "DeEscalation",
    "PoliticalSolution",
)
HOSTS = [f"news{n}.example.org" for n in range(8)]
KINDS = [ActorKind.COUNTRY, ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP]
# nodes one synthetic article adds to the full graph: the article, 3 calls,
# 2 condemnations, an attack with 2 casualty counts, a show of support and an
# affiliation
PER_ARTICLE = 11


def synthetic_store(nodes: int, seed: int = 42) -> tuple[KGStore, int]:
    """A store whose full graph has about ``nodes`` nodes; (store, exact count)."""
    rng = random.Random(seed)
    actors_n = max(8, nodes // 12)
    places_n = max(3, nodes // 300)
    articles_n = max(1, (nodes - actors_n - places_n - len(DEMANDS)) // PER_ARTICLE)
    actors = [
        ActorRef(f"actor-{n:05d}", f"Actor {n}", KINDS[n % len(KINDS)])
        for n in range(actors_n)
    ]
    people = [
        ActorRef(f"person-{n:05d}", f"Person {n}", ActorKind.PERSON)
        for n in range(max(2, actors_n // 4))
    ]
    # a few actors are much busier than the rest, as in the news
    weights = [1.0 / (1 + n) ** 0.8 for n in range(actors_n)]

    def pick() -> ActorRef:
        return rng.choices(actors, weights)[0]

    store = KGStore()
    gazetteer = Gazetteer([])
    batch = []
    start = dt.date(2020, 1, 1)
    for a in range(articles_n):
        art = f"syn-{a:05d}"
        offsets = iter(range(100, 10_000, 100))

        def ev(rule: str, art: str = art, offsets: Iterator[int] = offsets) -> Evidence:
            pos = next(offsets)
            text = f"Sentence {pos} of article {art}, read by {rule}."
            return Evidence(art, pos, pos + len(text), text, rule)

        events = []
        for _ in range(3):
            events.append(
                Event(
                    EventKind.CALL,
                    ev("calls.v1"),
                    agent=pick(),
                    addressees=(pick(),),
                    demands=(rng.choice(DEMANDS),),
                )
            )
        for _ in range(2):
            events.append(
                Event(
                    EventKind.CONDEMNATION,
                    ev("condemnations.v1"),
                    agent=pick(),
                    targets=(pick(),),
                )
            )
        attack_ev = ev("casualties.v1")
        events.append(
            Event(
                EventKind.ATTACK,
                attack_ev,
                agent=pick(),
                place=f"Place {rng.randrange(places_n)}",
                casualties=(
                    Casualty(
                        CasualtyType.KILLED,
                        Amount(rng.randint(1, 200), Qualifier.AT_LEAST),
                        attack_ev,
                        "civilians",
                    ),
                    Casualty(
                        CasualtyType.WOUNDED, Amount(rng.randint(1, 500)), attack_ev
                    ),
                ),
            )
        )
        events.append(
            Event(EventKind.SUPPORT, ev("support.v1"), agent=pick(), targets=(pick(),))
        )
        person = rng.choice(people)
        affiliation = Affiliation(person, pick(), ev("affiliations.v1"), role="envoy")
        article = Article(
            art,
            "text",
            "text",
            title=f"Synthetic article {a}",
            url=f"https://{HOSTS[a % len(HOSTS)]}/{art}",
            date=start + dt.timedelta(days=a % 365) if a % 10 else None,
        )
        involved = {x for e in events for x in (e.agent, *e.addressees, *e.targets)}
        named = tuple(sorted({x for x in involved if x} | {person}, key=str))
        ex = Extraction(article, tuple(events), (affiliation,), named)
        batch.append(
            (
                iri.article_iri(art),
                iri.graph_iri(art),
                "sig",
                list(extraction_triples(ex, gazetteer)),
            )
        )
        if len(batch) == 200:
            store.replace_articles(batch)
            batch = []
    if batch:
        store.replace_articles(batch)
    from kg.analytics import read_facts

    facts = read_facts(store)
    places = {e.place_iri for e in facts.events if e.place_iri}
    roles = {n for e in facts.events for _, n in e.roles}
    stated = [a for a in facts.affiliations if a.iri]
    roles |= {n for a in stated for n in (a.person, a.org)}
    full = (
        len(facts.articles)
        + len(facts.events)
        + len(stated)
        + sum(len(e.casualties) for e in facts.events)
        + len(roles)
        + len(places)
    )
    return store, full


@contextmanager
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            args=ARGS,
            headless=True,
            viewport={"width": 1400, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()


def in_browser(context: Any, page_path: Path) -> dict[str, float]:
    """Seconds to interactive, to the event view, and ms for a search."""
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(page_path.as_uri(), timeout=120_000)
    tab.wait_for_function("() => window.kg && kg.ready", timeout=120_000)
    ready = tab.evaluate("() => kg.readyAt") / 1000
    started = time.perf_counter()
    tab.click("#kg-tabs button[data-view=events]")
    tab.wait_for_function(
        "() => kg.views.events && kg.views.events.ready", timeout=120_000
    )
    events = time.perf_counter() - started
    search = tab.evaluate(
        """() => {
            const t = performance.now();
            kg.search("Actor 1");
            return performance.now() - t;
        }"""
    )
    tab.close()
    if errors:
        raise RuntimeError(f"{page_path}: {errors[0]}")
    return {"ready": ready, "events": events, "search": search}


def bench(sizes: list[int], runs: int) -> None:
    from kg.plots import write_plots
    from kg.viz import page_data, write_page

    header = (
        f"{'nodes':>7} {'variant':>9} {'write s':>8} {'plots s':>8} {'MB':>6} "
        f"{'drawn (actors/events)':>22} {'ready s':>8} {'events s':>9} "
        f"{'search ms':>10}"
    )
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as tmp, chromium() as context:
        for size in sizes:
            store, full = synthetic_store(size)
            variants = [("default", 1500)]
            if size == 5000:
                variants.append(("unfolded", 10 * size))
            for name, limit in variants:
                page = Path(tmp) / f"graph-{size}-{name}.html"
                started = time.perf_counter()
                write_page(store, page, max_nodes=limit, plots=False)
                write_s = time.perf_counter() - started
                plots_s = float("nan")
                if name == "default":
                    started = time.perf_counter()
                    write_plots(store, Path(tmp) / f"plots-{size}")
                    plots_s = time.perf_counter() - started
                data = page_data(store, max_nodes=limit)
                drawn = "/".join(f"{len(v['nodes']):,}" for v in data["views"])
                results = [in_browser(context, page) for _ in range(runs)]
                med = {k: statistics.median(r[k] for r in results) for k in results[0]}
                print(
                    f"{full:>7,} {name:>9} {write_s:>8.2f} {plots_s:>8.2f} "
                    f"{page.stat().st_size / 1e6:>6.2f} {drawn:>22} "
                    f"{med['ready']:>8.2f} {med['events']:>9.2f} "
                    f"{med['search']:>10.1f}",
                    flush=True,
                )


def screenshot(path: Path) -> None:
    """Build the seeds; click Ceasefire, then NATO's call for it; save the page."""
    from kg.build import build

    with tempfile.TemporaryDirectory() as tmp, chromium() as context:
        out = Path(tmp) / "seed"
        build([ROOT / "seeds"], out=out, html=True)
        tab = context.new_page()
        tab.set_viewport_size({"width": 1280, "height": 760})
        tab.goto((out / "graph.html").as_uri())
        tab.wait_for_function("() => window.kg && kg.ready")
        ceasefire = "https://w3id.org/newskg/ontology#Ceasefire"
        nato = "https://w3id.org/newskg/resource/actor/nato"
        # click 1: the Ceasefire demand node
        x, y = tab.evaluate(
            """(id) => {
                const v = kg.views.actors, pos = v.network.getPositions([id])[id];
                const dom = v.network.canvasToDOM(pos);
                const box = v.box.getBoundingClientRect();
                return [box.left + dom.x, box.top + dom.y];
            }""",
            ceasefire,
        )
        tab.mouse.click(x, y)
        tab.wait_for_function("(id) => kg.selected === id", arg=ceasefire)
        # a reader's scroll wheel: zoom in around the node
        tab.mouse.move(x, y)
        for _ in range(4):
            tab.mouse.wheel(0, -120)
            tab.wait_for_timeout(100)
        # click 2: a point of NATO's "calls for" edge that no node covers
        x, y = tab.evaluate(
            """([a, b]) => {
                const v = kg.views.actors, net = v.network;
                const edge = v.edges.get({
                    filter: (e) => e.from === a && e.to === b,
                })[0];
                const pos = net.getPositions([a, b]);
                const box = v.box.getBoundingClientRect();
                for (let t = 0.5; t > 0.1; t -= 0.05) {
                    for (const s of [t, 1 - t]) {
                        const dom = net.canvasToDOM({
                            x: pos[a].x + s * (pos[b].x - pos[a].x),
                            y: pos[a].y + s * (pos[b].y - pos[a].y),
                        });
                        if (net.getNodeAt(dom) === undefined &&
                            net.getEdgeAt(dom) === edge.id) {
                            return [box.left + dom.x, box.top + dom.y];
                        }
                    }
                }
                throw new Error("no free point on the edge");
            }""",
            [nato, ceasefire],
        )
        tab.mouse.click(x, y)
        tab.wait_for_timeout(300)
        text = tab.evaluate("() => document.getElementById('kg-details').textContent")
        if "NATO calls for Ceasefire" not in text:
            raise RuntimeError(f"the second click did not land on the edge: {text!r}")
        path.parent.mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=str(path))
    print(f"wrote {path} ({path.stat().st_size / 1000:.0f} KB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[100, 1000, 5000, 20000]
    )
    parser.add_argument("--runs", type=int, default=3, help="browser runs per page")
    parser.add_argument("--screenshot", type=Path, help="save the README picture")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(args.screenshot)
    else:
        bench(args.sizes, args.runs)


if __name__ == "__main__":
    main()
