#!/usr/bin/env python3
"""Score the extractor on bench/synthetic/statements.jsonl (texts of our own).

Usage::

    python bench/score_synthetic.py [--set NAME] [-v] [ID ...]

NAME is statements (the default), speeches, reported, wire, field, holdout,
final or closing (closing is scored in aggregate only: read it and it
measures nothing).

Reads each text with the real pipeline (no store), compares its calls,
condemnations, attacks (reported as having happened) and deaths with the facts
the record lists, and prints precision, recall and F1 per relation; ``-v``
also prints every text whose facts differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from score import Aliases

from kg.extract import extract
from kg.gazetteer import load_gazetteer
from kg.ingest import article_from_record
from kg.model import ActorRef, Extraction
from kg.nlp import load_pipeline

HERE = Path(__file__).resolve().parent
SETS = {
    "statements": HERE / "synthetic" / "statements.jsonl",
    "speeches": HERE / "synthetic" / "speeches.jsonl",
    "reported": HERE / "synthetic" / "reported.jsonl",
    "wire": HERE / "synthetic" / "wire.jsonl",
    "field": HERE / "synthetic" / "field.jsonl",
    "holdout": HERE / "synthetic" / "holdout.jsonl",
    "final": HERE / "synthetic" / "final.jsonl",
    "closing": HERE / "synthetic" / "closing.jsonl",
    "dec05": HERE / "synthetic" / "dec05.jsonl",
    "dec06": HERE / "synthetic" / "dec06.jsonl",
}
ACTORS = HERE / "corpus-gold" / "actors.json"
RELATIONS = ("callsFor", "condemns", "attack", "killed")
# Blind writers were free to name demands outside kg:DemandScheme; each of
# these is an altLabel of one of its concepts (ontology/kg.ttl), so the gold is
# read in the scheme's terms.
DEMAND_ALIGN = {
    "Restraint": "DeEscalation",
    "Investigation": "Accountability",
    "EndOfHostilities": "Ceasefire",
    "AidDelivery": "HumanitarianAccess",
}


def predicted(ex: Extraction, canon) -> set[tuple]:  # noqa: ANN001
    out: set[tuple] = set()
    for e in ex.events:
        kind = e.kind.value
        if kind == "CallFor":
            out |= {("callsFor", canon(e.agent), d) for d in e.demands}
        elif kind == "Condemnation":
            out |= {("condemns", canon(e.agent), canon(t)) for t in e.targets}
        elif kind == "Attack" and e.status in (None, "Happened"):
            out.add(("attack", canon(e.agent)))
        for c in e.casualties:
            if c.type.value == "Killed":
                out.add(("killed", c.amount.value))
    return out


def gold(record: dict, canon_name) -> set[tuple]:  # noqa: ANN001
    out: set[tuple] = set()
    for f in record["facts"]:
        rel = f["relation"]
        if rel == "callsFor":
            demand = DEMAND_ALIGN.get(f["demand"], f["demand"])
            out.add((rel, canon_name(f["agent"]), demand))
        elif rel == "condemns":
            out.add((rel, canon_name(f["agent"]), canon_name(f["target"])))
        elif rel == "attack":
            out.add((rel, canon_name(f.get("perpetrator"))))
        elif rel == "killed":
            out.add((rel, f.get("count")))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--set", choices=sorted(SETS), default="statements")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    aliases = Aliases(json.loads(ACTORS.read_text(encoding="utf-8")))

    nlp, gazetteer = load_pipeline(), load_gazetteer()

    def canon_name(name: str | None) -> str | None:
        # the corpus gold's grouping first, then the gazetteer's own label
        if name is None:
            return None
        found = aliases.canon({name})
        if found:
            return sorted(found)[0]
        entry = gazetteer.lookup(name)
        return entry.label if entry is not None else name

    def canon(actor: ActorRef | None) -> str | None:
        if actor is None:
            return None
        found = aliases.canon({actor.label, actor.surface})
        return sorted(found)[0] if found else actor.label

    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    lines = SETS[args.set].read_text(encoding="utf-8").splitlines()
    # sets written to record named perpetrators only: an attack read with no
    # perpetrator is then no fact to score either way
    named_only = not any(
        f["relation"] == "attack" and f.get("perpetrator") is None
        for line in lines
        for f in json.loads(line)["facts"]
    )
    for line in lines:
        record = json.loads(line)
        if args.ids and record["id"] not in args.ids:
            continue
        article = article_from_record(record, default_id=record["id"])
        pred = predicted(extract(nlp(article.doc_text), article, gazetteer), canon)
        if named_only:
            pred.discard(("attack", None))
        want = gold(record, canon_name)
        for fact in pred & want:
            tp[fact[0]] += 1
        for fact in pred - want:
            fp[fact[0]] += 1
        for fact in want - pred:
            fn[fact[0]] += 1
        if args.verbose and pred != want:
            print(
                f"{record['id']} | {record.get('title') or ''} | {record['text'][:200]}"
            )
            for fact in sorted(want - pred, key=str):
                print("   missed", fact)
            for fact in sorted(pred - want, key=str):
                print("   wrong ", fact)
    if named_only:
        print("(attacks: named perpetrators only, as this set's gold records them)")
    print(f"{'relation':10} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for rel in RELATIONS:
        p = tp[rel] / (tp[rel] + fp[rel]) if tp[rel] + fp[rel] else 0.0
        r = tp[rel] / (tp[rel] + fn[rel]) if tp[rel] + fn[rel] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        counts = f"{tp[rel]:4d} {fp[rel]:4d} {fn[rel]:4d}"
        print(f"{rel:10} {counts} {p:6.2f} {r:6.2f} {f1:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
