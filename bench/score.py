#!/usr/bin/env python3
"""Score an exported knowledge graph against gold facts.

Vendored from the evaluators' eval/score.py (unchanged but for the location of
the gold files, now bench/gold/); see bench/gold/README.md for their origin.

Usage:
    python score.py GRAPH_FILE [--gold GOLD.jsonl] [--actors ACTORS.json]
                    [--articles ID,ID,...] [--verbose] [--min-f1 F]

GRAPH_FILE is what the builder exported (Turtle, TriG, N-Triples, N-Quads or
JSON-LD, chosen by extension).  The graph is read through the vocabulary in
CONTRACT.md beside this file; nothing else about the graph's design is assumed.

Prints one row per relation (gold, predicted, correct, precision, recall, F1)
and a last line `micro-F1: X` (X over all relations).  With --min-f1 the exit
status is 1 when micro-F1 is below F.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from rdflib import Dataset

HERE = Path(__file__).resolve().parent / "gold"

PREFIXES = """
PREFIX kg:      <https://w3id.org/newskg/ontology#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
"""

Q_LABELS = PREFIXES + """
SELECT ?x ?l WHERE { { ?x rdfs:label ?l } UNION { ?x skos:altLabel ?l } UNION { ?x skos:prefLabel ?l } }
"""

Q_CALLS = PREFIXES + """
SELECT DISTINCT ?id ?agent ?demand WHERE {
  ?e a kg:CallFor ; kg:agent ?agent ; kg:demand ?demand ; prov:wasDerivedFrom ?art .
  ?art dcterms:identifier ?id .
}"""

Q_CONDEMNS = PREFIXES + """
SELECT DISTINCT ?id ?agent ?target WHERE {
  ?e a kg:Condemnation ; kg:agent ?agent ; kg:target ?target ; prov:wasDerivedFrom ?art .
  ?art dcterms:identifier ?id .
}"""

Q_CASUALTIES = PREFIXES + """
SELECT DISTINCT ?id ?type ?count ?qual WHERE {
  ?c a kg:Casualty ; kg:casualtyType ?type ; kg:count ?count ; prov:wasDerivedFrom ?art .
  OPTIONAL { ?c kg:countQualifier ?qual }
  ?art dcterms:identifier ?id .
}"""

Q_AFFIL = PREFIXES + """
SELECT DISTINCT ?person ?org WHERE { ?person kg:affiliatedWith ?org . }"""

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
           ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = " ".join(s.replace("’", "'").lower().split())
    return s[4:] if s.startswith("the ") else s


def local(iri) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class Aliases:
    """Maps any label of a real-world actor to its canonical gold name."""

    def __init__(self, table: dict[str, list[str]]):
        self.by_label = {}
        for canon, names in table.items():
            for n in [canon, *names]:
                self.by_label.setdefault(norm(n), canon)

    def canon(self, labels: set[str]) -> set[str]:
        return {self.by_label[norm(l)] for l in labels if norm(l) in self.by_label}


def load_graph(path: Path) -> Dataset:
    ds = Dataset(default_union=True)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        sys.exit(f"score.py: cannot tell the RDF format of {path.name}")
    ds.parse(path, format=fmt)
    return ds


def predicted(ds: Dataset, aliases: Aliases, articles: set[str] | None):
    labels = defaultdict(set)
    for x, l in ds.query(Q_LABELS):
        labels[x].add(str(l))

    def who(node) -> set[str]:
        c = aliases.canon(labels.get(node, set()))
        return c or {"?" + (sorted(labels[node])[0] if labels.get(node) else local(node))}

    keep = (lambda a: True) if articles is None else (lambda a: a in articles)
    facts = defaultdict(set)  # relation -> {(article, subject, object)}
    for aid, agent, demand in ds.query(Q_CALLS):
        if keep(str(aid)):
            for s in who(agent):
                facts["callsFor"].add((str(aid), s, local(demand)))
    for aid, agent, target in ds.query(Q_CONDEMNS):
        if keep(str(aid)):
            for s in who(agent):
                for o in who(target):
                    facts["condemns"].add((str(aid), s, o))
    quals = {}
    for aid, ctype, count, qual in ds.query(Q_CASUALTIES):
        if keep(str(aid)):
            try:
                n = int(count.toPython())
            except (TypeError, ValueError):
                continue
            key = (str(aid), n)
            facts[local(ctype).lower()].add(key)
            if qual is not None:
                quals[(local(ctype).lower(), *key)] = local(qual)
    for person, org in ds.query(Q_AFFIL):
        names = frozenset(norm(p) for p in labels.get(person, {local(person)}))
        for o in who(org):
            facts["affiliatedWith"].add((None, names, o))
    return facts, quals


def matches(g: dict, f: tuple, aliases: Aliases) -> bool:
    rel = g["relation"]
    if rel in ("callsFor", "condemns"):
        art, s, o = f
        return art == g["article"] and s == g["subject"] and o in g["object"]
    if rel == "affiliatedWith":
        _, names, o = f
        return bool(names & {norm(x) for x in g["subject"]}) and o in g["object"]
    art, n = f
    if art != g["article"]:
        return False
    c = g["count"]
    return c[0] <= n <= c[1] if isinstance(c, list) else n == c


def score(gold: list[dict], facts, quals, aliases: Aliases, verbose: bool):
    rels = ["callsFor", "condemns", "killed", "wounded", "displaced", "affiliatedWith"]
    rows, tot = [], [0, 0, 0, 0]  # gold required, recalled, predicted, correct
    for rel in rels:
        g_rel = [g for g in gold if g["relation"] == rel]
        pred = facts.get(rel, set())
        req = [g for g in g_rel if not g.get("optional")]
        recalled = [g for g in req if any(matches(g, f, aliases) for f in pred)]
        correct = [f for f in pred if any(matches(g, f, aliases) for g in g_rel)]
        p = len(correct) / len(pred) if pred else 0.0
        r = len(recalled) / len(req) if req else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows.append((rel, len(req), len(pred), len(correct), p, r, f1))
        for i, v in enumerate((len(req), len(recalled), len(pred), len(correct))):
            tot[i] += v
        if verbose:
            for g in req:
                if g not in recalled:
                    print(f"  missed  {rel}: {g.get('article', '-')} {g.get('subject', '')} "
                          f"{g.get('object', g.get('count'))}  | {g.get('evidence', '')}")
            for f in sorted(pred - set(correct), key=str):
                print(f"  wrong   {rel}: {f}")
            if rel in ("killed", "wounded", "displaced"):
                for g in req:
                    if "qualifier" in g:
                        q = quals.get((rel, g["article"], g["count"]))
                        if q is not None and q.lower() != g["qualifier"].lower():
                            print(f"  qualifier {rel} {g['article']} {g['count']}: "
                                  f"got {q}, gold {g['qualifier']}")
    print(f"{'relation':16} {'gold':>5} {'pred':>5} {'ok':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for rel, n_req, n_pred, n_ok, p, r, f1 in rows:
        print(f"{rel:16} {n_req:5d} {n_pred:5d} {n_ok:5d} {p:6.2f} {r:6.2f} {f1:6.2f}")
    P = tot[3] / tot[2] if tot[2] else 0.0
    R = tot[1] / tot[0] if tot[0] else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    print(f"micro-P: {P:.3f}  micro-R: {R:.3f}")
    print(f"micro-F1: {F:.3f}")
    return F


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--gold", type=Path, default=HERE / "seeds-gold.jsonl")
    ap.add_argument("--actors", type=Path, default=HERE / "actors.json")
    ap.add_argument("--articles", help="comma-separated article ids to score (default: all in gold)")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--min-f1", type=float)
    a = ap.parse_args()
    gold = [json.loads(l) for l in a.gold.read_text(encoding="utf-8").splitlines() if l.strip()]
    aliases = Aliases(json.loads(a.actors.read_text(encoding="utf-8")))
    if a.articles:
        ids = set(a.articles.split(","))
        gold = [g for g in gold if g.get("article") in ids]
    else:
        ids = {g["article"] for g in gold if "article" in g}
    facts, quals = predicted(load_graph(a.graph), aliases, ids)
    if a.articles:
        facts.pop("affiliatedWith", None)  # corpus-level: scored only on the whole corpus
    f1 = score(gold, facts, quals, aliases, a.verbose)
    return 1 if a.min_f1 is not None and f1 < a.min_f1 else 0


if __name__ == "__main__":
    sys.exit(main())
