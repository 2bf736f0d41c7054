"""The ``kg`` command line, through typer's ``CliRunner().invoke(app, [...])``.

Each command is thin (STYLE rule 7), so these tests check what only the
command adds: arguments, exit codes, what it prints and where, and that a
user's mistake ends in one line naming it, never in a traceback.  Commands
that read a graph use the session's seed build; commands that write go to
``tmp_path``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import Result
from conftest import (
    ROOT,
    SUDAN_RECORD,
    conflict_extraction,
    copy_seeds,
    squashed,
    table_rows,
)
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import PROV
from typer.testing import CliRunner

from kg import iri
from kg.cli import app
from kg.errors import Messages
from kg.gazetteer import Gazetteer
from kg.rdf import extraction_triples
from kg.store import KGStore, RdfFormat

QUERIES = ROOT / "queries"
COMMANDS = {
    "build",
    "query",
    "queries",
    "export",
    "validate",
    "stats",
    "viz",
    "serve",
    "actors",
}


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def error_line(result: Result) -> str:
    """The one line a failed command printed, after checking it failed cleanly."""
    assert result.exit_code == 1, result.output
    # typer.Exit, not an exception escaping with its traceback
    assert type(result.exception) is SystemExit, result.exception
    assert "Traceback" not in result.output
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ")
    return line


def expected_rows(name: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO((QUERIES / f"{name}.csv").read_text())))


# help ----------------------------------------------------------------------------


def test_help_lists_every_command() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    registered = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert registered == COMMANDS
    listed = {row[0].split()[0] for row in table_rows(result.stdout) if row[0]}
    assert COMMANDS <= listed


def test_no_arguments_shows_the_help() -> None:
    result = invoke()
    assert "Commands" in result.output
    assert "build" in result.output


# build ---------------------------------------------------------------------------


@pytest.mark.slow
def test_build_writes_graph_and_page_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_seeds(tmp_path / "src", "000_", "004_")
    monkeypatch.chdir(tmp_path)
    result = invoke("build", "src", "--out", "out")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert "Turtle: out/graph.ttl" in lines
    assert "HTML:   out/graph.html" in lines
    assert (tmp_path / "out" / "graph.ttl").read_text().startswith("@prefix ")
    assert (
        (tmp_path / "out" / "graph.html")
        .read_text()
        .lower()
        .startswith("<!doctype html>")
    )
    assert (tmp_path / "out" / "store").is_dir()
    counts = dict(row for row in table_rows(result.stdout) if len(row) == 2)
    assert counts["articles added"] == "2"
    assert counts["articles unchanged (skipped)"] == "0"
    assert counts["errors (file, article or stage)"] == "0"


@pytest.mark.slow
def test_build_prints_a_long_output_path_on_one_line(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "sudan.jsonl").write_text(json.dumps(SUDAN_RECORD) + "\n")
    out = tmp_path / ("out-" + "x" * 150) / ("graph-" + "y" * 150)
    result = invoke("build", src, "--out", out, "--no-html")
    assert result.exit_code == 0, result.output
    assert (out / "graph.ttl").is_file()
    assert f"Turtle: {out / 'graph.ttl'}" in result.stdout.splitlines()


# query ---------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "table"])
def test_query_prints_rows_in_each_format(seed_build: Path, fmt: str) -> None:
    result = invoke("query", "ceasefire-calls", "--out", seed_build, "--format", fmt)
    assert result.exit_code == 0, result.output
    expected = expected_rows("ceasefire-calls")
    header, body = expected[0], expected[1:]
    out = result.stdout
    if fmt == "csv":
        assert out == (QUERIES / "ceasefire-calls.csv").read_text()
    elif fmt == "tsv":
        assert list(csv.reader(io.StringIO(out), delimiter="\t")) == expected
    elif fmt == "json":
        records = json.loads(out)
        assert [list(r) for r in records] == [header] * len(body)
        as_text = [["" if v is None else str(v) for v in r.values()] for r in records]
        assert as_text == body
    else:
        assert out.splitlines()[-1] == f"{len(body)} rows"
        summary = "Who called for a ceasefire: actor, article date, article,"
        assert squashed(summary) in squashed(out)
        for actor in ("European Union", "NATO", "United Nations"):
            assert any(row[0] == actor for row in table_rows(out))


@pytest.mark.slow
def test_query_runs_a_query_file(seed_build: Path, tmp_path: Path) -> None:
    path = tmp_path / "who-condemned.rq"
    path.write_text((QUERIES / "condemnations.rq").read_text())
    result = invoke("query", path, "--out", seed_build, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout == (QUERIES / "condemnations.csv").read_text()


@pytest.mark.parametrize("name", ["no-such-query", "ceasefire", "calls by actor"])
def test_query_unknown_name_is_one_line_naming_it(tmp_path: Path, name: str) -> None:
    result = invoke("query", name, "--out", tmp_path)
    assert error_line(result) == f"error: {Messages.E011.format(name=name)}"


def test_query_error_keeps_square_brackets_of_the_name(tmp_path: Path) -> None:
    result = invoke("query", "calls[eu]", "--out", tmp_path)
    assert error_line(result) == f"error: {Messages.E011.format(name='calls[eu]')}"


@pytest.mark.slow
def test_query_bad_sparql_is_one_line(seed_copy: Path) -> None:
    result = invoke("query", "SELECT ?x WHERE { ?x ?y }", "--out", seed_copy)
    assert error_line(result).startswith("error: query '(inline)' failed: ")


# export --------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("fmt", list(RdfFormat), ids=[f.value for f in RdfFormat])
def test_export_writes_each_format(
    seed_build: Path, tmp_path: Path, fmt: RdfFormat
) -> None:
    path = tmp_path / f"graph{fmt.suffix}"
    result = invoke("export", "--format", fmt.value, "-o", path, "--out", seed_build)
    assert result.exit_code == 0, result.output
    turtle = Graph().parse(seed_build / "graph.ttl", format="turtle")
    rdflib_format = {"ntriples": "nt", "nquads": "nquads", "jsonld": "json-ld"}
    parser = rdflib_format.get(fmt.value, fmt.value)
    if fmt.is_dataset:
        ds = Dataset()
        ds.parse(path, format=parser)
        quads = list(ds.quads((None, None, None, None)))
        # one named graph per article, and together the whole graph
        assert {str(g) for *_, g in quads} == {
            str(iri.graph_iri(p.stem)) for p in sorted((ROOT / "seeds").glob("*.txt"))
        }
        assert {(s, p, o) for s, p, o, _ in quads} == set(turtle)
    else:
        g = Graph().parse(path, format=parser)
        assert len(g) == len(turtle)
        assert isomorphic(g, turtle)


@pytest.mark.slow
def test_export_to_stdout_is_the_built_turtle(seed_build: Path) -> None:
    result = invoke("export", "--out", seed_build)
    assert result.exit_code == 0
    assert result.stdout_bytes == (seed_build / "graph.ttl").read_bytes()


def test_export_bogus_format_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "graph.bogus"
    result = invoke("export", "--format", "bogus", "-o", path, "--out", tmp_path)
    assert error_line(result) == (
        "error: unknown format 'bogus'; choose one of "
        "turtle, trig, ntriples, nquads, jsonld"
    )
    assert not path.exists()


@pytest.mark.slow
def test_export_into_a_missing_folder_fails_cleanly_or_creates_it(
    seed_copy: Path, tmp_path: Path
) -> None:
    path = tmp_path / "not" / "yet" / "graph.ttl"
    result = invoke("export", "-o", path, "--out", seed_copy)
    assert not isinstance(result.exception, OSError), result.exception
    if result.exit_code == 0:
        assert path.read_bytes() == (seed_copy / "graph.ttl").read_bytes()
    else:
        assert str(path) in error_line(result)


# validate ------------------------------------------------------------------------


@pytest.mark.slow
def test_validate_seed_build_conforms(seed_build: Path) -> None:
    result = invoke("validate", "--out", seed_build)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("conforms")


def test_validate_broken_store_lists_the_violation(tmp_path: Path) -> None:
    call = iri.event_iri("004_x", "CallFor", 10, 0, in_title=False)
    triples = [
        t
        for t in extraction_triples(conflict_extraction(), Gazetteer([]))
        if t[:2] != (call, PROV.wasDerivedFrom)
    ]
    KGStore(tmp_path / "store").replace_articles(
        [(iri.article_iri("004_x"), iri.graph_iri("004_x"), "sig", triples)]
    )
    result = invoke("validate", "--out", tmp_path)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stdout.lstrip().startswith("1 SHACL violations")
    # rich folds the cells over lines: read each column back whole
    columns = ["".join(col) for col in zip(*table_rows(result.stdout), strict=True)]
    focus, path, message = (squashed(c) for c in columns)
    assert focus == str(call)
    assert path == str(PROV.wasDerivedFrom)
    assert message == squashed(
        "Needs exactly one prov:wasDerivedFrom: the article it was read from."
    )


# stats, viz, queries -------------------------------------------------------------


@pytest.mark.slow
def test_stats_prints_the_counts(seed_build: Path) -> None:
    result = invoke("stats", "--out", seed_build)
    assert result.exit_code == 0, result.output
    counts = dict(row for row in table_rows(result.stdout) if len(row) == 2)
    # the same numbers as the saved query behind the page's summary
    for klass, n in expected_rows("viz-class-counts")[1:]:
        assert counts[klass.rsplit("#", 1)[1]] == n
    for relation, n in expected_rows("viz-relation-counts")[1:]:
        assert counts[relation.rsplit("#", 1)[1]] == n
    for relation, _, total in expected_rows("viz-casualty-sums")[1:]:
        assert counts[f"{relation.rsplit('#', 1)[1]} (summed over reports)"] == total
    assert "top 10 actors" in result.stdout
    assert "European Union" in result.stdout


@pytest.mark.slow
def test_viz_writes_the_page(
    seed_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("viz", "-o", "pages/seeds.html", "--out", seed_build)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["HTML: pages/seeds.html"]
    page = (tmp_path / "pages" / "seeds.html").read_bytes()
    assert page.lower().startswith(b"<!doctype html>")
    # the page the build wrote, from the same store
    assert page == (seed_build / "graph.html").read_bytes()


def test_queries_lists_every_saved_query() -> None:
    result = invoke("queries")
    assert result.exit_code == 0
    names = {row[0] for row in table_rows(result.stdout) if row[0]}
    assert names == {p.stem for p in QUERIES.glob("*.rq")}


# without a build -----------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["query", "ceasefire-calls"],
        ["export", "--format", "nquads"],
        ["validate"],
        ["stats"],
        ["viz"],
    ],
    ids=lambda args: args[0],
)
def test_commands_without_a_build_say_to_build_first(
    tmp_path: Path, args: list[str]
) -> None:
    out = tmp_path / "nothing-built-here"
    out.mkdir()
    result = invoke(*args, "--out", out)
    assert error_line(result) == f"error: {Messages.E010.format(path=out / 'store')}"
    assert list(out.iterdir()) == []


def test_commands_default_to_the_export_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("stats")
    assert error_line(result) == (
        "error: no built graph in export/store; run 'kg build' first"
    )
