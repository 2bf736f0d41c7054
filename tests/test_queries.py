"""The saved queries: one question per ``queries/*.rq``, its expected rows beside it.

Like the W3C SPARQL test suites (``agg01.rq`` beside its result), every query
runs on the seed build and its rows must equal ``queries/<name>.csv``, written
in SPARQL's CSV results style by :func:`kg.queries.to_csv`: a header of
variable names, then one line per row, IRIs in full, unbound values empty.
Checks named ``*-violation.rq`` must return no rows (ODK's ``src/sparql``), so
their CSV is the header alone.

The CSVs were generated once from the seed build and then read row by row
against the articles in ``seeds/``.  When an extractor changes what it finds,
regenerate the CSV of each query that fails and read its diff the same way
before committing it.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from conftest import ROOT, run_query

from kg import queries
from kg.errors import QueryError

QUERIES = ROOT / "queries"
RQ_FILES = sorted(QUERIES.glob("*.rq"))

# the SELECT clause of the outer query, and what it projects
_SELECT = re.compile(
    r"^\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(?P<vars>.*?)\s*WHERE\b",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)
# a projected expression such as (COUNT(*) AS ?n): ordered by the grouping
_AS_EXPRESSION = re.compile(r"\((?:[^()]|\([^()]*\))*\bAS\s+\?\w+\s*\)", re.IGNORECASE)
_ORDER_BY = re.compile(
    r"^\s*ORDER\s+BY\b(?P<keys>.*)\Z", re.IGNORECASE | re.MULTILINE | re.DOTALL
)
_VARIABLE = re.compile(r"\?(\w+)")


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_every_query_has_expected_rows_and_every_csv_a_query() -> None:
    assert len(RQ_FILES) >= 20
    csvs = {p.stem for p in QUERIES.glob("*.csv")}
    assert csvs == {p.stem for p in RQ_FILES}


@pytest.mark.slow
@pytest.mark.parametrize("path", RQ_FILES, ids=[p.stem for p in RQ_FILES])
def test_saved_query_returns_its_expected_rows(path: Path, seed_build: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#+ summary: ")
    assert queries.load_file(path).summary
    # explicit variables, and an ORDER BY over every one projected as is, so
    # the rows come out in one order only
    select = _SELECT.search(text)
    assert select is not None, "no SELECT ... WHERE"
    assert "*" not in _AS_EXPRESSION.sub("", select["vars"])
    projected = _VARIABLE.findall(_AS_EXPRESSION.sub("", select["vars"]))
    order = _ORDER_BY.search(text)
    assert order is not None, "no ORDER BY"
    assert set(projected) <= set(_VARIABLE.findall(order["keys"]))

    variables, rows = run_query(seed_build, str(path))
    expected = (path.with_suffix(".csv")).read_text(encoding="utf-8")
    assert csv_rows(queries.to_csv(variables, rows)) == csv_rows(expected)
    if path.stem.endswith("-violation"):
        assert rows == []
        assert csv_rows(expected) == [variables]


def test_resolve_finds_a_saved_query_by_name() -> None:
    q = queries.resolve("ceasefire-calls")
    assert q.name == "ceasefire-calls"
    assert q.path == QUERIES / "ceasefire-calls.rq"
    assert q.summary.startswith("Who called for a ceasefire")
    assert q.text == (QUERIES / "ceasefire-calls.rq").read_text(encoding="utf-8")


def test_resolve_reads_a_query_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.rq"
    path.write_text((QUERIES / "condemnations.rq").read_text(encoding="utf-8"))
    q = queries.resolve(str(path))
    assert (q.name, q.path) == ("mine", path)
    assert q.summary == "Who condemned whom, in which article and sentence."


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s",
        "  ask { ?s ?p ?o }",
        "# a comment first\nPREFIX kg: <https://w3id.org/newskg/ontology#>\n"
        "SELECT ?c WHERE { ?c a kg:CallFor } ORDER BY ?c",
    ],
)
def test_resolve_takes_inline_sparql(sparql: str) -> None:
    q = queries.resolve(sparql)
    assert (q.name, q.text, q.path) == ("(inline)", sparql, None)


@pytest.mark.parametrize(
    "junk",
    ["ceasefire", "no-such-query", "missing.rq", "DROP ALL", "", "calls for ceasefire"],
)
def test_resolve_rejects_junk_naming_it(junk: str) -> None:
    with pytest.raises(QueryError) as caught:
        queries.resolve(junk)
    assert str(caught.value) == (
        f"query '{junk}': no saved query by that name and not a SPARQL query"
    )


# safety -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["../outside", "../../outside", "sub/../../outside", "/tmp/outside", ".hidden"],
)
def test_a_saved_query_name_never_reaches_outside_the_queries_folder(
    tmp_path: Path, name: str
) -> None:
    queries_folder = tmp_path / "a" / "b" / "queries"
    queries_folder.mkdir(parents=True)
    (queries_folder / "inside.rq").write_text("SELECT ?s WHERE { ?s ?p ?o }\n")
    # files a path-shaped name would reach if it were joined to the folder
    for target in ("outside", "../outside", "../../outside", ".hidden"):
        path = (queries_folder / f"{target}.rq").resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("SELECT ?leak WHERE { ?leak ?p ?o }\n")
    with pytest.raises(QueryError, match="no saved query by that name"):
        queries.resolve(name, queries_folder)
    assert queries.resolve("inside", queries_folder).name == "inside"


def test_tests_cannot_reach_the_network() -> None:
    import socket

    from conftest import NetworkBlockedError

    with pytest.raises(NetworkBlockedError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
