"""Saved SPARQL queries: load ``queries/*.rq`` by name, run them, format rows."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import Messages, QueryError
from kg.resources import queries_dir
from kg.store import PREFIXES, KGStore

_SUMMARY = re.compile(r"^#\+\s*summary:\s*(.+)$", re.MULTILINE)
# a saved query's name: a file stem in queries/, never a path ("../../x")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_SPARQL_START = re.compile(
    r"^\s*(?:#[^\n]*\n\s*)*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class SavedQuery:
    """A query file: its name (file stem), summary line and text."""

    name: str
    summary: str
    text: str
    path: Path | None = None


def saved_queries(folder: Path | None = None) -> list[SavedQuery]:
    """Every saved query, sorted by name."""
    folder = folder or queries_dir()
    return [load_file(p) for p in sorted(folder.glob("*.rq"))]


def load_file(path: Path) -> SavedQuery:
    """Read one ``.rq`` file."""
    text = path.read_text(encoding="utf-8")
    m = _SUMMARY.search(text)
    return SavedQuery(path.stem, m.group(1).strip() if m else "", text, path)


def resolve(spec: str, folder: Path | None = None) -> SavedQuery:
    """A saved query by name, a ``.rq`` file path, or SPARQL text.

    A name is a file stem inside ``queries/``: one holding a path separator
    or starting with a dot never reaches a file outside it.

    Raises:
        QueryError: when ``spec`` is none of those.
    """
    folder = folder or queries_dir()
    if _NAME.fullmatch(spec):
        named = folder / f"{spec}.rq"
        if named.is_file():
            return load_file(named)
    path = Path(spec)
    if spec.endswith(".rq") and path.is_file():
        return load_file(path)
    if _SPARQL_START.match(spec):
        return SavedQuery("(inline)", "", spec)
    raise QueryError(Messages.E011.format(name=spec))


def run(
    store: KGStore, query: SavedQuery
) -> tuple[list[str], list[tuple[object, ...]]]:
    """Run a query; variables and rows.

    Raises:
        QueryError: naming the query when it fails.
    """
    try:
        return store.query(query.text)
    except QueryError as err:
        raise QueryError(Messages.E012.format(name=query.name, reason=err)) from err


def compact(value: object) -> str:
    """Shorten an IRI with the export prefixes, for tables.

    >>> compact("https://w3id.org/newskg/ontology#Ceasefire")
    'kg:Ceasefire'
    """
    if value is None:
        return ""
    text = str(value)
    for prefix, ns in PREFIXES.items():
        if text.startswith(ns) and prefix != "kgr":
            return f"{prefix}:{text[len(ns) :]}"
    if text.startswith(PREFIXES["kgr"]):
        return "kgr:" + text[len(PREFIXES["kgr"]) :]
    return text


def to_csv(
    variables: list[str], rows: list[tuple[object, ...]], *, delimiter: str = ","
) -> str:
    """Rows as CSV (or TSV), full IRIs, as in SPARQL's CSV results format."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue()


def to_json(variables: list[str], rows: list[tuple[object, ...]]) -> str:
    """Rows as a JSON list of objects."""
    return json.dumps(
        [dict(zip(variables, row, strict=True)) for row in rows],
        ensure_ascii=False,
        indent=2,
    )
