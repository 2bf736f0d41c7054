"""Benchmark: peak memory of ``kg build`` as the corpus grows.

Builds corpora of 1,000, 10,000 and 50,000 short articles (each a paragraph
of the seed articles, about 37 words, under its own id, cycled), each in a
fresh child process with ``--workers 1`` and no HTML page, and prints the
child's peak resident memory, its seconds and the ratio of each peak to the
smallest corpus's (the goal: within 1.2 at 50,000).  Run by hand::

    .venv/bin/python bench/bench_memory.py [--sizes 1000 10000 50000]

About 10 minutes on a two-core machine, most of it the 50,000.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(path: Path, articles: int) -> int:
    """Write ``articles`` one-paragraph records; returns their words."""
    paragraphs = [
        p.strip()
        for f in sorted((ROOT / "seeds").glob("*.txt"))
        for p in f.read_text(encoding="utf-8").split("\n\n")
        if len(p.split()) >= 20
    ]
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(articles):
            text = paragraphs[n % len(paragraphs)]
            words += len(text.split())
            out.write(json.dumps({"id": f"p{n:06d}", "text": text}) + "\n")
    return words


def phase(corpus: Path) -> dict[str, float]:
    """Build ``corpus`` in this process; seconds and peak MB."""
    from kg.build import build

    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        report = build([corpus], out=Path(out), html=False, fresh=True, workers=1)
        seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "stored": report.added,
        # ru_maxrss is in KiB on Linux
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    ap.add_argument("--phase", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase)))
        return 0
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"c{size}.jsonl"
            words = make_corpus(corpus, size)
            cmd = [sys.executable, __file__, "--phase", str(corpus)]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append((size, words, result))
            corpus.unlink()
    base = rows[0][2]["peak_mb"]
    print(
        f"{'articles':>9} {'words':>10} {'stored':>7} {'seconds':>8} "
        f"{'peak MB':>8} {'ratio':>6}"
    )
    for size, words, r in rows:
        print(
            f"{size:>9,} {words:>10,} {r['stored']:>7,.0f} {r['seconds']:>8.1f} "
            f"{r['peak_mb']:>8.0f} {r['peak_mb'] / base:>6.2f}"
        )
    print(f"goal: peak at {rows[-1][0]:,} articles within 1.2x that at {rows[0][0]:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
