"""Nothing lost: one bad article never stops a build, and nothing stored is damaged.

Faults are injected stage by stage (parse, one extractor family, the shared
actor context, RDF, the store write) into one article of two; the other article
is built whole, the bad one is named with its stage, and what the store held of
it before is kept.  Locks keep a second build and readers away from a store a
build writes; a build's own outputs are never read as its input.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEEDS, copy_seeds, run_query, table_rows
from typer.testing import CliRunner

import kg.build
import kg.extract
import kg.workers
from kg import iri
from kg.build import REPORT_NAME, build
from kg.cli import app
from kg.errors import Messages, StoreBusyError
from kg.store import KGStore

pytestmark = pytest.mark.slow

# the calls family, whatever its version
CALLS = next(name for name in kg.extract.EXTRACTORS if name.startswith("calls."))
# the two articles of every fault test: the fault hits BAD, never GOOD
GOOD = "000_5359c2e89cf0f33b"
BAD = "001_8410fd2ddcb780b2"


class BoomError(RuntimeError):
    """The injected fault."""


@pytest.fixture()
def two_seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    copy_seeds(folder, GOOD[:4], BAD[:4])
    return folder


def facts_of(out: Path, article: str) -> dict[str, int]:
    """How many events of each class the store holds for one article."""
    _, rows = run_query(
        out,
        f"""PREFIX kg: <https://w3id.org/newskg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?class (COUNT(?e) AS ?n) WHERE {{
          ?e a ?class ; prov:wasDerivedFrom <{iri.article_iri(article)}> ;
             kg:extractor ?x .
          FILTER(?class != kg:Quote)
        }} GROUP BY ?class ORDER BY ?class""",
    )
    return {str(c).rsplit("#", 1)[-1]: int(str(n)) for c, n in rows}


def report_of(out: Path) -> dict:
    return json.loads((out / REPORT_NAME).read_text(encoding="utf-8"))


# faults in one article's stages -------------------------------------------------


def test_a_family_that_raises_costs_that_family_only(
    two_seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    clean = tmp_path / "clean"
    build([two_seeds], out=clean, html=False)
    calls = kg.extract.EXTRACTORS[CALLS]

    def broken_calls(ctx):  # noqa: ANN001, ANN202
        if ctx.article.id == BAD:
            raise BoomError("calls broke")
        return calls(ctx)

    monkeypatch.setitem(kg.extract.EXTRACTORS, CALLS, broken_calls)
    report = build([two_seeds], out=out, html=False)

    [issue] = report.failed
    assert (issue.stage, issue.article, issue.message) == (
        f"extract:{CALLS}",
        BAD,
        "BoomError: calls broke",
    )
    assert str(issue).startswith(f"{two_seeds / BAD}.txt: article '{BAD}': ")
    assert f"the facts of {CALLS}" in issue.lost
    # the good article is whole; the bad one lost its calls and nothing else
    assert facts_of(out, GOOD) == facts_of(clean, GOOD)
    expected = {k: v for k, v in facts_of(clean, BAD).items() if k != "CallFor"}
    assert facts_of(out, BAD) == expected
    statuses = {a["id"]: a["status"] for a in report_of(out)["articles"]}
    assert statuses == {GOOD: "added", BAD: "partial"}

    # a partly stored article is read again, so the fault is reported again
    monkeypatch.setitem(kg.extract.EXTRACTORS, CALLS, calls)
    again = build([two_seeds], out=out, html=False)
    assert (again.skipped, again.replaced, again.failed) == (1, 1, [])
    assert facts_of(out, BAD) == facts_of(clean, BAD)


def test_when_the_shared_context_fails_the_article_keeps_its_earlier_version(
    two_seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build([two_seeds], out=out, html=False)
    before = facts_of(out, BAD)
    assert before
    # the text changes, and reading the new version fails
    path = two_seeds / f"{BAD}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nMore fighting.\n")
    real = kg.extract.Context

    def broken_context(doc, article, gazetteer):  # noqa: ANN001, ANN202
        if article.id == BAD:
            raise BoomError("context broke")
        return real(doc, article, gazetteer)

    monkeypatch.setattr(kg.extract, "Context", broken_context)
    report = build([two_seeds], out=out, html=False)

    [issue] = report.failed
    assert (issue.stage, issue.article) == ("extract:context", BAD)
    assert "every family" in issue.lost
    assert (report.failed_articles, report.skipped, report.replaced) == (1, 1, 0)
    assert facts_of(out, BAD) == before


@pytest.mark.parametrize("stage", ["parse", "rdf", "store"])
def test_a_failing_stage_names_the_article_and_the_rest_is_stored(
    two_seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    out = tmp_path / "out"
    if stage == "parse":
        real_load = kg.workers.load_pipeline

        class Flaky:
            """The real pipeline, except on the bad article's text."""

            def __init__(self, nlp) -> None:  # noqa: ANN001
                self.nlp = nlp

            def pipe(self, texts, batch_size):  # noqa: ANN001, ANN201
                texts = list(texts)
                if any("Idlib" in t and "Wednesday" in t for t in texts):
                    raise BoomError("parser broke")
                return self.nlp.pipe(texts, batch_size=batch_size)

            def __call__(self, text):  # noqa: ANN001, ANN204
                if "Idlib" in text and "Wednesday" in text:
                    raise BoomError("parser broke")
                return self.nlp(text)

        monkeypatch.setattr(
            kg.workers, "load_pipeline", lambda m, **kw: Flaky(real_load(m, **kw))
        )
        assert "Wednesday" not in (two_seeds / f"{GOOD}.txt").read_text()
    elif stage == "rdf":
        real_triples = kg.workers.extraction_triples

        def broken_triples(ex, gazetteer):  # noqa: ANN001, ANN202
            if ex.article.id == BAD:
                raise BoomError("rdf broke")
            return real_triples(ex, gazetteer)

        monkeypatch.setattr(kg.workers, "extraction_triples", broken_triples)
    else:
        real_replace = KGStore.replace_articles

        def broken_replace(self, batch):  # noqa: ANN001, ANN202
            batch = list(batch)
            if any(str(row[0]).endswith(BAD) for row in batch):
                raise BoomError("disk broke")
            return real_replace(self, batch)

        monkeypatch.setattr(KGStore, "replace_articles", broken_replace)

    report = build([two_seeds], out=out, html=False)

    [issue] = report.failed
    assert (issue.stage, issue.article) == (stage, BAD)
    assert issue.message.startswith("BoomError: ")
    assert (report.added, report.failed_articles) == (1, 1)
    assert facts_of(out, GOOD)
    assert facts_of(out, BAD) == {}
    logged = report_of(out)
    assert logged["errors"][0]["stage"] == stage
    assert logged["counts"]["failed_articles"] == 1


def test_the_command_prints_one_line_per_error_and_no_traceback(
    two_seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = kg.extract.EXTRACTORS[CALLS]

    def broken_calls(ctx):  # noqa: ANN001, ANN202
        if ctx.article.id == BAD:
            raise KeyError("\x1b[31mred")  # a message may hold terminal escapes
        return calls(ctx)

    monkeypatch.setitem(kg.extract.EXTRACTORS, CALLS, broken_calls)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(two_seeds), "--out", str(out)])

    assert result.exit_code == 1
    assert "Traceback" not in result.output + result.stderr
    assert "\x1b" not in result.stderr
    error, last = result.stderr.splitlines()
    assert error == (
        f"error: {two_seeds / BAD}.txt: article '{BAD}': extract:{CALLS} failed: "
        f"KeyError: '\\x1b[31mred' (lost: the facts of {CALLS})"
    )
    assert last == f"1 error(s); every one is listed in {out / REPORT_NAME}"
    counts = dict(row for row in table_rows(result.stdout) if len(row) == 2)
    assert counts["articles stored in part (a family failed)"] == "1"
    assert f"Report: {out / REPORT_NAME}" in result.stdout

    # --strict hands the exception itself to the developer
    strict = CliRunner().invoke(
        app, ["build", str(two_seeds), "--out", str(tmp_path / "s"), "--strict"]
    )
    assert isinstance(strict.exception, KeyError)


def test_the_report_lists_every_article_with_its_status_and_timings(
    two_seeds: Path, tmp_path: Path, bad_inputs: dict[str, Path]
) -> None:
    out = tmp_path / "out"
    build([two_seeds, bad_inputs["empty"]], out=out, html=False)
    report = build([two_seeds, bad_inputs["french"]], out=out, html=False)
    logged = report_of(out)

    assert report.report == out / REPORT_NAME
    assert logged["counts"]["skipped"] == 2
    assert logged["counts"]["errors_by_stage"] == {"ingest": 1}
    [error] = logged["errors"]
    assert error["source"] == str(bad_inputs["french"])
    assert "does not look like English" in error["message"]
    assert [(a["id"], a["status"]) for a in logged["articles"]] == [
        (GOOD, "skipped"),
        (BAD, "skipped"),
    ]
    # nothing changed since the first build: the outputs are kept, not rewritten
    assert set(logged["stage_seconds"]) >= {"ingest", "link", "outputs"}
    assert logged["outputs"]["unchanged"] is True
    assert logged["outputs"]["turtle"] == str(out / "graph.ttl")


# outputs are not inputs -----------------------------------------------------------


def test_a_build_never_reads_its_own_outputs(tmp_path: Path) -> None:
    project = tmp_path / "project"
    copy_seeds(project / "articles")
    cwd = Path.cwd()
    os.chdir(project)
    try:
        runner = CliRunner()
        for _ in range(2):  # the second run finds the first one's outputs
            result = runner.invoke(app, ["build", ".", "--out", "export", "--no-html"])
            assert result.exit_code == 0, result.stderr
            assert result.stderr == ""
        # an --out nested in a source folder, and an old sidecar index in it
        (project / "articles" / "out").mkdir()
        (project / "articles" / "out" / "store.index.json").write_text("{}")
        nested = runner.invoke(
            app, ["build", "articles", "--out", "articles/out", "--no-html"]
        )
        again = runner.invoke(
            app, ["build", "articles", "--out", "articles/out", "--no-html"]
        )
    finally:
        os.chdir(cwd)
    assert nested.exit_code == 0 and again.exit_code == 0, nested.stderr + again.stderr
    counts = dict(row for row in table_rows(again.stdout) if len(row) == 2)
    assert counts["articles unchanged (skipped)"] == "5"
    assert counts["errors (file, article or stage)"] == "0"


# locks -------------------------------------------------------------------------------


def test_a_store_a_build_holds_is_busy_for_everyone_else(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with KGStore.open_for_build(path):
        with pytest.raises(StoreBusyError) as reader:
            KGStore.open_existing(path, command="kg query")
        with pytest.raises(StoreBusyError) as writer:
            KGStore.open_for_build(path)
    assert str(reader.value) == Messages.E040.format(
        path=path, pid=os.getpid(), command="kg query"
    )
    assert str(writer.value) == Messages.E040.format(
        path=path, pid=os.getpid(), command="kg build"
    )
    # readers share the store, and keep a build out while they read
    with KGStore.open_existing(path), KGStore.open_existing(path):
        with pytest.raises(StoreBusyError) as build_while_read:
            KGStore.open_for_build(path)
    assert str(build_while_read.value) == Messages.E041.format(
        path=path, command="kg build"
    )
    KGStore.open_for_build(path).close()  # free again


@pytest.fixture()
def big_corpus(tmp_path: Path) -> Path:
    """The seeds repeated under 60 ids: a build that runs for a few seconds."""
    path = tmp_path / "big.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as f:
        for n in range(60):
            text = texts[n % len(texts)] + f"\nReport number {n}.\n"
            f.write(json.dumps({"id": f"a{n:03d}", "text": text}) + "\n")
    return path


def kg_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *args]


def wait_for_writer(lock: Path, proc: subprocess.Popen, timeout: float = 120) -> None:
    """Until the build in ``proc`` holds the store (its pid is in the lock file)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text().startswith(str(proc.pid)):
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError("the build never took the store")


def test_two_processes_a_build_and_a_second_build_or_a_reader(
    big_corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = subprocess.Popen(
        kg_command("build", str(big_corpus), "--out", str(out), "--no-html"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_writer(out / "store.lock", first)
        second = subprocess.run(
            kg_command("build", str(big_corpus), "--out", str(out), "--no-html"),
            capture_output=True,
            text=True,
            timeout=300,
        )
        reader = subprocess.run(
            kg_command("query", "ceasefire-calls", "--out", str(out)),
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        first_out, first_err = first.communicate(timeout=600)
    assert first.returncode == 0, first_err
    for proc, command in ((second, "kg build"), (reader, "kg query")):
        assert proc.returncode == 1
        busy = Messages.E040.format(path=out / "store", pid=first.pid, command=command)
        assert proc.stderr == f"error: {busy}\n"
    # the first build was not disturbed, and the store reads once it is done
    reference = tmp_path / "reference"
    build([big_corpus], out=reference, html=False)
    assert (out / "graph.ttl").read_bytes() == (reference / "graph.ttl").read_bytes()
    assert run_query(out, "ceasefire-calls")[1]


# kill -9 ------------------------------------------------------------------------------


def article_graphs(store_path: Path) -> dict[str, set[str]]:
    """Every article graph of a store as N-Triples lines, and its signature."""
    with KGStore.open_existing(store_path) as store:
        graphs: dict[str, set[str]] = {}
        for q in store.quads():
            if q.graph_name.value == str(iri.LINKED_GRAPH):
                continue  # derived from all articles, rewritten whole by each build
            graphs.setdefault(q.graph_name.value, set()).add(
                f"{q.subject} {q.predicate} {q.object}"
            )
        signed = {a for a, _ in store.iter_signatures()}
    assert {g.replace("/graph/", "/article/") for g in graphs} == signed
    return graphs


def kill_points(seed: int, runs: int, longest: float) -> Iterator[float]:
    import random

    rng = random.Random(seed)
    for _ in range(runs):
        yield rng.uniform(0.2, longest)


def test_kill_9_at_random_points_never_leaves_a_partial_article(
    big_corpus: Path, tmp_path: Path
) -> None:
    reference = tmp_path / "reference"
    started = time.monotonic()
    build([big_corpus], out=reference, html=False)
    expected = article_graphs(reference / "store")
    # a subprocess also loads Python, spaCy and the model: a few seconds more
    longest = time.monotonic() - started + 6.0

    out = tmp_path / "out"
    runs = int(os.environ.get("NEWSKG_KILL_RUNS", "20"))
    for n, delay in enumerate(kill_points(1729, runs, longest)):
        args = ["build", str(big_corpus), "--out", str(out), "--no-html"]
        if n % 5 == 4:
            args.append("--fresh")  # killed while deleting, too
        proc = subprocess.Popen(
            kg_command(*args, "--batch-size", "4"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.kill()
        proc.wait()
        if not (out / "store").is_dir() or not any((out / "store").iterdir()):
            continue  # killed before the store existed
        # the store opens, and every article graph in it is whole
        found = article_graphs(out / "store")
        for graph, lines in found.items():
            assert lines == expected[graph], (n, delay, graph)
    # the next build converges to the uninterrupted one, byte for byte
    build([big_corpus], out=out, html=False)
    assert (out / "graph.ttl").read_bytes() == (reference / "graph.ttl").read_bytes()
    assert article_graphs(out / "store") == expected
