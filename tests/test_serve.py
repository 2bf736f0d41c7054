"""``kg serve``: the SPARQL 1.1 Protocol endpoint, over real HTTP.

The seed build (``conftest.seed_build``) is copied once for this module and
served by uvicorn in a thread, on a loopback port of its own, with a small row
cap, body cap and timeout so that each can be reached.  Requests go through
``urllib.request`` (no proxy); answers are parsed with json, ElementTree, csv
and rdflib, never compared as strings alone.  The last test drives the query
page in headless Chromium.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import logging
import os
import re
import shutil
import socket
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from conftest import ARGS, CHROMIUM, ROOT, need_browser
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app as cli
from kg.errors import KGError, StoreBusyError, StoreError
from kg.serve import check_host, make_app, negotiate, query_form, run
from kg.store import KGStore
from kg.viz import external_references

pytestmark = pytest.mark.slow

TIMEOUT = 5.0
MAX_ROWS = 1000
MAX_BODY = 64 * 1024
RESULTS_NS = "{http://www.w3.org/2005/sparql-results#}"
QUERIES = ROOT / "queries"
SPO = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 50"
# distinct: the union of the article graphs repeats what several articles state
CONSTRUCT = (
    "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o "
    "WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 200 }"
)
# every triple, three times over: about 10^10 rows on the seed build
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


# the server ----------------------------------------------------------------------


@dataclass
class Server:
    """A running endpoint: its base URL, application and build folder."""

    url: str
    app: Any
    out: Path

    def pids(self) -> list[int]:
        return list(self.app.state.pool.pids())

    def wait_idle(self, workers: int) -> None:
        """Wait until ``workers`` workers are ready (a replaced one restarts)."""
        for _ in range(1800):
            if self.app.state.pool.idle() >= workers:
                return
            threading.Event().wait(0.1)
        raise AssertionError(f"{workers} workers were never ready")


@contextlib.contextmanager
def serving(out: Path, **options: Any) -> Iterator[Server]:
    """Serve ``out`` on a free loopback port in a thread; stop it on exit."""
    application = make_app(out, **options)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        application, log_level="warning", access_log=False, lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="kg-serve-test"
    )
    thread.start()
    try:
        # the workers open the store before the server says it has started
        for _ in range(1800):
            if server.started or not thread.is_alive():
                break
            threading.Event().wait(0.1)
        assert server.started, "the server did not start"
        yield Server(f"http://127.0.0.1:{port}", application, out)
    finally:
        server.should_exit = True
        thread.join(timeout=60)
        sock.close()


@pytest.fixture(scope="module")
def served_build(seed_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the seed build: the server locks its store."""
    out = tmp_path_factory.mktemp("serve")
    shutil.copytree(seed_build / "store", out / "store")
    return out


@pytest.fixture(scope="module")
def server(served_build: Path) -> Iterator[Server]:
    with serving(
        served_build, timeout=TIMEOUT, max_rows=MAX_ROWS, max_body=MAX_BODY
    ) as running:
        yield running


# HTTP ------------------------------------------------------------------------------

# loopback never goes through a proxy, whatever the environment says
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class Reply:
    status: int
    headers: Message
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    @property
    def media_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";")[0].strip()


def fetch(
    server: Server,
    path: str,
    *,
    method: str = "GET",
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> Reply:
    request = urllib.request.Request(
        server.url + path, data=data, method=method, headers=headers or {}
    )
    try:
        with _OPENER.open(request, timeout=120) as response:
            return Reply(response.status, response.headers, response.read())
    except urllib.error.HTTPError as err:
        return Reply(err.code, err.headers, err.read())


def get(server: Server, query: str, accept: str | None = None, **params: str) -> Reply:
    url = "/sparql?" + urllib.parse.urlencode({"query": query, **params})
    return fetch(server, url, headers={"Accept": accept} if accept else None)


def post_form(
    server: Server, fields: dict[str, str], accept: str | None = None
) -> Reply:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    body = urllib.parse.urlencode(fields).encode()
    return fetch(server, "/sparql", method="POST", data=body, headers=headers)


def post_query(server: Server, query: str, accept: str | None = None) -> Reply:
    headers = {"Content-Type": "application/sparql-query"}
    if accept:
        headers["Accept"] = accept
    return fetch(
        server, "/sparql", method="POST", data=query.encode("utf-8"), headers=headers
    )


def bindings(reply: Reply) -> list[dict[str, str]]:
    """SELECT rows from SPARQL Results JSON, as {variable: value}."""
    assert reply.status == 200, reply.text
    assert reply.media_type == "application/sparql-results+json"
    data = json.loads(reply.body)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def count(server: Server) -> int:
    return int(bindings(get(server, COUNT))[0]["n"])


# SELECT and ASK, every way in and every format out ------------------------------


def test_get_and_both_posts_give_the_same_rows(server: Server) -> None:
    by_get = bindings(get(server, SPO))
    assert len(by_get) == 50
    assert bindings(post_form(server, {"query": SPO})) == by_get
    assert bindings(post_query(server, SPO)) == by_get


def parse_select(fmt: str, reply: Reply) -> list[list[str]]:
    """The rows of a SELECT answer in one of the four results formats."""
    if fmt == "json":
        data = json.loads(reply.body)
        names = data["head"]["vars"]
        return [
            [b[n]["value"] for n in names if n in b]
            for b in data["results"]["bindings"]
        ]
    if fmt == "xml":
        root = ET.fromstring(reply.body)
        return [
            [b[0].text or "" for b in result.findall(f"{RESULTS_NS}binding")]
            for result in root.iter(f"{RESULTS_NS}result")
        ]
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(reply.text)))
        assert rows[0] == ["s", "p", "o"]
        return rows[1:]
    rows = list(
        csv.reader(io.StringIO(reply.text), delimiter="\t", quoting=csv.QUOTE_NONE)
    )
    assert rows[0] == ["?s", "?p", "?o"]
    # TSV writes terms in Turtle syntax: strip <…> and quotes to compare
    return [
        [re.sub(r'^<(.*)>$|^"(.*)"(?:\^\^<.*>|@.*)?$', r"\1\2", c) for c in r]
        for r in rows[1:]
    ]


@pytest.mark.parametrize(
    ("fmt", "accept", "media_type"),
    [
        ("json", "application/sparql-results+json", "application/sparql-results+json"),
        ("xml", "application/sparql-results+xml", "application/sparql-results+xml"),
        ("csv", "text/csv", "text/csv"),
        ("tsv", "text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_select_in_each_results_format(
    server: Server, fmt: str, accept: str, media_type: str
) -> None:
    expected = parse_select("json", get(server, SPO))
    assert len(expected) == 50
    for reply in (get(server, SPO, accept=accept), get(server, SPO, format=fmt)):
        assert reply.status == 200, reply.text
        assert reply.media_type == media_type
        assert "Accept" in reply.headers.get("Vary", "")
        assert parse_select(fmt, reply) == expected


def test_accept_with_weights_picks_the_preferred_format(server: Server) -> None:
    reply = get(
        server, SPO, accept="text/csv;q=0.4, application/sparql-results+xml;q=0.9"
    )
    assert reply.media_type == "application/sparql-results+xml"
    # a browser's Accept ends in */*: the default, JSON
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert get(server, SPO, accept=browser).media_type in (
        "application/sparql-results+json",
        "application/sparql-results+xml",
    )


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_ask_in_each_results_format(server: Server, fmt: str) -> None:
    reply = get(server, "ASK { ?s a ?class }", format=fmt)
    assert reply.status == 200, reply.text
    if fmt == "json":
        assert json.loads(reply.body)["boolean"] is True
    elif fmt == "xml":
        assert ET.fromstring(reply.body).find(f"{RESULTS_NS}boolean").text == "true"
    else:
        assert reply.text.strip().splitlines()[-1] == "true"


# CONSTRUCT and DESCRIBE -----------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "accept", "rdflib_format"),
    [
        ("turtle", "text/turtle", "turtle"),
        ("ntriples", "application/n-triples", "nt"),
        ("jsonld", "application/ld+json", "json-ld"),
        ("rdfxml", "application/rdf+xml", "xml"),
    ],
)
def test_construct_in_each_graph_format(
    server: Server, fmt: str, accept: str, rdflib_format: str
) -> None:
    with KGStore.open_existing(server.out / "store") as store:
        expected = store.construct(CONSTRUCT)
    reference = Graph().parse(
        data=get(server, CONSTRUCT, format="ntriples").text, format="nt"
    )
    assert len(reference) == len(set(expected)) == 200
    for reply in (
        get(server, CONSTRUCT, accept=accept),
        get(server, CONSTRUCT, format=fmt),
    ):
        assert reply.status == 200, reply.text
        assert reply.media_type == accept
        graph = Graph().parse(data=reply.body, format=rdflib_format)
        assert isomorphic(graph, reference)


def test_describe_gives_turtle(server: Server) -> None:
    subject = bindings(get(server, "SELECT ?s WHERE { ?s a ?c } ORDER BY ?s LIMIT 1"))[
        0
    ]["s"]
    reply = get(server, f"DESCRIBE <{subject}>")
    assert reply.status == 200, reply.text
    assert reply.media_type == "text/turtle"
    assert len(Graph().parse(data=reply.text, format="turtle")) > 0


# saved queries ---------------------------------------------------------------------


def test_queries_lists_every_saved_query(server: Server) -> None:
    reply = fetch(server, "/queries")
    assert reply.status == 200
    listed = json.loads(reply.body)
    files = sorted(QUERIES.glob("*.rq"))
    assert [q["name"] for q in listed] == [f.stem for f in files]
    calls = next(q for q in listed if q["name"] == "calls-by-actor")
    assert calls["description"].startswith("Every call, by actor and demand")
    assert calls["sparql"] == (QUERIES / "calls-by-actor.rq").read_text(
        encoding="utf-8"
    )


def test_a_saved_query_gives_the_rows_of_kg_query(server: Server) -> None:
    result = CliRunner().invoke(
        cli, ["query", "calls-by-actor", "--out", str(server.out), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    by_cli = list(csv.reader(io.StringIO(result.stdout)))
    reply = fetch(server, "/queries/calls-by-actor?format=csv")
    assert reply.status == 200, reply.text
    assert reply.media_type == "text/csv"
    by_server = list(csv.reader(io.StringIO(reply.text)))
    assert len(by_server) > 1
    assert by_server == by_cli
    as_json = fetch(server, "/queries/calls-by-actor")
    assert len(bindings(as_json)) == len(by_cli) - 1


@pytest.mark.parametrize("name", ["no-such-query", "..", "calls-by-actor.rq"])
def test_an_unknown_saved_query_is_404(server: Server, name: str) -> None:
    reply = fetch(server, "/queries/" + urllib.parse.quote(name, safe=""))
    assert reply.status == 404


# refusals --------------------------------------------------------------------------


def test_updates_are_refused_with_403(server: Server) -> None:
    before = count(server)
    update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    replies = [
        fetch(server, "/sparql?" + urllib.parse.urlencode({"update": update})),
        post_form(server, {"update": update}),
        fetch(
            server,
            "/sparql",
            method="POST",
            data=update.encode(),
            headers={"Content-Type": "application/sparql-update"},
        ),
        get(server, update),
        post_query(server, "PREFIX x: <urn:x:>\n# SELECT\nDELETE WHERE { ?s ?p ?o }"),
    ]
    for reply in replies:
        assert reply.status == 403
        assert "read-only" in reply.text
    assert count(server) == before


def test_a_malformed_query_is_400_with_the_parser_message(server: Server) -> None:
    reply = get(server, "SELECT ?x WHERE { ?x }")
    assert reply.status == 400
    assert reply.text.startswith("malformed query: error at 1:")


@pytest.mark.parametrize(
    ("path", "status", "says"),
    [
        ("/sparql", 400, "no query"),
        ("/sparql?query=ASK%7B%7D&query=ASK%7B%7D", 400, "one query per request"),
        ("/sparql?query=ASK%7B%7D&format=yaml", 400, "unknown format 'yaml'"),
        (
            "/sparql?query=" + urllib.parse.quote(CONSTRUCT) + "&format=csv",
            406,
            "CONSTRUCT",
        ),
    ],
)
def test_other_bad_requests_say_what_is_wrong(
    server: Server, path: str, status: int, says: str
) -> None:
    reply = fetch(server, path)
    assert reply.status == status
    assert says in reply.text


def test_no_acceptable_format_is_406(server: Server) -> None:
    reply = get(server, SPO, accept="image/png")
    assert reply.status == 406
    assert "application/sparql-results+json" in reply.text


def test_a_body_of_another_type_is_415(server: Server) -> None:
    reply = fetch(
        server,
        "/sparql",
        method="POST",
        data=b"ASK {}",
        headers={"Content-Type": "text/plain"},
    )
    assert reply.status == 415


def test_a_body_over_the_cap_is_413(server: Server) -> None:
    padding = "#" * MAX_BODY + "\nASK {}"
    reply = post_query(server, padding)
    assert reply.status == 413
    assert f"larger than {MAX_BODY} bytes" in reply.text
    assert post_query(server, "#" * (MAX_BODY // 2) + "\nASK {}").status == 200


def test_service_is_refused(server: Server) -> None:
    reply = get(
        server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    )
    assert reply.status == 403
    assert "SERVICE" in reply.text
    # the word in a string or a name is not the keyword
    fine = get(server, 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) }')
    assert bindings(fine) == [{"service": "SERVICE"}]


# the caps: rows and time ----------------------------------------------------------


def test_more_rows_than_the_cap_is_413_never_a_truncated_result(server: Server) -> None:
    assert count(server) > MAX_ROWS
    reply = get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert reply.status == 413
    assert f"more than {MAX_ROWS} rows" in reply.text
    assert "--max-rows" in reply.text
    at_cap = get(
        server, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}", format="csv"
    )
    assert at_cap.status == 200
    assert len(list(csv.reader(io.StringIO(at_cap.text)))) == MAX_ROWS + 1
    graph = get(server, "CONSTRUCT WHERE { ?s ?p ?o }")
    assert graph.status == 413
    assert f"more than {MAX_ROWS} triples" in graph.text


def test_a_runaway_query_is_stopped_and_its_process_killed(server: Server) -> None:
    before = set(server.pids())
    reply = get(server, RUNAWAY)
    assert reply.status == 503
    assert "timeout" in reply.text
    assert f"{TIMEOUT:g} s" in reply.text
    after = set(server.pids())
    killed = before - after
    assert len(killed) == 1 and len(after) == len(before)
    with pytest.raises(ProcessLookupError):
        os.kill(killed.pop(), 0)
    # and the server answers the next query
    assert len(bindings(get(server, SPO))) == 50


def test_a_runaway_query_does_not_block_the_others(server: Server) -> None:
    server.wait_idle(2)
    runaway: list[Reply] = []
    thread = threading.Thread(target=lambda: runaway.append(get(server, RUNAWAY)))
    thread.start()
    try:
        answered = [len(bindings(get(server, SPO))) for _ in range(3)]
        still_running = thread.is_alive()
    finally:
        thread.join(timeout=120)
    assert answered == [50, 50, 50]
    assert still_running, "the runaway query ended before the others were answered"
    assert runaway[0].status == 503


# CORS, logging, locking ----------------------------------------------------------


def test_cors_headers_and_preflight(server: Server) -> None:
    origin = {"Origin": "http://example.org"}
    reply = fetch(server, "/sparql?query=ASK%7B%7D", headers=origin)
    assert reply.headers["Access-Control-Allow-Origin"] == "*"
    preflight = fetch(
        server,
        "/sparql",
        method="OPTIONS",
        headers={
            **origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()
    refused = fetch(server, "/sparql?update=x", headers=origin)
    assert refused.status == 403
    assert refused.headers["Access-Control-Allow-Origin"] == "*"


def test_each_query_is_logged_in_one_line_without_credentials(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kg.serve")
    secret = "c2VjcmV0OmhvcnNlLWJhdHRlcnk="
    url = "/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"}
    )
    reply = fetch(server, url, headers={"Authorization": f"Basic {secret}"})
    assert reply.status == 200
    post_query(server, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2")
    lines = [r.getMessage() for r in caplog.records if r.name == "kg.serve"]
    assert re.fullmatch(r"GET /sparql kind=SELECT rows=3 ms=\d+ status=200", lines[0])
    assert re.fullmatch(
        r"POST /sparql kind=CONSTRUCT rows=2 ms=\d+ status=200", lines[1]
    )
    assert secret not in caplog.text
    assert "LIMIT" not in caplog.text


def test_a_build_meanwhile_finds_the_store_busy(server: Server) -> None:
    with pytest.raises(StoreBusyError, match="another kg command is reading it"):
        KGStore.open_for_build(server.out / "store")
    # readers are welcome
    with KGStore.open_existing(server.out / "store") as store:
        assert store.query("ASK { ?s ?p ?o }")[1] == [(True,)]


# the page --------------------------------------------------------------------------


def test_the_page_loads_nothing_from_elsewhere(server: Server) -> None:
    reply = fetch(server, "/")
    assert reply.status == 200
    assert reply.media_type == "text/html"
    page = reply.text
    assert (
        re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I) == []
    )
    assert external_references(page) == []
    assert "vis.Network" in page and "@VIS_NETWORK@" not in page
    csp = reply.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert "connect-src 'self'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


# starting and stopping -------------------------------------------------------------


def test_a_non_loopback_host_needs_allow_remote(served_build: Path) -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--out", str(served_build), "--host", "0.0.0.0"]
    )
    assert result.exit_code == 1
    assert "--allow-remote" in result.output
    assert "Traceback" not in result.output
    # refused before anything is opened or bound
    with pytest.raises(KGError, match="not a loopback address"):
        run(Path("/nonexistent"), host="192.0.2.1")
    assert check_host("localhost", allow_remote=False) is None
    warning = check_host("0.0.0.0", allow_remote=True)
    assert warning is not None and "no authentication" in warning


def test_no_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="run 'kg build' first"):
        make_app(tmp_path)


def test_shutdown_stops_the_workers(served_build: Path) -> None:
    with serving(served_build, timeout=TIMEOUT, workers=1) as running:
        pids = running.pids()
        assert len(pids) == 1
        assert fetch(running, "/sparql?query=ASK%7B%7D").status == 200
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


# pure helpers (no server) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "results", "graph"),
    [
        (None, "json", "turtle"),
        ("*/*", "json", "turtle"),
        ("application/json", "json", "jsonld"),
        ("application/xml", "xml", "rdfxml"),
        ("text/*", "csv", "turtle"),
        ("text/*, text/csv;q=0", "tsv", "turtle"),
        ("application/n-triples, text/turtle;q=0.5", None, "ntriples"),
        ("text/tab-separated-values, text/csv", "tsv", None),
        ("image/png", None, None),
    ],
)
def test_negotiate(accept: str | None, results: str | None, graph: str | None) -> None:
    chosen = negotiate(accept)
    assert (chosen.results.name if chosen.results else None) == results
    assert (chosen.graph.name if chosen.graph else None) == graph


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        (
            'PREFIX ex: <http://x/#SELECT>\n# ASK\nconstruct { ?s ex:insert "DELETE" } WHERE {}',
            "CONSTRUCT",
        ),
        ("BASE <http://x/>\nDESCRIBE <a>", "DESCRIBE"),
        ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
        ("LOAD <http://example.org/data.ttl>", "LOAD"),
        ("", None),
    ],
)
def test_query_form(text: str, form: str | None) -> None:
    assert query_form(text) == form


# the page in Chromium --------------------------------------------------------------


@pytest.mark.browser
def test_the_page_runs_a_saved_query_and_draws_a_graph(server: Server) -> None:
    need_browser()
    from playwright.sync_api import sync_playwright

    expected = len(bindings(fetch(server, "/queries/calls-by-actor")))
    blocked: list[str] = []
    errors: list[str] = []
    dialogs: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(server.url + "/"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            args=ARGS,
            headless=True,
            viewport={"width": 1300, "height": 900},
        )
        try:
            context.route("**/*", route)
            tab = context.new_page()
            tab.on(
                "console",
                lambda m: (
                    errors.append(m.text) if m.type in ("error", "warning") else None
                ),
            )
            tab.on("pageerror", lambda e: errors.append(str(e)))
            tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            tab.goto(server.url + "/")
            tab.wait_for_function(
                "() => window.kgServe && kgServe.ready", timeout=60_000
            )

            # a saved query, chosen from the list, run, shown as a table
            tab.select_option("#kg-saved", "calls-by-actor")
            saved = (QUERIES / "calls-by-actor.rq").read_text(encoding="utf-8")
            assert tab.input_value("#kg-query") == saved
            tab.click("#kg-run")
            tab.wait_for_function(
                "() => kgServe.status !== null && !kgServe.busy", timeout=60_000
            )
            assert tab.evaluate("() => kgServe.status") == 200
            assert tab.locator("#kg-result tbody tr").count() == expected > 0
            assert tab.locator("#kg-result th").first.text_content() == "?actor"

            # a CONSTRUCT: a table of triples and a graph
            tab.fill("#kg-query", CONSTRUCT.replace("200", "30"))
            tab.click("#kg-run")
            tab.wait_for_function(
                "() => kgServe.status !== null && !kgServe.busy", timeout=60_000
            )
            assert tab.evaluate("() => [kgServe.kind, kgServe.rows]") == [
                "CONSTRUCT",
                30,
            ]
            tab.wait_for_function("() => kgServe.graphReady", timeout=60_000)
            assert tab.evaluate("() => kgServe.drawn") > 1
            assert tab.locator("#kg-graph canvas").count() == 1
            artifacts = ROOT / "test-artifacts"
            artifacts.mkdir(exist_ok=True)
            tab.screenshot(path=str(artifacts / "serve-page.png"), full_page=True)

            # text from the graph stays text
            hostile = "<img src=x onerror=alert(1)>"
            tab.fill("#kg-query", f'SELECT ?x WHERE {{ BIND("{hostile}" AS ?x) }}')
            tab.click("#kg-run")
            tab.wait_for_function(
                "() => kgServe.status !== null && !kgServe.busy", timeout=60_000
            )
            assert tab.locator("#kg-result td").first.text_content() == hostile
            assert tab.locator("#kg-result img").count() == 0

            # errors are shown as text too
            tab.fill("#kg-query", "SELECT ?x WHERE { ?x }")
            tab.click("#kg-run")
            tab.wait_for_function(
                "() => kgServe.status !== null && !kgServe.busy", timeout=60_000
            )
            assert tab.evaluate("() => kgServe.status") == 400
            assert "malformed query" in tab.text_content("#kg-status")
        finally:
            context.close()
    assert blocked == []
    # the 400 above is logged by Chromium as a failed resource; nothing else
    assert [e for e in errors if "400 (Bad Request)" not in e] == []
    assert dialogs == []
