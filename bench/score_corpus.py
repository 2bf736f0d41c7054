#!/usr/bin/env python3
"""Build the development corpus and score it, tune half against check half.

Usage::

    python bench/score_corpus.py [CORPUS] [--out DIR] [--fresh] [--verbose]

CORPUS defaults to ``../shared/corpus/corpus.jsonl`` (outside the repository);
gold is ``bench/corpus-gold/gold.jsonl`` with ``bench/corpus-gold/actors.json``.
The build is incremental (``--out``, default a folder in the system's temporary
directory), so a second run after no change only scores.

Prints one table: per relation, precision, recall and F1 on ``tune`` and on
``check`` (the split of :func:`corpus_gold.split_of`), then the micro figures
over the evaluators' contract relations and the gap between the halves.
``--verbose`` lists the missed and wrong facts of the **tune** half only: the
check half is read in aggregate, never fact by fact, so no rule is written
from it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

from corpus_gold import (
    ACTORS,
    DEFAULT_CORPUS,
    GOLD,
    corpus_records,
    span_text,
    split_of,
)
from score import (
    CONTRACT,
    EXTRA,
    Aliases,
    Row,
    load_graph,
    micro,
    predicted,
    read_gold,
    score_rows,
)

from kg.build import build

DEFAULT_OUT = Path(tempfile.gettempdir()) / "newskg-score-corpus"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path, nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--actors", type=Path, default=ACTORS)
    ap.add_argument("--fresh", action="store_true", help="rebuild every article")
    ap.add_argument("--verbose", "-v", action="store_true", help="tune facts only")
    ap.add_argument(
        "--tune-only",
        action="store_true",
        help="print the tune half alone (for rule work between check readings)",
    )
    args = ap.parse_args()

    records = corpus_records(args.corpus)
    with contextlib.redirect_stdout(io.StringIO()):
        report = build([args.corpus], out=args.out, fresh=args.fresh, html=False)
    if report.failed:
        for issue in report.failed:
            print(f"build error: {issue}", file=sys.stderr)
    graph = load_graph(args.out / "graph.ttl")
    gold = read_gold(args.gold)
    aliases = Aliases(json.loads(args.actors.read_text(encoding="utf-8")))
    relations = [r for r in CONTRACT if r != "affiliatedWith"] + EXTRA

    halves: dict[str, list[Row]] = {}
    for half in ("tune", "check"):
        ids = {i for i in records if split_of(i) == half}
        facts, quals = predicted(graph, aliases, ids)
        facts.pop("affiliatedWith", None)
        part = [g for g in gold if g.get("article") in ids]
        verbose = args.verbose and half == "tune"
        if verbose:
            print(f"-- tune: missed and wrong facts ({len(ids)} articles)")
        halves[half] = score_rows(
            part,
            facts,
            quals,
            aliases,
            relations=relations,
            verbose=verbose,
            text_of=lambda g: span_text(g, records),
        )
    # affiliations are gold for the whole corpus, not per article
    facts, quals = predicted(graph, aliases, set(records))
    [affil] = score_rows(gold, facts, quals, aliases, relations=["affiliatedWith"])

    n_tune = sum(split_of(i) == "tune" for i in records)
    print(
        f"development corpus: {len(records)} texts, tune {n_tune}, "
        f"check {len(records) - n_tune}; built in {report.seconds:.1f} s"
    )
    tune, check = halves["tune"], halves["check"]
    if args.tune_only:
        print(f"{'relation':16} {'gold':>5} {'tune P':>7} {'R':>5} {'F1':>5}")
        for t in tune:
            print(f"{t.relation:16} {t.gold:5d} {t.p:7.2f} {t.r:5.2f} {t.f1:5.2f}")
        mt = micro(r for r in tune if r.relation in CONTRACT)
        row = f"{mt.gold:5d} {mt.p:7.2f} {mt.r:5.2f} {mt.f1:5.2f}"
        print(f"{'micro (contract)':16} {row}")
        return 0
    print(
        f"{'relation':16} {'gold t/c':>9} {'tune P':>7} {'R':>5} {'F1':>5}"
        f" {'check P':>8} {'R':>5} {'F1':>5}"
    )
    for t, c in zip(tune, check, strict=True):
        print(
            f"{t.relation:16} {t.gold:4d}/{c.gold:<4d} {t.p:7.2f} {t.r:5.2f} "
            f"{t.f1:5.2f} {c.p:8.2f} {c.r:5.2f} {c.f1:5.2f}"
        )
    contract = [r for r in relations if r in CONTRACT]
    mt = micro(r for r in tune if r.relation in contract)
    mc = micro(r for r in check if r.relation in contract)
    print(
        f"{'micro (contract)':16} {mt.gold:4d}/{mc.gold:<4d} {mt.p:7.2f} {mt.r:5.2f} "
        f"{mt.f1:5.2f} {mc.p:8.2f} {mc.r:5.2f} {mc.f1:5.2f}"
    )
    print(
        f"affiliatedWith (whole corpus): P {affil.p:.2f} R {affil.r:.2f} "
        f"F1 {affil.f1:.2f}"
    )
    print(f"gap tune - check, micro-F1: {mt.f1 - mc.f1:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
