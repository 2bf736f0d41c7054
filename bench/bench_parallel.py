"""Benchmark: ``kg build`` in one process, in a pool of two, and on a Dask cluster.

Builds a corpus of at least ``--words`` words (the seed articles repeated under
new ids, as ``bench/bench_build.py`` does), then runs ``kg build --fresh
--no-html`` on it three times, each in its own process:

* ``--workers 1``: parse and extract in the build's process;
* ``--workers 2``: a pool of two ``spawn`` processes reads, the build stores;
* ``--dask ADDRESS``: the two workers (one thread each) of a
  ``distributed.LocalCluster`` started here read, the build stores.

Prints one table: seconds (the build alone; the cluster is started before and
is not counted, as a real cluster would already be running), words per
second, the build process's peak resident memory (exact, ``ru_maxrss``), the
sum of the peaks of its helper processes (the pool, or the cluster's workers;
sampled every 0.1 s) and the speed-up over ``--workers 1``; then whether the
three ``graph.ttl`` files are byte-identical.  Run by hand::

    .venv/bin/python bench/bench_parallel.py [--words 300000] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
from bench_build import make_corpus


def phase_build(corpus: Path, out: Path, extra: list[str]) -> dict[str, float]:
    """Run ``kg build`` in this process; its seconds and this process's peak RSS."""
    from kg.cli import app

    args = ["build", str(corpus), "--out", str(out), "--fresh", "--no-html", *extra]
    started = time.perf_counter()
    try:
        app(args, standalone_mode=False)
    except SystemExit as stop:  # typer.Exit(1) when an article failed
        if stop.code:
            raise
    seconds = time.perf_counter() - started
    # ru_maxrss is in KiB on Linux
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "main_mb": peak}


class Sampler:
    """Peak RSS of every process below this one, sampled until stopped."""

    def __init__(self, every: float = 0.1) -> None:
        self.every = every
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            for child in me.children(recursive=True):
                try:
                    rss = child.memory_info().rss
                except psutil.Error:  # ended between the listing and the look
                    continue
                self.peaks[child.pid] = max(self.peaks.get(child.pid, 0), rss)
            self._stop.wait(self.every)

    def megabytes(self, exclude: set[int]) -> float:
        """The summed peaks of the processes not in ``exclude``, in MB."""
        sizes = (rss for pid, rss in self.peaks.items() if pid not in exclude)
        return sum(sizes) / 2**20


def run_build(corpus: Path, out: Path, extra: list[str]) -> dict[str, float]:
    """One build in a child process; its result and its helpers' summed peak RSS.

    The helpers are every other process below this one: a pool's processes
    (below the build) or a local cluster's workers (below this process).
    """
    cmd = [sys.executable, __file__, "--phase", "--corpus", str(corpus)]
    cmd += ["--out", str(out), "--", *extra]
    with Sampler() as sampler:
        child = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        stdout, _ = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"kg build {' '.join(extra)} failed")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["helpers_mb"] = sampler.megabytes(exclude={child.pid})
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--phase", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("extra", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.phase:
        print(json.dumps(phase_build(args.corpus, args.out, args.extra)))
        return 0

    import dask
    from distributed import LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = root / "corpus.jsonl"
        records, words = make_corpus(corpus, args.words)
        print(f"corpus: {records} articles, {words:,} words (whitespace-separated)")
        size = ["--batch-size", str(args.batch_size)]
        runs = {
            "--workers 1": run_build(corpus, root / "one", [*size, "--workers", "1"]),
            "--workers 2": run_build(corpus, root / "two", [*size, "--workers", "2"]),
        }
        scratch = str(root / "dask")
        with (
            dask.config.set({"temporary-directory": scratch}),
            LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                local_directory=scratch,
            ) as cluster,
        ):
            address = cluster.scheduler_address
            runs["--dask (2 workers)"] = run_build(
                corpus, root / "dask-out", [*size, "--dask", address]
            )
        turtles = [
            (root / name / "graph.ttl").read_bytes()
            for name in ("one", "two", "dask-out")
        ]
    base = runs["--workers 1"]["seconds"]
    print(
        f"{'run':20} {'seconds':>8} {'words/s':>9} {'main MB':>8} "
        f"{'helpers MB':>11} {'speed-up':>9}"
    )
    for name, r in runs.items():
        print(
            f"{name:20} {r['seconds']:8.1f} {words / r['seconds']:9.0f} "
            f"{r['main_mb']:8.0f} {r['helpers_mb']:11.0f} "
            f"{base / r['seconds']:9.2f}"
        )
    same = all(t == turtles[0] for t in turtles)
    print(f"graph.ttl identical across the three runs: {'yes' if same else 'no'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
