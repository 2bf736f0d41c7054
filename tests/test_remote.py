"""kg.remote: the store on a real SPARQL server (Oxigraph server, Virtuoso 7).

Each server runs privately for this module: started on free loopback ports in
a scratch folder, stopped by its own process id.  The seeds are built into
each, and everything a command reads from it (every saved query, the page's
and the linker's queries, exports) must equal what the embedded store of the
same seeds gives.

The ``oxigraph`` binary comes with the PyPI package of that name (the ``test``
extra); ``virtuoso-t`` with the Debian package ``virtuoso-opensource-7``
(``.ci/run`` installs it).  Without either, its tests skip, unless ``CI`` is
set: then they fail, so CI cannot pass by skipping them.
"""

from __future__ import annotations

import configparser
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from conftest import SEEDS, copy_seeds
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg import iri, queries
from kg.build import build
from kg.cli import app
from kg.errors import QueryError, StoreError
from kg.remote import (
    ENV_NETRC,
    ENV_PASSWORD,
    ENV_USER,
    NAMED_GRAPHS_CAP,
    Credentials,
    RemoteStore,
    credentials_for,
    derived_graphs,
    endpoints,
    query_form,
)
from kg.store import KGStore, RdfFormat
from kg.vocab import KG, KGR

pytestmark = pytest.mark.slow

#: Virtuoso's administrator on a new database (the scratch servers only)
DBA = Credentials("dba", "dba")
VIRTUOSO_INI = (
    Path("/etc/virtuoso-opensource-7/virtuoso.ini"),
    Path("/usr/share/virtuoso-opensource-7/virtuoso.ini"),
)
#: a password no message may show
SECRET = "pw-Zq81-never-shown"


# servers -----------------------------------------------------------------------


def need(binary: str, install: str) -> str:
    """The path of a server binary; skip without it, fail under CI."""
    found = shutil.which(binary)
    beside = Path(sys.executable).parent / binary  # the venv's bin/
    if found is None and beside.is_file():
        found = str(beside)
    if found is not None:
        return found
    reason = f"remote-store tests need {binary} ({install})"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI is set, so they may not be skipped", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A server this module started: its store URL, credentials and process."""

    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    credentials: Credentials | None = None

    @property
    def env(self) -> dict[str, str]:
        """Environment variables giving its credentials."""
        if self.credentials is None:
            return {}
        return {
            ENV_USER: self.credentials.user,
            ENV_PASSWORD: self.credentials.password,
        }

    def connect(self, *, read_only: bool = True) -> RemoteStore:
        """Open the store on it, as a command does."""
        return RemoteStore.connect(self.url, read_only=read_only, environ=self.env)

    def stop(self) -> None:
        """Stop the server by its own pid: SIGTERM, then SIGKILL."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def wait_for(server: Server, probe: str, seconds: float = 90) -> None:
    """Wait until ``probe`` answers, or fail with the end of the server's log."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        try:
            if (
                httpx.get(probe, params={"query": "ASK {}"}, timeout=2).status_code
                == 200
            ):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    server.stop()
    tail = server.log.read_text(errors="replace")[-2000:]
    pytest.fail(f"{server.name} did not start:\n{tail}", pytrace=False)


def start_oxigraph(folder: Path) -> Server:
    binary = need("oxigraph", "pip install -e '.[test]'")
    port = free_port()
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "oxigraph.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [binary, "serve", "--location", str(folder / "data"),
             "--bind", f"127.0.0.1:{port}"],
            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    server = Server("oxigraph", f"http://127.0.0.1:{port}", process, log)
    wait_for(server, f"{server.url}/query")
    return server


def virtuoso_ini(folder: Path, *, http_port: int, sql_port: int, max_rows: int) -> Path:
    """A scratch copy of the packaged virtuoso.ini: its database in ``folder``,
    loopback-only ports, no plugins."""
    packaged = next((p for p in VIRTUOSO_INI if p.is_file()), None)
    if packaged is None:
        pytest.fail("virtuoso-t is installed but its virtuoso.ini is not")
    ini = configparser.RawConfigParser(strict=False, inline_comment_prefixes=(";",))
    ini.optionxform = str  # type: ignore[assignment,method-assign]
    ini.read(packaged)
    db = folder / "db"
    db.mkdir(parents=True, exist_ok=True)
    for key, name in (
        ("DatabaseFile", "virtuoso.db"),
        ("ErrorLogFile", "virtuoso.log"),
        ("LockFile", "virtuoso.lck"),
        ("TransactionFile", "virtuoso.trx"),
        ("xa_persistent_file", "virtuoso.pxa"),
    ):
        ini["Database"][key] = str(db / name)
    ini["TempDatabase"]["DatabaseFile"] = str(db / "virtuoso-temp.db")
    ini["TempDatabase"]["TransactionFile"] = str(db / "virtuoso-temp.trx")
    ini["Parameters"]["ServerPort"] = f"127.0.0.1:{sql_port}"
    ini["Parameters"]["DirsAllowed"] = f"., {db}"
    ini["HTTPServer"]["ServerPort"] = f"127.0.0.1:{http_port}"
    ini["SPARQL"]["ResultSetMaxRows"] = str(max_rows)
    ini.remove_section("Plugins")
    path = folder / "virtuoso.ini"
    with path.open("w") as f:
        ini.write(f)
    return path


def start_virtuoso(folder: Path, *, max_rows: int = 10_000) -> Server:
    binary = need("virtuoso-t", "apt-get install virtuoso-opensource-7")
    http_port, sql_port = free_port(), free_port()
    ini = virtuoso_ini(
        folder, http_port=http_port, sql_port=sql_port, max_rows=max_rows
    )
    log = folder / "virtuoso.out"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(ini)],
            cwd=folder, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    base = f"http://127.0.0.1:{http_port}"
    server = Server("virtuoso", f"{base}/sparql-auth", process, log, DBA)
    wait_for(server, f"{base}/sparql")
    return server


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """A private server holding the seeds, built as ``kg build`` builds them."""
    folder = tmp_path_factory.mktemp(request.param)
    started = (
        start_oxigraph(folder)
        if request.param == "oxigraph"
        else start_virtuoso(folder)
    )
    try:
        build_into(started, [SEEDS], folder / "out")
        yield started
    finally:
        started.stop()


@pytest.fixture()
def scratch_oxigraph(tmp_path: Path) -> Iterator[Server]:
    """An empty Oxigraph server for one test."""
    started = start_oxigraph(tmp_path / "oxigraph")
    yield started
    started.stop()


@pytest.fixture(scope="module")
def capped_virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """An empty Virtuoso that returns at most 10 rows a result."""
    started = start_virtuoso(tmp_path_factory.mktemp("capped"), max_rows=10)
    yield started
    started.stop()


def build_into(server: Server, sources: list[Path], out: Path):  # noqa: ANN201
    """``kg build SOURCES --store URL`` (no page), credentials from the environment."""
    saved = {k: os.environ.get(k) for k in (ENV_USER, ENV_PASSWORD)}
    os.environ.update(server.env)
    try:
        return build(sources, out=out, store_url=server.url, html=False, workers=1)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def every_query() -> list[queries.SavedQuery]:
    """The saved queries, and those the linker and the page run."""
    kg_dir = Path(queries.__file__).parent
    extra = [
        kg_dir / "sparql" / "incident-reports.rq",
        *sorted((kg_dir / "page" / "sparql").glob("*.rq")),
    ]
    return queries.saved_queries() + [queries.load_file(p) for p in extra]


def is_construct(query: queries.SavedQuery) -> bool:
    return query_form(query.text) in ("CONSTRUCT", "DESCRIBE")


def graph_triples(store: KGStore, graph: str) -> set[str]:
    g = ox.NamedNode(graph)
    return {
        f"{q.subject} {q.predicate} {q.object}"
        for q in store.quads()
        if q.graph_name == g
    }


def cli(server: Server, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, [*args, "--store", server.url], env=server.env)
    return result.exit_code, result.output


# the seeds on a server ---------------------------------------------------------


@pytest.mark.parametrize("query", every_query(), ids=lambda q: q.name)
def test_every_saved_query_returns_the_embedded_rows(
    server: Server, seed_build: Path, query: queries.SavedQuery
) -> None:
    embedded = KGStore.open_existing(seed_build / "store")
    remote = server.connect()
    try:
        if is_construct(query):
            want = [str(t) for t in embedded.construct(query.text)]
            assert [str(t) for t in remote.construct(query.text)] == want
        else:
            assert queries.run(remote, query) == queries.run(embedded, query)
    finally:
        embedded.close()
        remote.close()


def test_a_second_build_skips_everything(server: Server, tmp_path: Path) -> None:
    report = build_into(server, [SEEDS], tmp_path / "out")
    assert (report.added, report.replaced, report.skipped) == (0, 0, 5)
    assert not report.failed


def test_a_changed_article_replaces_only_its_graph(
    server: Server, tmp_path: Path
) -> None:
    store = server.connect()
    before = {g.value: graph_triples(store, g.value) for g in store.article_graphs()}
    signatures = dict(store.iter_signatures())
    store.close()
    folder = tmp_path / "seeds"
    copy_seeds(folder)
    changed = next(iter(sorted(folder.glob("001_*.txt"))))
    changed.write_text(
        changed.read_text(encoding="utf-8")
        + "\nNATO urged Russia to agree a ceasefire in Idlib.\n",
        encoding="utf-8",
    )
    graph = str(iri.graph_iri(changed.stem))
    try:
        report = build_into(server, [folder], tmp_path / "out")
        assert (report.added, report.replaced, report.skipped) == (0, 1, 4)
        store = server.connect()
        after = {g.value: graph_triples(store, g.value) for g in store.article_graphs()}
        new_signatures = dict(store.iter_signatures())
        store.close()
        assert after.keys() == before.keys()
        for name, triples in before.items():
            if name != graph:
                assert after[name] == triples, name
        assert after[graph] != before[graph]
        assert any("agree a ceasefire in Idlib" in t for t in after[graph])
        article = str(iri.article_iri(changed.stem))
        assert new_signatures[article] != signatures[article]
        assert {a: s for a, s in new_signatures.items() if a != article} == {
            a: s for a, s in signatures.items() if a != article
        }
    finally:
        # the next tests read the seeds again: put the first version back
        restored = build_into(server, [SEEDS], tmp_path / "again")
        assert (restored.replaced, restored.skipped) == (1, 4)
    store = server.connect()
    assert dict(store.iter_signatures()) == signatures
    store.close()


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads"])
def test_export_from_the_server_equals_the_embedded_export(
    server: Server, seed_build: Path, tmp_path: Path, fmt: str
) -> None:
    remote_file, embedded_file = (
        tmp_path / f"remote.{fmt}",
        tmp_path / f"embedded.{fmt}",
    )
    code, output = cli(server, "export", "--format", fmt, "-o", str(remote_file))
    assert code == 0, output
    with KGStore.open_existing(seed_build / "store") as embedded:
        embedded.export(embedded_file, fmt=RdfFormat(fmt))
    if fmt == "turtle":
        remote, local = Graph(), Graph()
        remote.parse(remote_file, format="turtle")
        local.parse(embedded_file, format="turtle")
        assert isomorphic(remote, local)
    # as sets of quads, blank nodes aside
    ox_format = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG}.get(
        fmt, ox.RdfFormat.N_QUADS
    )

    def ground(path: Path) -> set[str]:
        return {
            str(q)
            for q in ox.parse(path=str(path), format=ox_format)
            if not isinstance(q.subject, ox.BlankNode)
            and not isinstance(q.object, ox.BlankNode)
        }

    assert ground(remote_file) == ground(embedded_file) != set()
    # each export is deterministic (the embedded store streams in its index
    # order, a server's is sorted): the very same bytes when exported again
    again = tmp_path / f"again.{fmt}"
    code, output = cli(server, "export", "--format", fmt, "-o", str(again))
    assert code == 0, output
    assert again.read_bytes() == remote_file.read_bytes()
    with KGStore.open_existing(seed_build / "store") as embedded:
        embedded.export(again, fmt=RdfFormat(fmt))
    assert again.read_bytes() == embedded_file.read_bytes()


def test_every_reading_command_takes_the_server(
    server: Server, seed_build: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    for args in (
        ["query", "calls-by-actor", "--format", "csv"],
        ["validate"],
        ["stats", "--top", "5"],
    ):
        code, output = cli(server, *args)
        local = runner.invoke(app, [*args, "--out", str(seed_build)])
        assert (code, output) == (local.exit_code, local.output), args
    page = tmp_path / "graph.html"
    code, output = cli(server, "viz", "-o", str(page), "--no-plots")
    assert code == 0, output
    local_page = tmp_path / "local.html"
    runner.invoke(
        app, ["viz", "--out", str(seed_build), "-o", str(local_page), "--no-plots"]
    )
    assert page.read_bytes() == local_page.read_bytes()


def test_a_query_of_the_wrong_kind_is_refused_not_sent(server: Server) -> None:
    store = server.connect()
    try:
        with pytest.raises(QueryError, match="not a SELECT"):
            store.query("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        with pytest.raises(QueryError, match="not tables"):
            store.query("CONSTRUCT WHERE { ?s ?p ?o }")
        with pytest.raises(QueryError, match="answered 400"):
            store.query("SELECT ?x WHERE { ?x ?y }")
        with pytest.raises(StoreError, match="read-only"):
            store.replace_graph(iri.LINKED_GRAPH, [])
    finally:
        store.close()


# credentials ---------------------------------------------------------------------


def test_a_wrong_password_is_never_shown(server: Server) -> None:
    if server.credentials is None:
        pytest.skip("this server asks for no credentials")
    env = {ENV_USER: server.credentials.user, ENV_PASSWORD: SECRET}
    with pytest.raises(StoreError) as caught:
        RemoteStore.connect(server.url, environ=env)
    assert "refused the credentials of user 'dba'" in str(caught.value)
    assert SECRET not in str(caught.value)
    result = CliRunner().invoke(
        app, ["query", "attacks", "--store", server.url], env=env
    )
    assert result.exit_code == 1
    assert "refused the credentials" in result.output
    assert SECRET not in result.output


def test_credentials_come_from_a_netrc_file(server: Server, tmp_path: Path) -> None:
    if server.credentials is None:
        pytest.skip("this server asks for no credentials")
    netrc = tmp_path / "netrc"
    netrc.write_text(
        f"machine 127.0.0.1 login {server.credentials.user} "
        f"password {server.credentials.password}\n"
    )
    netrc.chmod(0o600)
    store = RemoteStore.connect(server.url, environ={ENV_NETRC: str(netrc)})
    assert len(store.iter_signatures().__next__()) == 2
    store.close()
    with pytest.raises(StoreError, match="asks for credentials"):
        RemoteStore.connect(server.url, environ={ENV_NETRC: str(tmp_path / "none")})


def test_a_failing_server_never_shows_the_password() -> None:
    # a server that echoes every request it gets, Authorization header included
    def echo(request: httpx.Request) -> httpx.Response:
        if "authorization" not in request.headers:
            return httpx.Response(401, headers={"WWW-Authenticate": 'Basic realm="x"'})
        return httpx.Response(500, text=f"broken: {request.headers} {SECRET}")

    store = RemoteStore(
        "http://127.0.0.1:9/sparql",
        credentials=Credentials("me", SECRET),
        transport=httpx.MockTransport(echo),
    )
    with pytest.raises(StoreError) as caught:
        store.query("SELECT * WHERE { ?s ?p ?o }")
    assert "answered 500" in str(caught.value)
    assert SECRET not in str(caught.value)
    env = {ENV_USER: "me", ENV_PASSWORD: SECRET}
    result = CliRunner().invoke(
        app,
        ["query", "attacks", "--store", f"http://127.0.0.1:{free_port()}/sparql"],
        env=env,
    )
    assert result.exit_code == 1 and "cannot reach" in result.output
    assert SECRET not in result.output


def test_credentials_in_the_url_are_refused_unshown() -> None:
    with pytest.raises(StoreError) as caught:
        endpoints(f"http://dba:{SECRET}@127.0.0.1:8890/sparql")
    assert "not accepted" in str(caught.value)
    assert SECRET not in str(caught.value)
    assert "dba" not in str(caught.value)


def test_credentials_come_whole_or_not_at_all(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="set both"):
        credentials_for("http://h/sparql", {ENV_USER: "dba"})
    nothing = {ENV_NETRC: str(tmp_path / "absent")}
    assert credentials_for("http://h/sparql", nothing) is None
    assert SECRET not in repr(Credentials("me", SECRET))


# writing paths the seeds do not take -------------------------------------------------


def test_without_graph_store_protocol_updates_in_chunks(
    scratch_oxigraph: Server,
) -> None:
    store = scratch_oxigraph.connect(read_only=False)
    store._gsp = None  # as on a server without GSP
    triples = [
        (iri.actor_iri(f"a{n}"), KGR["p"], iri.actor_iri(f"b{n}")) for n in range(900)
    ]
    store.replace_articles(
        [(iri.article_iri("big"), iri.graph_iri("big"), "sig", triples)]
    )
    assert len(graph_triples(store, str(iri.graph_iri("big")))) == 900
    store.replace_articles(
        [(iri.article_iri("big"), iri.graph_iri("big"), "sig2", triples[:3])]
    )
    assert len(graph_triples(store, str(iri.graph_iri("big")))) == 3
    assert store.signature(iri.article_iri("big")) == "sig2"
    store.close()


def test_a_capped_server_pages_its_listings_and_refuses_to_truncate(
    capped_virtuoso: Server,
) -> None:
    store = capped_virtuoso.connect(read_only=False)
    store._gsp = None  # Virtuoso's updates, not its GSP: chunks of 400
    batch = [
        (
            iri.article_iri(f"a{n:02}"),
            iri.graph_iri(f"a{n:02}"),
            f"sig-{n}",
            [
                (iri.article_iri(f"a{n:02}"), KGR["p"], iri.actor_iri(f"x{m}"))
                for m in range(n * 20)
            ],
        )
        for n in range(25)
    ]
    store.replace_articles(batch)
    signatures = list(store.iter_signatures())
    assert signatures == sorted((str(a), s) for a, _, s, _ in batch)
    with pytest.raises(QueryError, match="cut the result .* at 10 rows"):
        store.query("SELECT ?s ?o WHERE { ?s ?p ?o }")
    # exports read graph by graph: each holds up to 480 triples, more than 10
    assert len(store.quads()) == sum(len(t) for _, _, _, t in batch)
    store.close()


@pytest.mark.parametrize("graph", derived_graphs())
def test_derived_graphs_are_replaced_whole_and_read(server: Server, graph: str) -> None:
    store = server.connect(read_only=False)
    incident = iri.linked_incident_iri("test")
    claims = f"SELECT ?e WHERE {{ ?i <{KG.claim}> ?e }} ORDER BY ?e"
    try:
        store.replace_graph(
            URIRef(graph),
            [
                (incident, KG.claim, KGR["event/x"]),
                (incident, KG.claim, KGR["event/y"]),
            ],
        )
        assert graph in [g.value for g in store.article_graphs()]
        assert len(graph_triples(store, graph)) == 2
        # in the dataset every query sees
        assert store.query(claims)[1] == [
            (str(KGR["event/x"]),),
            (str(KGR["event/y"]),),
        ]
    finally:
        store.replace_graph(URIRef(graph), [])
    assert graph not in [g.value for g in store.article_graphs()]
    assert store.query(claims)[1] == []
    store.close()


# the interface -------------------------------------------------------------------


def test_every_method_that_touches_oxigraph_is_overridden() -> None:
    # these call only other public methods, which RemoteStore overrides
    inherited = {"export", "to_rdflib", "__enter__", "__exit__"}
    static = {"open_for_build", "open_existing", "destroy"}
    for name, member in vars(KGStore).items():
        if name.startswith("_") and name not in inherited or name in static:
            continue
        if not callable(member):
            continue
        assert name in inherited or name in vars(RemoteStore), name


def test_query_json_mends_virtuoso_booleans() -> None:
    body = {
        "head": {"vars": ["b", "n", "s"]},
        "results": {
            "bindings": [
                {
                    "b": {
                        "type": "typed-literal",
                        "value": "1",
                        "datatype": "http://www.w3.org/2001/XMLSchema#boolean",
                    },
                    "n": {
                        "type": "typed-literal",
                        "value": "33",
                        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
                    },
                    "s": {"type": "literal", "value": "é", "xml:lang": "en-gb"},
                }
            ]
        },
    }

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body, headers={"Server": "Virtuoso/07.20"})

    store = RemoteStore(
        "http://127.0.0.1:9/sparql", transport=httpx.MockTransport(answer)
    )
    store._graphs = []  # no signatures to list
    assert store.query("SELECT ?b ?n ?s WHERE {}") == (
        ["b", "n", "s"],
        [(True, 33, "é")],
    )


@pytest.mark.parametrize(("articles", "named"), [(3, 5), (NAMED_GRAPHS_CAP + 1, 0)])
def test_a_query_names_the_graphs_one_by_one_only_below_the_cap(
    articles: int, named: int
) -> None:
    # Virtuoso echoes each named graph in a header: thousands break the reply
    sent: list[httpx.Request] = []
    empty = {"head": {"vars": ["s"]}, "results": {"bindings": []}}

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=empty, headers={"Server": "Virtuoso/07.20"})

    store = RemoteStore(
        "http://127.0.0.1:9/sparql", transport=httpx.MockTransport(answer)
    )
    store.merged = True
    store._graphs = [str(iri.graph_iri(f"a{n}")) for n in range(articles)] + [
        str(iri.LINKED_GRAPH),
        str(iri.BUILD_GRAPH),
    ]
    store.query("SELECT ?s WHERE { ?s ?p ?o }")
    form = httpx.QueryParams(sent[-1].content.decode())
    assert form.get_list("default-graph-uri") == [str(iri.UNION_GRAPH)]
    assert len(form.get_list("named-graph-uri")) == named
    store.close()


def test_past_the_cap_a_store_without_its_union_is_refused() -> None:
    # the server's own dataset would read graphs that are not newskg's
    def answer(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no query may be sent")

    store = RemoteStore(
        "http://127.0.0.1:9/sparql", transport=httpx.MockTransport(answer)
    )
    store.merged = False
    store._graphs = [str(iri.graph_iri(f"a{n}")) for n in range(NAMED_GRAPHS_CAP + 1)]
    with pytest.raises(StoreError, match="no union graph"):
        store.query("SELECT ?s WHERE { ?s ?p ?o }")
    store.close()


def test_a_missing_server_skips_but_fails_under_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-such-server"):
        need("no-such-server", "nowhere")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        need("no-such-server", "nowhere")


# the union -------------------------------------------------------------------------

COUNT_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_the_server_keeps_the_union_of_the_fact_graphs(
    server: Server, seed_build: Path
) -> None:
    embedded = KGStore.open_existing(seed_build / "store")
    remote = server.connect()
    try:
        assert remote.merged
        distinct = len(remote.triples())
        # counted over the default graph, each triple once: no bag of graphs
        assert remote.query(COUNT_DEFAULT)[1] == [(distinct,)]
        assert embedded.query(COUNT_DEFAULT)[1] == [(distinct,)]
    finally:
        embedded.close()
        remote.close()


def shared_articles() -> list[tuple]:
    """Two articles that share one triple and each hold one of their own."""
    shared = (iri.actor_iri("nato"), KGR["p"], iri.actor_iri("russia"))
    return [
        (
            iri.article_iri(name),
            iri.graph_iri(name),
            "sig",
            [shared, (iri.actor_iri(name), KGR["p"], iri.actor_iri("x"))],
        )
        for name in ("one", "two")
    ]


def test_a_server_keeps_the_union_through_replacements(
    scratch_oxigraph: Server,
) -> None:
    store = scratch_oxigraph.connect(read_only=False)
    one, two = shared_articles()
    store.replace_articles([one, two])
    assert store.query(COUNT_DEFAULT)[1] == [(3,)]
    # "one" emptied: the shared triple stays while "two" holds it
    store.replace_articles([(one[0], one[1], "sig2", [])])
    assert store.query(COUNT_DEFAULT)[1] == [(2,)]
    store.replace_articles([(two[0], two[1], "sig2", [])])
    assert store.query(COUNT_DEFAULT)[1] == [(0,)]
    store.close()


def test_two_articles_dropping_a_shared_triple_in_one_batch_drop_it_from_the_union(
    scratch_oxigraph: Server,
) -> None:
    store = scratch_oxigraph.connect(read_only=False)
    one, two = shared_articles()
    store.replace_articles([one, two])
    # both rewritten in one batch, neither keeps the shared triple
    keep_own = [
        (a, g, "sig2", [t for t in ts if t[0] != iri.actor_iri("nato")])
        for a, g, _, ts in (one, two)
    ]
    store.replace_articles(keep_own)
    assert store.query(COUNT_DEFAULT)[1] == [(2,)]
    # and one batch where one drops it and the other keeps it
    store.replace_articles([(one[0], one[1], "sig3", []), two])
    assert store.query(COUNT_DEFAULT)[1] == [(2,)]
    store.close()


def test_a_triple_in_a_graph_of_another_dataset_does_not_pin_the_union(
    scratch_oxigraph: Server,
) -> None:
    store = scratch_oxigraph.connect(read_only=False)
    one, _ = shared_articles()
    store.replace_articles([one])
    # an analyst's own graph on the same server holds the same triple
    other = ox.NamedNode("http://example.org/ontology")
    s, p, o = one[3][0]
    store._send_update(
        f"INSERT DATA {{ GRAPH {other} {{ <{s}> <{p}> <{o}> }} }}", "a graph of others"
    )
    store.replace_articles([(one[0], one[1], "sig2", [])])
    facts = f"SELECT ?s WHERE {{ GRAPH <{iri.UNION_GRAPH}> {{ ?s ?p ?o }} }}"
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{KGR['p']}> ?o }}"
    assert store.query(count)[1] == [(0,)], store.query(facts)
    store.close()


class _RefusePuts(httpx.HTTPTransport):
    """A connection whose graph writes the server refuses (a full disk, say)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            return httpx.Response(500, text="disk full")
        return super().handle_request(request)


ALL_FACTS = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"


def _fail_a_write(server: Server, batch: list[tuple]) -> list[tuple]:
    """Store :func:`shared_articles`, then write ``batch`` through a connection
    whose puts the server refuses; the facts held before, for comparison."""
    store = server.connect(read_only=False)
    store.replace_articles(shared_articles())
    held = store.query(ALL_FACTS)[1]
    store.close()
    failing = RemoteStore(server.url, transport=_RefusePuts())
    failing._oxigraph, failing.merged = True, True  # as connect() finds them
    with pytest.raises(StoreError, match="500"):
        failing.replace_articles(batch)
    failing.close()
    return held


def test_a_failed_write_leaves_the_union_as_it_was(scratch_oxigraph: Server) -> None:
    one, _ = shared_articles()
    held = _fail_a_write(scratch_oxigraph, [(one[0], one[1], "sig2", [one[3][1]])])
    after = scratch_oxigraph.connect()
    assert after.query(ALL_FACTS)[1] == held
    after.close()


def test_a_failed_write_gives_back_a_graph_emptied_later_in_the_batch(
    scratch_oxigraph: Server,
) -> None:
    one, two = shared_articles()
    # "one" is put first and fails; "two", to be emptied, was never reached
    held = _fail_a_write(
        scratch_oxigraph,
        [(one[0], one[1], "sig2", [one[3][1]]), (two[0], two[1], "sig2", [])],
    )
    # both signatures went before the puts (the next build reads both again):
    # look through a writer, which needs none
    after = scratch_oxigraph.connect(read_only=False)
    assert after.query(ALL_FACTS)[1] == held
    after.close()


def test_a_server_written_before_the_union_is_read_as_one_then_given_one(
    scratch_oxigraph: Server,
) -> None:
    store = scratch_oxigraph.connect(read_only=False)
    store.replace_articles(shared_articles())
    store._send_update("DROP DEFAULT", "forgetting the union")  # as an old build
    store.close()

    reader = scratch_oxigraph.connect()
    assert not reader.merged
    facts = f"SELECT DISTINCT ?s WHERE {{ ?s <{KGR['p']}> ?o }} ORDER BY ?s"
    assert len(reader.query(facts)[1]) == 3  # read through the computed union
    reader.close()

    writer = scratch_oxigraph.connect(read_only=False)
    assert writer.merged
    assert writer.query(COUNT_DEFAULT)[1] == [(3,)]
    writer.close()
