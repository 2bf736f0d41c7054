"""Benchmark: load time and every saved query, embedded Oxigraph against rdflib.

For each size the seed build's quads are copied until the store holds at least
that many quads (each copy with its article ids renamed, as
``bench/bench_serve.py`` does: distinct articles and events, shared actors,
places and demands).  The same N-Quads file is then

* bulk-loaded into an embedded Oxigraph store and queried through
  :class:`kg.store.KGStore` (its default graph holds the union of the article
  graphs, as a build keeps it), and
* parsed into rdflib's in-memory ``Dataset`` and queried there over the same
  default graph.

Every saved query in ``queries/*.rq`` runs once to warm up, then ``--runs``
times; the table gives load seconds and the median milliseconds per query for
each store, and the ratio (rdflib time over Oxigraph time).  rdflib gets at
most ``--budget`` seconds per query run; a query past it is shown as ``>N s``
and counts at the budget in the ratios (so they understate the gap).

The Oxigraph side also times the build's Turtle export of the union graph.

Run by hand, one size at a time if memory is short::

    .venv/bin/python bench/bench_store.py [--sizes 100k 1m] [--runs 5] [--budget 60]
    .venv/bin/python bench/bench_store.py --sizes 1m --budget 0   # Oxigraph only
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import resource
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from bench_serve import copies_file, dump_quads, seed_build
from rdflib import Dataset

from kg.queries import saved_queries
from kg.store import KGStore

SIZES = {"100k": 100_000, "1m": 1_000_000}


class BudgetError(Exception):
    """A query ran past its budget."""


@contextlib.contextmanager
def budget(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise BudgetError

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def median_ms(run: object, runs: int, limit: int | None = None) -> float | None:
    """Median milliseconds of ``runs`` calls (after one to warm up); ``None``
    when a call runs past ``limit`` seconds."""
    times = []
    try:
        for n in range(runs + 1):
            started = time.perf_counter()
            if limit is None:
                run()  # type: ignore[operator]
            else:
                with budget(limit):
                    run()  # type: ignore[operator]
            if n:
                times.append(time.perf_counter() - started)
    except BudgetError:
        return None
    return statistics.median(times) * 1000


def rdflib_side(
    nquads: Path, runs: int, limit: int
) -> tuple[float, dict[str, float | None]]:
    """rdflib's load seconds and median milliseconds per saved query."""
    started = time.perf_counter()
    ds = Dataset()
    ds.parse(str(nquads), format="nquads")
    load = time.perf_counter() - started
    times = {
        q.name: median_ms(lambda q=q: list(ds.query(q.text)), runs, limit)
        for q in saved_queries()
    }
    return load, times


def bench_size(
    label: str, nquads: Path, folder: Path, runs: int, limit: int
) -> list[list[str]]:
    queries = saved_queries()
    location = folder / f"store-{label}"
    started = time.perf_counter()
    ox_store = ox.Store(str(location))
    ox_store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    ox_store.flush()
    ox_load = time.perf_counter() - started
    quads = len(ox_store)
    del ox_store
    store = KGStore(location, read_only=True)
    assert store.merged, "the copies keep the union in the default graph"
    ox_times = {
        q.name: median_ms(lambda q=q: store.query(q.text), runs) for q in queries
    }
    # the build's export: the union graph as Turtle, streamed from the store
    started = time.perf_counter()
    store.export(folder / "graph.ttl")
    export_s = time.perf_counter() - started
    triples = sum(
        1 for _ in store._ox.quads_for_pattern(None, None, None, ox.DefaultGraph())
    )
    megabytes = (folder / "graph.ttl").stat().st_size / 1e6
    (folder / "graph.ttl").unlink()
    store.close()
    gc.collect()

    if limit <= 0:  # --budget 0: Oxigraph alone
        rdflib_load, rdflib_times = float("nan"), {q.name: None for q in queries}
    else:
        rdflib_load, rdflib_times = rdflib_side(nquads, runs, limit)
    gc.collect()

    rows: list[list[str]] = [
        [label, f"{quads:,}", "(load, s)", f"{ox_load:.1f}", f"{rdflib_load:.1f}",
         f"{rdflib_load / ox_load:.1f}"]
    ]  # fmt: skip
    what = f"(Turtle export of {triples:,} triples, {megabytes:.0f} MB, s)"
    rows.append([label, f"{quads:,}", what, f"{export_s:.1f}", "", ""])
    ratios = []
    for q in queries:
        o = ox_times[q.name]
        r = rdflib_times[q.name]
        assert o is not None
        if limit <= 0:
            rows.append([label, f"{quads:,}", q.name, f"{o:.1f}", "-", "-"])
            continue
        shown = f"{r:.1f}" if r is not None else f">{limit} s"
        r_ms = r if r is not None else limit * 1000.0
        ratio = r_ms / max(o, 0.01)
        ratios.append(ratio)
        rows.append([label, f"{quads:,}", q.name, f"{o:.1f}", shown, f"{ratio:.1f}"])
    oxs = [v for v in ox_times.values() if v is not None]
    rows.append(
        [label, f"{quads:,}", "(median of the medians)",
         f"{statistics.median(oxs):.1f}", "",
         f"{statistics.median(ratios):.1f}" if ratios else "-"]
    )  # fmt: skip
    rows.append(
        [label, f"{quads:,}", "(slowest query, Oxigraph)", f"{max(oxs):.1f}", "", ""]
    )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", choices=list(SIZES), default=list(SIZES))
    ap.add_argument("--runs", type=int, default=5, help="timed runs per query")
    ap.add_argument(
        "--budget",
        type=int,
        default=60,
        help="rdflib's seconds per query run (0: leave rdflib out)",
    )
    args = ap.parse_args()
    header = ["graph", "quads", "query", "oxigraph ms", "rdflib ms", "rdflib/ox"]
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        folder = Path(tmp)
        seed_text = dump_quads(seed_build(folder) / "store")
        for size in args.sizes:
            nquads = copies_file(seed_text, folder, SIZES[size])
            rows += bench_size(size, nquads, folder, args.runs, args.budget)
            nquads.unlink()
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of this process: {peak:,.0f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
