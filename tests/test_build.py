"""kg.build end to end: determinism, incremental rebuilds, bad input, titles.

Every test here runs the real pipeline over real files (the seeds, copies of
them, or inputs written to ``tmp_path``) into an on-disk store, and reads the
result back through the saved queries and the store.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import (
    SEED_FILES,
    SEEDS,
    SUDAN_RECORD,
    SUDAN_TITLE,
    copy_seeds,
    run_query,
    table_rows,
    triple_count,
)
from rdflib import RDF
from rdflib.namespace import DCTERMS
from typer.testing import CliRunner

from kg import iri
from kg.build import Issue, build
from kg.cli import app
from kg.store import KGStore
from kg.validate import validate
from kg.vocab import KG

pytestmark = pytest.mark.slow

# a sentence of seed 001, and what the edited copy says instead
OLD_SENTENCE = (
    "The European Union on Wednesday called for a ceasefire in Syria’s "
    "northwestern province of Idlib and urged Turkey, Russia, Iran and the Syrian "
    "government to protect civilians under siege, Reuters reported on Wednesday."
)
NEW_SENTENCE = (
    "The European Union on Wednesday urged all parties to allow humanitarian "
    "access to Idlib, Reuters reported."
)


def evidence_rows(out: Path) -> list[tuple[object, ...]]:
    return run_query(out, "evidence")[1]


def rows_of(rows: list[tuple[object, ...]], *articles: str) -> list[tuple[object, ...]]:
    """The ``evidence`` rows of some articles (column 2 is the article id)."""
    return [r for r in rows if r[2] in articles]


def articles_in(out: Path) -> dict[str, str]:
    """Article id -> stored text, for every article of the build in ``out``."""
    g = KGStore.open_existing(out / "store").to_rdflib()
    return {
        str(g.value(a, DCTERMS.identifier)): str(g.value(a, KG.text))
        for a in g.subjects(RDF.type, KG.Article)
    }


def write_jsonl(path: Path, *records: dict[str, str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# determinism ----------------------------------------------------------------------


def test_two_fresh_builds_are_byte_identical(seed_build: Path, tmp_path: Path) -> None:
    # the same articles from another folder, listed the other way round and
    # stored in other batches
    copies = copy_seeds(tmp_path / "elsewhere")
    out = tmp_path / "second"
    report = build(list(reversed(copies)), out=out, batch_size=2)
    assert (report.added, report.skipped, report.failed) == (5, 0, [])
    assert (out / "graph.ttl").read_bytes() == (seed_build / "graph.ttl").read_bytes()
    assert (out / "graph.html").read_bytes() == (seed_build / "graph.html").read_bytes()


# incremental builds -----------------------------------------------------------------


def test_second_build_skips_every_unchanged_article(seed_copy: Path) -> None:
    triples = triple_count(seed_copy)
    turtle = (seed_copy / "graph.ttl").read_bytes()
    report = build([SEEDS], out=seed_copy, html=False)
    assert (report.added, report.replaced, report.skipped) == (0, 0, 5)
    assert report.failed == [] and report.read == 0 and report.words == 0
    assert triple_count(seed_copy) == triples
    assert (seed_copy / "graph.ttl").read_bytes() == turtle


def test_changed_article_replaces_its_own_facts_only(
    seed_copy: Path, tmp_path: Path
) -> None:
    before = evidence_rows(seed_copy)
    assert any(r[-1] == OLD_SENTENCE for r in before)
    src = tmp_path / "src"
    [edited] = [p for p in copy_seeds(src) if p.name.startswith("001_")]
    text = edited.read_text(encoding="utf-8")
    assert text.count(OLD_SENTENCE) == 1
    edited.write_text(text.replace(OLD_SENTENCE, NEW_SENTENCE), encoding="utf-8")

    report = build([src], out=seed_copy, html=False)
    assert (report.added, report.replaced, report.skipped) == (0, 1, 4)

    after = evidence_rows(seed_copy)
    # what only the old version said is gone ...
    assert not any(OLD_SENTENCE in str(value) for r in after for value in r)
    assert OLD_SENTENCE not in (seed_copy / "graph.ttl").read_text(encoding="utf-8")
    ceasefires = run_query(seed_copy, "ceasefire-calls")[1]
    assert {r[2] for r in ceasefires} == {
        "000_5359c2e89cf0f33b",
        "004_4d523541bf621154",
    }
    # ... the new version is stored in its place ...
    new_text = edited.read_text(encoding="utf-8")
    assert articles_in(seed_copy)["001_8410fd2ddcb780b2"] == new_text
    assert rows_of(after, "001_8410fd2ddcb780b2")
    # ... and the other articles' facts are untouched
    others = [p.stem for p in SEED_FILES if not p.name.startswith("001_")]
    assert rows_of(after, *others) == rows_of(before, *others)


def test_fresh_starts_from_an_empty_store(seed_build: Path, seed_copy: Path) -> None:
    sudan = write_jsonl(seed_copy.parent / "extra" / "sudan.jsonl", SUDAN_RECORD)
    assert build([sudan], out=seed_copy, html=False).added == 1
    assert "sudan-1" in articles_in(seed_copy)

    report = build([SEEDS], out=seed_copy, fresh=True)
    assert (report.added, report.replaced, report.skipped) == (5, 0, 0)
    assert set(articles_in(seed_copy)) == {p.stem for p in SEED_FILES}
    assert (seed_copy / "graph.ttl").read_bytes() == (
        seed_build / "graph.ttl"
    ).read_bytes()


# bad input --------------------------------------------------------------------------

# what each bad file's message says after its path
FAULTS = {
    "empty": "file is empty",
    "binary": "looks like a binary file, not text",
    "latin1": "not valid UTF-8 (byte 20); re-save it as UTF-8",
    "huge": "20000000 bytes is more than the limit of 1000000 bytes",
    "french": "does not look like English (too few common English words)",
    "jsonl": "line 2: invalid JSON record: ",
}


EARLIER = ("000_5359c2e89cf0f33b", "001_8410fd2ddcb780b2")


def test_bad_files_are_reported_and_the_rest_is_built(
    bad_inputs: dict[str, Path], tmp_path: Path
) -> None:
    # an earlier run stored two seeds in the same out
    out = tmp_path / "out"
    copy_seeds(tmp_path / "first", "000_", "001_")
    assert build([tmp_path / "first"], out=out, html=False).added == 2
    earlier = rows_of(evidence_rows(out), *EARLIER)
    assert earlier

    folder = bad_inputs["empty"].parent
    copy_seeds(folder, "002_")
    seen: list[Issue] = []
    report = build([folder], out=out, html=False, on_error=seen.append)

    # every bad file is an error naming it, and saying what is wrong
    assert seen == report.failed
    errors = {Path(e.path): str(e) for e in report.failed if e.path}
    assert len(errors) == len(report.failed) == len(bad_inputs)
    for kind, path in bad_inputs.items():
        assert errors[path].startswith(f"{path}: {FAULTS[kind]}"), kind
    # the good article and the good record of the JSONL file are built ...
    assert (report.added, report.replaced, report.skipped) == (2, 0, 0)
    texts = articles_in(out)
    assert set(texts) == {*EARLIER, "002_59574a3678d93158", "sudan-1"}
    assert texts["sudan-1"] == SUDAN_RECORD["text"]
    # ... and what the earlier run stored is still there
    assert rows_of(evidence_rows(out), *EARLIER) == earlier


def test_build_command_names_each_bad_file(
    bad_inputs: dict[str, Path], tmp_path: Path
) -> None:
    folder = bad_inputs["empty"].parent
    result = CliRunner().invoke(
        app, ["build", str(folder), "--out", str(tmp_path / "out"), "--no-html"]
    )
    # the rest is built, and the exit code still tells a script input was bad
    assert result.exit_code == 1, result.output
    assert type(result.exception) is SystemExit
    *lines, last = result.stderr.splitlines()
    report = tmp_path / "out" / "build-report.json"
    assert last == f"{len(bad_inputs)} error(s); every one is listed in {report}"
    assert len(lines) == len(bad_inputs)
    for kind, path in bad_inputs.items():
        [line] = [x for x in lines if x.startswith(f"error: {path}: ")]
        assert FAULTS[kind] in line
    counts = dict(row for row in table_rows(result.stdout) if len(row) == 2)
    assert counts["errors (file, article or stage)"] == str(len(bad_inputs))
    assert counts["articles added"] == "1"


# titles ---------------------------------------------------------------------------


def test_a_call_in_a_record_title_points_into_the_title(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "in" / "sudan.jsonl", SUDAN_RECORD)], out=out)
    [call] = [r for r in evidence_rows(out) if r[1] == "CallFor"]
    fact, _, article, in_title, start, end, extractor, sentence = call
    assert fact == str(iri.event_iri("sudan-1", "CallFor", 0, 0, in_title=True))
    assert (article, in_title, extractor) == ("sudan-1", True, "calls.v2")
    assert SUDAN_TITLE[start:end] == sentence == SUDAN_TITLE
    assert run_query(out, "evidence-offsets-violation")[1] == []
    assert run_query(out, "calls-by-actor")[1] == [
        ("United Nations", "Ceasefire", None, "sudan-1", SUDAN_TITLE)
    ]
    g = KGStore.open_existing(out / "store").to_rdflib()
    assert str(g.value(iri.article_iri("sudan-1"), DCTERMS.title)) == SUDAN_TITLE


# one id, two articles -------------------------------------------------------------


def test_two_records_with_one_id_do_not_merge_into_one_graph(tmp_path: Path) -> None:
    first = {
        "id": "dup",
        "text": "NATO called for a ceasefire in Idlib on Monday. The alliance said "
        "that the fighting must stop and that aid must reach the people who need "
        "it in the province, where the situation is getting worse every day.",
    }
    second = {
        "id": "dup",
        "text": "The European Union called for humanitarian access in Idlib on "
        "Tuesday. The bloc said that the bombing must stop and that aid must reach "
        "the people who need it in the province, where things get worse every day.",
    }
    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "in" / "dup.jsonl", first, second)], out=out)
    assert run_query(out, "evidence-offsets-violation")[1] == []
    assert validate(KGStore.open_existing(out / "store").to_rdflib()).conforms


def test_outputs_are_rewritten_only_when_what_they_show_changed(tmp_path: Path) -> None:
    src = tmp_path / "src"
    copy_seeds(src, "001", "002")
    out = tmp_path / "out"
    first = build([src], out=out, html=True)
    turtle, page = out / "graph.ttl", out / "graph.html"
    stamps = (turtle.stat().st_mtime_ns, page.stat().st_mtime_ns)
    assert not first.outputs_unchanged

    # nothing changed: the outputs are left as they are, and the report says so
    again = build([src], out=out, html=True)
    assert again.outputs_unchanged and again.skipped == 2
    assert (turtle.stat().st_mtime_ns, page.stat().st_mtime_ns) == stamps
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["outputs"]["unchanged"] is True

    # a missing page is written again
    page.unlink()
    assert not build([src], out=out, html=True).outputs_unchanged
    assert page.is_file()

    # a changed article changes the graph
    before = turtle.read_bytes()
    path = next(src.glob("001*"))
    path.write_text(path.read_text(encoding="utf-8") + "\nFrance urged a ceasefire.\n")
    changed = build([src], out=out, html=True)
    assert not changed.outputs_unchanged and changed.replaced == 1
    assert turtle.read_bytes() != before
