"""Benchmark: every saved query through ``kg serve`` and through Oxigraph server.

For each graph size, the same graph is served twice, one server at a time on
a loopback port: by ``kg serve --out DIR`` (the embedded store, one worker
process per query) and by ``oxigraph serve`` (the ``oxigraph`` binary of the
PyPI package, the ``test`` extra) over a copy of the same quads, whose default
graph holds the union of the article graphs as the embedded store's does
(:mod:`kg.store`), so both answer the same queries over the same default graph.  Every
saved query in ``queries/*.rq`` is sent by one client, one at a time, as a
form POST (SPARQL JSON for SELECT and ASK, Turtle for CONSTRUCT), once to warm
up, then at least ``--runs`` times and for at least ``--seconds``.  The table
gives, per query and server, queries per second, median and p99 latency (p99
of a few runs is close to their maximum), and the ratio of Oxigraph's rate to
``kg serve``'s.

Sizes:

* ``seed``: the seed articles, built with ``kg build seeds --no-html``;
* ``1m``: at least 1,000,000 triples, *synthesized*: the seed build's quads
  (article graphs and build signatures) copied N times into the store with
  every article id renamed (``000_…`` becomes ``000_…-r17``), so each copy is
  a distinct article with its own events, while actors, places and demands are
  shared as in a real corpus.  No linked incidents are derived for the copies.

Run by hand (both servers share the machine with the client)::

    .venv/bin/python bench/bench_serve.py [--sizes seed 1m] [--runs 20] [--seconds 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pyoxigraph as ox

from kg.queries import SavedQuery, saved_queries
from kg.remote import query_form

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MILLION = 1_000_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).is_file():
        sys.exit("the oxigraph binary is missing: pip install -e '.[test]'")
    return found


@contextmanager
def running(argv: list[str], probe: str, log: Path) -> Iterator[None]:
    """Run a server until the block ends; stop it by its own pid."""
    with log.open("wb") as out:
        process = subprocess.Popen(
            argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"{argv[0]} did not start:\n{log.read_text()[-2000:]}")
            try:
                answer = httpx.get(probe, params={"query": "ASK {}"}, timeout=2)
                if answer.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        yield
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait()


def seed_build(folder: Path) -> Path:
    """``kg build seeds --no-html`` into ``folder``; the output folder."""
    out = folder / "seed"
    subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(SEEDS), "--out", str(out),
         "--no-html", "--workers", "1"],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return out


def dump_quads(store_dir: Path) -> str:
    """Every quad of an embedded store (all named graphs) as N-Quads."""
    store = ox.Store.read_only(str(store_dir))
    quads = list(store.quads_for_pattern(None, None, None, None))
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")


def copies_file(seed_text: str, folder: Path, target: int) -> Path:
    """N-Quads of at least ``target`` quads: ``seed_text`` (the seed build's
    quads) copied with every article id renamed per copy."""
    ids = sorted(p.stem for p in SEEDS.glob("*.txt"))
    copies = -(-target // seed_text.count("\n"))
    path = folder / f"copies-{target}.nq"
    with path.open("w", encoding="utf-8") as f:
        for k in range(copies):
            chunk = seed_text
            for article in ids:
                chunk = chunk.replace(article, f"{article}-r{k}")
            f.write(chunk)
    return path


def synthesize(seed: Path, folder: Path, target: int) -> tuple[Path, int]:
    """A store of at least ``target`` quads (see :func:`copies_file`).
    Returns its output folder and size."""
    data = copies_file(dump_quads(seed / "store"), folder, target)
    out = folder / "big"
    (out / "store").mkdir(parents=True)
    store = ox.Store(str(out / "store"))
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    store.flush()
    size = len(store)
    del store
    return out, size


def oxigraph_copy(out: Path, folder: Path) -> Path:
    """The same quads loaded into a fresh Oxigraph server folder."""
    data = folder / f"{out.name}-server.nq"
    data.write_text(dump_quads(out / "store"), encoding="utf-8")
    location = folder / f"{out.name}-oxigraph"
    subprocess.run(
        [oxigraph_binary(), "load", "--location", str(location), "--file", str(data)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return location


def measure(
    url: str, query: SavedQuery, extra: dict[str, str], runs: int, seconds: float
) -> tuple[float, float, float]:
    """Queries per second, median and p99 latency (ms) of one query."""
    construct = query_form(query.text) in ("CONSTRUCT", "DESCRIBE")
    accept = "text/turtle" if construct else "application/sparql-results+json"
    form = {"query": query.text, **extra}
    times: list[float] = []
    with httpx.Client(timeout=600) as client:

        def once() -> float:
            started = time.perf_counter()
            answer = client.post(url, data=form, headers={"Accept": accept})
            elapsed = time.perf_counter() - started
            if answer.status_code != 200:
                sys.exit(
                    f"{url}: {query.name}: {answer.status_code} {answer.text[:300]}"
                )
            return elapsed

        once()  # warm up
        began = time.perf_counter()
        while len(times) < runs or time.perf_counter() - began < seconds:
            times.append(once())
    total = sum(times)
    times.sort()
    p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
    return len(times) / total, statistics.median(times) * 1000, p99 * 1000


def bench_size(
    label: str, out: Path, triples: int, folder: Path, runs: int, seconds: float
) -> list[list[str]]:
    queries = saved_queries()
    results: dict[str, dict[str, tuple[float, float, float]]] = {}
    port = free_port()
    kg_serve = [
        sys.executable, "-m", "kg.cli", "serve", "--out", str(out),
        "--port", str(port), "--max-rows", "1000000000", "--timeout", "600",
    ]  # fmt: skip
    with running(kg_serve, f"http://127.0.0.1:{port}/sparql", folder / "serve.log"):
        for q in queries:
            url = f"http://127.0.0.1:{port}/sparql"
            results.setdefault(q.name, {})["kg"] = measure(url, q, {}, runs, seconds)
    location = oxigraph_copy(out, folder)
    port = free_port()
    server = [
        oxigraph_binary(), "serve", "--location", str(location),
        "--bind", f"127.0.0.1:{port}",
    ]  # fmt: skip
    union: dict[str, str] = {}  # the copy's default graph already holds the union
    with running(server, f"http://127.0.0.1:{port}/query", folder / "oxigraph.log"):
        for q in queries:
            url = f"http://127.0.0.1:{port}/query"
            results[q.name]["ox"] = measure(url, q, union, runs, seconds)
    rows = []
    ratios = []
    for name, r in results.items():
        (kq, km, kp), (oq, om, op) = r["kg"], r["ox"]
        ratios.append(oq / kq)
        rows.append(
            [label, f"{triples:,}", name, f"{kq:.1f}", f"{km:.1f}", f"{kp:.1f}",
             f"{oq:.1f}", f"{om:.1f}", f"{op:.1f}", f"{oq / kq:.2f}"]
        )  # fmt: skip
    mean = statistics.geometric_mean(ratios)
    rows.append([label, f"{triples:,}", "(geometric mean)", *[""] * 6, f"{mean:.2f}"])
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes", nargs="+", choices=["seed", "1m"], default=["seed", "1m"]
    )
    ap.add_argument("--runs", type=int, default=20, help="least runs per query")
    ap.add_argument(
        "--seconds", type=float, default=2.0, help="least seconds per query"
    )
    args = ap.parse_args()
    header = [
        "graph", "quads", "query", "kg qps", "kg p50 ms", "kg p99 ms",
        "ox qps", "ox p50 ms", "ox p99 ms", "ox/kg",
    ]  # fmt: skip
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        folder = Path(tmp)
        seed = seed_build(folder)
        for size in args.sizes:
            if size == "seed":
                out, triples = seed, len(ox.Store.read_only(str(seed / "store")))
            else:
                out, triples = synthesize(seed, folder, MILLION)
            sub = folder / f"run-{size}"
            sub.mkdir()
            rows += bench_size(size, out, triples, sub, args.runs, args.seconds)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print(line)
    print("-|-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
