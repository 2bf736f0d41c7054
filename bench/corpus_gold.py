#!/usr/bin/env python3
"""Gold facts for the development corpus: spans, passes, review, and the split.

The corpus texts stay in ``../shared/corpus/corpus.jsonl``; the gold in
``bench/corpus-gold/gold.jsonl`` points into them by character offsets.

Usage::

    python bench/corpus_gold.py spans WORK.jsonl OUT.jsonl   # quotes -> spans
    python bench/corpus_gold.py diff A.jsonl B.jsonl         # two annotators' passes
    python bench/corpus_gold.py show [GOLD] [--article ID]   # gold with its text
    python bench/corpus_gold.py split                        # tune/check ids

Working files (outside the repository) carry a verbatim ``quote`` (and
``"where": "title"``); ``spans`` replaces it by ``"span": [start, end]`` (and
``"in_title": true``), so the gold holds offsets, never copied text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOLD = HERE / "corpus-gold" / "gold.jsonl"
ACTORS = HERE / "corpus-gold" / "actors.json"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "corpus.jsonl"

#: the first salt (v1, v2, ...) that splits the first 61 texts 30/31; changing it
#: reshuffles the split: never do it once rules were tuned
SPLIT_SALT = "newskg-corpus-split-v15"


def split_of(article_id: str) -> str:
    """``tune`` or ``check``, by a seeded hash of the id (half each, on average).

    >>> split_of("p1-001") in ("tune", "check")
    True
    """
    digest = hashlib.sha256(f"{SPLIT_SALT}:{article_id}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "check"


def read_jsonl(path: Path) -> list[dict]:
    """Every JSON object of a JSONL file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def corpus_records(path: Path = DEFAULT_CORPUS) -> dict[str, dict]:
    """The corpus records by id; exits with a clear message when absent."""
    if not path.is_file():
        sys.exit(
            f"{path}: no development corpus here (it lives in ../shared, outside "
            "the repository); pass its path"
        )
    return {r["id"]: r for r in read_jsonl(path)}


def to_spans(lines: Iterable[dict], records: dict[str, dict]) -> list[dict]:
    """Replace each line's ``quote`` by its span; fail on a quote not found."""
    out = []
    for n, g in enumerate(lines, 1):
        g = dict(g)
        quote = g.pop("quote", None)
        where = g.pop("where", "text")
        if quote is None:
            out.append(g)
            continue
        rec = records[g["article"]]
        source = rec.get("title") or "" if where == "title" else rec["text"]
        start = source.find(quote)
        if start < 0:
            sys.exit(f"line {n}: quote not found in the {where} of {g['article']}")
        g["span"] = [start, start + len(quote)]
        if where == "title":
            g["in_title"] = True
        out.append(g)
    return out


def span_text(g: dict, records: dict[str, dict]) -> str:
    """The text a gold line's span points at."""
    if "span" not in g or g.get("article") not in records:
        return ""
    rec = records[g["article"]]
    source = rec.get("title") or "" if g.get("in_title") else rec["text"]
    start, end = g["span"]
    return source[start:end]


def _key(g: dict) -> tuple:
    rel = g["relation"]
    if rel == "affiliatedWith":
        return (rel, frozenset(x.lower() for x in g["subject"]))
    if rel in ("killed", "wounded", "displaced"):
        c = g.get("count")
        return (g.get("article"), rel, tuple(c) if isinstance(c, list) else c)
    if rel == "killedUncounted":
        return (g.get("article"), rel, g.get("span", [None])[0])
    return (g.get("article"), rel, g.get("subject"))


def diff(a: list[dict], b: list[dict], records: dict[str, dict]) -> None:
    """Print, per article, the facts one pass has and the other lacks."""

    def index(lines: list[dict]) -> dict[tuple, list[dict]]:
        found: dict[tuple, list[dict]] = defaultdict(list)
        for g in lines:
            found[_key(g)].append(g)
        return found

    ia, ib = index(a), index(b)
    for key in sorted(set(ia) | set(ib), key=str):
        ga, gb = ia.get(key, []), ib.get(key, [])
        objs_a = {o for g in ga for o in (g.get("object") or [])}
        objs_b = {o for g in gb for o in (g.get("object") or [])}
        same_objs = key[1] not in ("callsFor", "condemns") or objs_a == objs_b
        opt_a = {bool(g.get("optional")) for g in ga}
        opt_b = {bool(g.get("optional")) for g in gb}
        if ga and gb and same_objs and opt_a == opt_b:
            continue
        print(f"== {key}")
        for tag, lines in (("A", ga), ("B", gb)):
            for g in lines:
                opt = " (optional)" if g.get("optional") else ""
                obj = g.get("object", g.get("count"))
                print(f"  {tag}{opt}: {obj} | {span_text(g, records)[:150]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("spans")
    p.add_argument("work", type=Path)
    p.add_argument("out", type=Path)
    p = sub.add_parser("diff")
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    p = sub.add_parser("show")
    p.add_argument("gold", type=Path, nargs="?", default=GOLD)
    p.add_argument("--article")
    sub.add_parser("split")
    args = ap.parse_args()

    if args.cmd == "split":
        records = corpus_records(args.corpus)
        for part in ("tune", "check"):
            ids = [i for i in sorted(records) if split_of(i) == part]
            print(f"{part} ({len(ids)}): {' '.join(ids)}")
        return 0
    records = corpus_records(args.corpus)
    if args.cmd == "spans":
        lines = to_spans(read_jsonl(args.work), records)
        with args.out.open("w", encoding="utf-8") as f:
            for g in lines:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        print(f"wrote {len(lines)} lines to {args.out}")
    elif args.cmd == "diff":
        a = to_spans(read_jsonl(args.a), records)
        b = to_spans(read_jsonl(args.b), records)
        diff(a, b, records)
    else:
        for g in read_jsonl(args.gold):
            if args.article and g.get("article") != args.article:
                continue
            opt = " (optional)" if g.get("optional") else ""
            what = g.get("object", g.get("count"))
            print(
                f"{g.get('article', '-')} {g['relation']}{opt}: {g.get('subject')} "
                f"{what} | {span_text(g, records)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
