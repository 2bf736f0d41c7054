#!/usr/bin/env python3
"""Score an exported knowledge graph against gold facts.

The evaluators' ``eval/score.py`` (see ``bench/gold/README.md``), extended with
two relations of this project's own gold (``bench/corpus-gold/``):

* ``attack``: ``(article, perpetrator)``; an attack whose perpetrator is no
  actor (or not given) is ``(article, None)``.  Attacks the graph marks as
  planned, threatened or otherwise not happened are not counted.
* ``killedUncounted``: deaths stated without a number, ``(article, span)``: a
  ``kg:Casualty`` of type ``kg:Killed`` with no count, with
  ``kg:countQualifier kg:Unknown``, or with a count the text did not write as
  a number (``kg:countInferred true``), whose evidence overlaps the gold span.

The contract relations are scored exactly as ``eval/score.py`` scores them,
and the micro figures are over them only, so they compare with the
evaluators'.  Gold evidence may be a copied ``evidence`` string or a
``span`` of offsets.

Usage:
    python score.py GRAPH_FILE [--gold GOLD.jsonl] [--actors ACTORS.json]
                    [--articles ID,ID,...] [--verbose] [--min-f1 F]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
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

Q_ATTACKS = PREFIXES + """
SELECT DISTINCT ?id ?e ?perp WHERE {
  ?e a kg:Attack ; prov:wasDerivedFrom ?art .
  ?art dcterms:identifier ?id .
  OPTIONAL { ?e kg:perpetrator ?perp }
  FILTER NOT EXISTS { ?e kg:status ?s FILTER(?s != kg:Happened) }
}"""

Q_UNCOUNTED = PREFIXES + """
SELECT DISTINCT ?id ?c ?start ?end ?title WHERE {
  ?c a kg:Casualty ; kg:casualtyType kg:Killed ; prov:wasDerivedFrom ?art ;
     kg:charStart ?start ; kg:charEnd ?end .
  OPTIONAL { ?c kg:inTitle ?title }
  ?art dcterms:identifier ?id .
  FILTER (NOT EXISTS { ?c kg:count ?n }
          || EXISTS { ?c kg:countQualifier kg:Unknown }
          || EXISTS { ?c kg:countInferred true })
}"""

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
           ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}

#: the relations of the evaluators' contract; micro figures are over these
CONTRACT = ["callsFor", "condemns", "killed", "wounded", "displaced", "affiliatedWith"]
#: this project's further relations, each scored on its own
EXTRA = ["attack", "killedUncounted"]


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
    for aid, _event, perp in ds.query(Q_ATTACKS):
        if keep(str(aid)):
            for s in who(perp) if perp is not None else {None}:
                facts["attack"].add((str(aid), s))
    for aid, _c, start, end, title in ds.query(Q_UNCOUNTED):
        if keep(str(aid)):
            in_title = bool(title is not None and title.toPython())
            facts["killedUncounted"].add(
                (str(aid), int(start.toPython()), int(end.toPython()), in_title)
            )
    return facts, quals


def matches(g: dict, f: tuple, aliases: Aliases) -> bool:
    rel = g["relation"]
    if rel in ("callsFor", "condemns"):
        art, s, o = f
        return art == g["article"] and s == g["subject"] and o in g["object"]
    if rel == "affiliatedWith":
        _, names, o = f
        return bool(names & {norm(x) for x in g["subject"]}) and o in g["object"]
    if rel == "attack":
        art, s = f
        return art == g["article"] and s == g.get("subject")
    if rel == "killedUncounted":
        art, start, end, in_title = f
        if art != g["article"] or "span" not in g:
            return False
        gs, ge = g["span"]
        return in_title == bool(g.get("in_title")) and start < ge and gs < end
    art, n = f
    if art != g["article"]:
        return False
    c = g["count"]
    return c[0] <= n <= c[1] if isinstance(c, list) else n == c


@dataclass(frozen=True)
class Row:
    """One relation's figures."""

    relation: str
    gold: int  # required gold facts
    recalled: int
    pred: int
    correct: int

    @property
    def p(self) -> float:
        return self.correct / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.recalled / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0


def micro(rows: Iterable[Row]) -> Row:
    """The rows summed (micro precision, recall and F1)."""
    rows = list(rows)
    return Row(
        "micro",
        sum(r.gold for r in rows),
        sum(r.recalled for r in rows),
        sum(r.pred for r in rows),
        sum(r.correct for r in rows),
    )


def evidence_of(g: dict, text_of: Callable[[dict], str] | None) -> str:
    if "evidence" in g:
        return g["evidence"]
    return text_of(g) if text_of is not None and "span" in g else str(g.get("span", ""))


def score_rows(
    gold: list[dict],
    facts,
    quals,
    aliases: Aliases,
    *,
    relations: list[str],
    verbose: bool = False,
    text_of: Callable[[dict], str] | None = None,
) -> list[Row]:
    """Figures per relation; with ``verbose``, print every missed and wrong fact."""
    rows = []
    for rel in relations:
        g_rel = [g for g in gold if g["relation"] == rel]
        pred = facts.get(rel, set())
        req = [g for g in g_rel if not g.get("optional")]
        recalled = [g for g in req if any(matches(g, f, aliases) for f in pred)]
        correct = [f for f in pred if any(matches(g, f, aliases) for g in g_rel)]
        rows.append(Row(rel, len(req), len(recalled), len(pred), len(correct)))
        if verbose:
            for g in req:
                if g not in recalled:
                    print(f"  missed  {rel}: {g.get('article', '-')} {g.get('subject', '')} "
                          f"{g.get('object', g.get('count'))}  | {evidence_of(g, text_of)}")
            for f in sorted(pred - set(correct), key=str):
                print(f"  wrong   {rel}: {f}")
            if rel in ("killed", "wounded", "displaced"):
                for g in req:
                    # a range ("dozens") has no one count to look a hedge up by
                    if "qualifier" in g and not isinstance(g["count"], list):
                        q = quals.get((rel, g["article"], g["count"]))
                        if q is not None and q.lower() != g["qualifier"].lower():
                            print(f"  qualifier {rel} {g['article']} {g['count']}: "
                                  f"got {q}, gold {g['qualifier']}")
    return rows


def print_table(rows: list[Row], extra: list[Row]) -> float:
    print(f"{'relation':16} {'gold':>5} {'pred':>5} {'ok':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for row in rows + extra:
        print(f"{row.relation:16} {row.gold:5d} {row.pred:5d} {row.correct:5d} "
              f"{row.p:6.2f} {row.r:6.2f} {row.f1:6.2f}")
    m = micro(rows)
    print(f"micro-P: {m.p:.3f}  micro-R: {m.r:.3f}")
    print(f"micro-F1: {m.f1:.3f}")
    return m.f1


def read_gold(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--gold", type=Path, default=HERE / "seeds-gold.jsonl")
    ap.add_argument("--actors", type=Path, default=HERE / "actors.json")
    ap.add_argument("--articles", help="comma-separated article ids to score (default: all in gold)")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--min-f1", type=float)
    a = ap.parse_args()
    gold = read_gold(a.gold)
    aliases = Aliases(json.loads(a.actors.read_text(encoding="utf-8")))
    if a.articles:
        ids = set(a.articles.split(","))
        gold = [g for g in gold if g.get("article") in ids]
    else:
        ids = {g["article"] for g in gold if "article" in g}
    facts, quals = predicted(load_graph(a.graph), aliases, ids)
    contract = [r for r in CONTRACT if not (a.articles and r == "affiliatedWith")]
    if a.articles:
        facts.pop("affiliatedWith", None)  # corpus-level: scored only on the whole corpus
    extra = [r for r in EXTRA if any(g["relation"] == r for g in gold)]
    rows = score_rows(gold, facts, quals, aliases, relations=contract, verbose=a.verbose)
    more = score_rows(gold, facts, quals, aliases, relations=extra, verbose=a.verbose)
    f1 = print_table(rows, more)
    return 1 if a.min_f1 is not None and f1 < a.min_f1 else 0


if __name__ == "__main__":
    sys.exit(main())
