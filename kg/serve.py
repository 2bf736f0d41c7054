"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the built store.

:func:`make_app` builds the ASGI application (Starlette); :func:`run` serves it
with uvicorn.  What it answers:

* ``GET /sparql?query=…``, ``POST /sparql`` with a form
  (``application/x-www-form-urlencoded``, ``query=…``) or with the query as
  the body (``application/sparql-query``).  ``default-graph-uri`` and
  ``named-graph-uri`` are honoured; without them the default graph is the
  union of the article graphs, as for ``kg query``.
* The format follows the ``format`` parameter, else the ``Accept`` header:
  SPARQL Results JSON (the default), XML, CSV or TSV for SELECT and ASK;
  Turtle (the default), N-Triples, JSON-LD or RDF/XML for CONSTRUCT and
  DESCRIBE.  Oxigraph's own serializers write every one of them.
* ``GET /queries`` lists the saved queries as JSON; ``GET /queries/NAME`` runs
  one, negotiated the same way.  ``GET /`` is a query page (see
  ``kg/serve_page.html``).

Refusals, each with a plain-text body that says why:

===== =================================================================
400   malformed query (the parser's message), unknown ``format``, no query
403   an update (``update=``, ``application/sparql-update``, or an update
      sent as a query), or a ``SERVICE`` clause: Oxigraph would fetch the
      URL, so a client could make the server call other hosts
404   no saved query of that name
406   no acceptable format for the query's kind of result
413   a request body over the cap, or a result over ``max_rows`` rows
      (triples for CONSTRUCT): results are never silently cut short
415   a POST body that is neither a form nor a query
503   the query ran past ``timeout`` seconds and was stopped
===== =================================================================

How queries run, and how a timeout stops one: pyoxigraph has no way to
cancel a query (oxigraph/oxigraph#1926), and a thread cannot be killed.  So
queries run in a small pool of worker processes, each holding the store open
read-only; a query that outlives the timeout has its process killed
(``SIGKILL``), which really stops the work, and a fresh worker takes its place.
The server itself only waits, so a runaway query never blocks it.

The store stays open read-only (a shared lock, see :class:`kg.store.StoreLock`)
for the server's lifetime, in the server and in each worker: a ``kg build``
into the same folder meanwhile stops at once with "store is busy" and leaves
the store untouched; ``kg query`` and the other readers run as usual.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import ipaddress
import logging
import multiprocessing
import os
import re
import signal
import threading
import time
import urllib.parse
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from importlib.resources import files
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnContext, SpawnProcess
from pathlib import Path

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.errors import KGError
from kg.queries import SavedQuery, saved_queries
from kg.store import PREFIXES, KGStore

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_MAX_ROWS",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "GRAPH_FORMATS",
    "MAX_BODY",
    "RESULTS_FORMATS",
    "Job",
    "Outcome",
    "check_host",
    "execute",
    "make_app",
    "negotiate",
    "query_form",
    "run",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
#: seconds a query may run before its worker is killed (``--timeout``)
DEFAULT_TIMEOUT = 30.0
#: largest result, in rows (SELECT) or triples (CONSTRUCT) (``--max-rows``)
DEFAULT_MAX_ROWS = 10_000
#: largest request body, in bytes; a query is text, a megabyte is plenty
MAX_BODY = 1 << 20
#: worker processes; two cores is what this project plans for
WORKERS = 2
#: seconds a new worker may take to import and open the store
STARTUP_SECONDS = 120.0

_log = logging.getLogger("kg.serve")

# messages (kept here rather than in kg.errors: they are HTTP bodies, not
# KGErrors, but for the two about the listening address)
READ_ONLY = (
    "kg serve is read-only: SPARQL updates are refused "
    "(run kg build to change the graph)"
)
NO_SERVICE = (
    "SERVICE (federated query) is refused: kg serve answers from its own store "
    "and never fetches other URLs"
)
TOO_LARGE_RESULT = (
    "the result has more than {cap} {unit}, the server's cap (kg serve "
    "--max-rows {cap}); nothing was returned: add a LIMIT, or restart the "
    "server with a higher --max-rows"
)
TIMED_OUT = (
    "timeout: the query was stopped after {seconds:g} s, the server's limit "
    "(kg serve --timeout); simplify it or add a LIMIT"
)
TOO_LARGE_BODY = "the request body is larger than {limit} bytes, the server's cap"
NO_QUERY = (
    "no query: send query=... (GET, or a form POST) or POST the query "
    "as application/sparql-query"
)
MANY_QUERIES = "one query per request, please: query= was given {n} times"
BAD_MEDIA_TYPE = (
    "cannot read a POST body of type '{ctype}': send "
    "application/x-www-form-urlencoded (query=...) or application/sparql-query"
)
NOT_UTF8 = "the request body is not valid UTF-8"
MALFORMED = "malformed query: {reason}"
BAD_GRAPH = "bad default-graph-uri or named-graph-uri: {reason}"
QUERY_FAILED = "the query failed: {reason}"
SHUTTING_DOWN = "the server is shutting down; the query was stopped"
WORKER_FAILED = "the query worker stopped unexpectedly ({reason}); try again"
UNKNOWN_FORMAT = "unknown format '{fmt}'; choose one of {choices}"
NOT_ACCEPTABLE = (
    "none of the accepted formats can hold a {kind} result; ask for one of {choices}"
)
NO_SAVED_QUERY = "no saved query named '{name}'; GET /queries lists them"
NOT_LOOPBACK = (
    "{host} is not a loopback address: kg serve has no authentication, so "
    "listening beyond this machine needs --allow-remote"
)
REMOTE_WARNING = (
    "warning: kg serve listens on {host}, reachable from other machines; it has "
    "no authentication and answers every read-only query"
)


# formats and content negotiation -------------------------------------------------


@dataclass(frozen=True)
class Format:
    """A result format: its ``format=`` names and its media types.

    Attributes:
        name: the canonical ``format=`` name.
        media_type: the ``Content-Type`` of the answer.
        aliases: other ``format=`` names and media types that select it.
    """

    name: str
    media_type: str
    aliases: tuple[str, ...] = ()

    def matches(self, key: str) -> bool:
        """Whether a ``format=`` value or media type names this format."""
        return key == self.name or key == self.media_type or key in self.aliases


#: formats of SELECT and ASK results; the first is the default
RESULTS_FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", ("srj", "application/json")),
    Format(
        "xml", "application/sparql-results+xml", ("srx", "application/xml", "text/xml")
    ),
    Format("csv", "text/csv"),
    Format("tsv", "text/tab-separated-values"),
)
#: formats of CONSTRUCT and DESCRIBE results; the first is the default
GRAPH_FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", ("ttl", "application/x-turtle")),
    Format("ntriples", "application/n-triples", ("nt", "n-triples")),
    Format("jsonld", "application/ld+json", ("json-ld", "json", "application/json")),
    Format(
        "rdfxml", "application/rdf+xml", ("rdf", "xml", "application/xml", "text/xml")
    ),
)
_OX_RESULTS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_OX_GRAPH = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


class ProtocolError(Exception):
    """A request the endpoint refuses: an HTTP status and a plain-text reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Negotiated:
    """The format for each kind of result; ``None``: nothing acceptable."""

    results: Format | None
    graph: Format | None


def _accept_ranges(header: str) -> list[tuple[str, float]]:
    """``(media range, q)`` pairs of an ``Accept`` header, in its order."""
    ranges = []
    for part in header.split(","):
        fields = part.split(";")
        media = fields[0].strip().lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value.strip())
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def _choose(
    ranges: list[tuple[str, float]], formats: Sequence[Format]
) -> Format | None:
    """The acceptable format with the highest q.

    Each format takes the q of the most specific range that matches it; ties
    go to an exact match, then to the client's order, then to ours.
    """
    best: tuple[float, int, int, int] | None = None
    chosen: Format | None = None
    for rank, fmt in enumerate(formats):
        major = fmt.media_type.split("/")[0]
        match: tuple[int, float, int] | None = None
        for order, (media, q) in enumerate(ranges):
            if fmt.matches(media):
                level = 3
            elif media == f"{major}/*":
                level = 2
            elif media == "*/*":
                level = 1
            else:
                continue
            if match is None or level > match[0]:
                match = (level, q, order)
        if match is None or match[1] <= 0:
            continue
        level, q, order = match
        key = (q, level, -order if level == 3 else 0, -rank)
        if best is None or key > best:
            best, chosen = key, fmt
    return chosen


def negotiate(accept: str | None, fmt: str | None = None) -> Negotiated:
    """The answer's format for each kind of query, from ``format=`` or ``Accept``.

    Args:
        accept: the ``Accept`` header (``None`` or empty: the defaults).
        fmt: the ``format`` parameter, a name (``csv``, ``ttl``, ``json``) or a
            media type; it overrides ``Accept``.

    Raises:
        ProtocolError: 400 for a ``format`` that names no format.

    >>> n = negotiate("text/csv;q=0.5, application/sparql-results+xml")
    >>> n.results.name, n.graph
    ('xml', None)
    >>> n = negotiate("text/html,application/xhtml+xml,*/*;q=0.8")
    >>> n.results.name, n.graph.name
    ('json', 'turtle')
    >>> n = negotiate(None, "json")
    >>> n.results.media_type, n.graph.media_type
    ('application/sparql-results+json', 'application/ld+json')
    """
    if fmt:
        key = fmt.strip().lower()
        results = next((f for f in RESULTS_FORMATS if f.matches(key)), None)
        graph = next((f for f in GRAPH_FORMATS if f.matches(key)), None)
        if results is None and graph is None:
            names = ", ".join(f.name for f in (*RESULTS_FORMATS, *GRAPH_FORMATS))
            raise ProtocolError(400, UNKNOWN_FORMAT.format(fmt=fmt, choices=names))
        return Negotiated(results, graph)
    ranges = _accept_ranges(accept or "") or [("*/*", 1.0)]
    return Negotiated(_choose(ranges, RESULTS_FORMATS), _choose(ranges, GRAPH_FORMATS))


# reading the query text (never to run it: to refuse updates and SERVICE) ---------

_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# comments, strings and IRIs are skipped whole, so a keyword inside them is
# not one; what is left are words (keywords, prefixed names, variables)
_TOKEN = re.compile(
    r"""
    (?P<skip>
        \#[^\n\r]*
      | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
      | '''(?:[^'\\]|\\.|'(?!''))*'''
      | "(?:[^"\\\n\r]|\\.)*"
      | '(?:[^'\\\n\r]|\\.)*'
      | <[^<>"{}|^`\\\x00-\x20]*>
    )
    | (?P<word>[?$]?[^\W\d][\w.:-]*|:[\w.:-]*)
    """,
    re.VERBOSE | re.DOTALL,
)
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATES = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "CREATE",
    "DROP",
    "COPY",
    "MOVE",
    "ADD",
    "WITH",
}


def _words(text: str) -> list[str]:
    """The bare words of a query, upper-cased, outside comments, strings and IRIs.

    >>> _words('# SERVICE\\nSELECT ?service WHERE { ?s ex:service "SERVICE" }')
    ['SELECT', '?SERVICE', 'WHERE', '?S', 'EX:SERVICE']
    """

    def unescape(m: re.Match[str]) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except ValueError:
            return m.group()

    text = _CODEPOINT.sub(unescape, text)
    return [m.group("word").upper() for m in _TOKEN.finditer(text) if m.group("word")]


def query_form(text: str) -> str | None:
    """The query's form (``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``), or the
    first keyword of an update (``INSERT``, ``DELETE``, ``LOAD``…); ``None`` when
    there is neither.

    >>> query_form("PREFIX kg: <https://w3id.org/newskg/ontology#>\\nask { ?s ?p ?o }")
    'ASK'
    >>> query_form("# a comment that says SELECT\\nINSERT DATA { <a:x> <a:y> 1 }")
    'INSERT'
    """
    for word in _words(text):
        if word in _FORMS or word in _UPDATES:
            return word
    return None


def _refusal(text: str) -> ProtocolError | None:
    """Why a query must not run here (an update, or SERVICE), if it must not."""
    if query_form(text) in _UPDATES:
        return ProtocolError(403, READ_ONLY)
    if "SERVICE" in _words(text):
        return ProtocolError(403, NO_SERVICE)
    return None


# running a query (in a worker process) -----------------------------------------


@dataclass(frozen=True)
class Job:
    """A query for a worker, with the formats negotiated for it.

    Attributes:
        query: the SPARQL text.
        results: the format name for SELECT/ASK results, ``None``: refuse (406).
        graph: the format name for CONSTRUCT/DESCRIBE results, ``None``: refuse.
        max_rows: the largest result to return, in rows or triples.
        default_graphs: ``default-graph-uri`` values; none: the union graph.
        named_graphs: ``named-graph-uri`` values; none: every named graph.
    """

    query: str
    results: str | None
    graph: str | None
    max_rows: int
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """A worker's answer: HTTP status, body and media type, and what to log."""

    status: int
    body: bytes
    media_type: str = "text/plain"
    kind: str = "-"
    rows: int = 0


def _text(status: int, message: str) -> Outcome:
    return Outcome(status, (message + "\n").encode("utf-8"))


def _choices(formats: Sequence[Format]) -> str:
    return ", ".join(f.media_type for f in formats)


def execute(store: KGStore, job: Job) -> Outcome:
    """Run one query and serialize its result; never raises for a bad query.

    The result is read up to ``job.max_rows`` rows (or distinct triples); one
    more and the answer is 413, never a truncated result.

    >>> out = execute(KGStore(), Job("ASK {}", results="json", graph=None, max_rows=5))
    >>> out.status, out.body
    (200, b'{"head":{},"boolean":true}')
    >>> execute(KGStore(), Job("SELECT ?x", "json", None, 5)).status
    400
    """
    try:
        default = [ox.NamedNode(g) for g in job.default_graphs] or None
        named: list[ox.NamedNode | ox.BlankNode] | None = [
            ox.NamedNode(g) for g in job.named_graphs
        ] or None
    except ValueError as err:
        return _text(400, BAD_GRAPH.format(reason=err))
    try:
        result = store.raw_query(job.query, default_graph=default, named_graphs=named)
    except SyntaxError as err:
        return _text(400, MALFORMED.format(reason=err))
    except (OSError, ValueError) as err:
        return _text(500, QUERY_FAILED.format(reason=err))
    try:
        if isinstance(result, ox.QueryBoolean):
            return _ask(result, job)
        if isinstance(result, ox.QueryTriples):
            return _graph(result, job)
        return _select(result, job)
    except (OSError, ValueError) as err:
        # evaluation is lazy: errors can come while reading the result
        return _text(500, QUERY_FAILED.format(reason=err))


def _ask(result: ox.QueryBoolean, job: Job) -> Outcome:
    fmt = _format(RESULTS_FORMATS, job.results)
    if fmt is None:
        return _text(
            406, NOT_ACCEPTABLE.format(kind="ASK", choices=_choices(RESULTS_FORMATS))
        )
    body = result.serialize(format=_OX_RESULTS[fmt.name])
    assert body is not None
    return Outcome(200, body, fmt.media_type, "ASK", 1)


def _select(result: ox.QuerySolutions, job: Job) -> Outcome:
    fmt = _format(RESULTS_FORMATS, job.results)
    if fmt is None:
        return _text(
            406, NOT_ACCEPTABLE.format(kind="SELECT", choices=_choices(RESULTS_FORMATS))
        )
    variables = result.variables
    rows: list[ox.QuerySolution] = []
    for solution in result:
        if len(rows) == job.max_rows:
            return _text(413, TOO_LARGE_RESULT.format(cap=job.max_rows, unit="rows"))
        rows.append(solution)
    # the rows are read before a byte is written, to count them; they then go
    # through Oxigraph's own TSV (terms in N-Triples syntax, lossless) so that
    # Oxigraph's serializers write every format
    lines = ["\t".join(str(v) for v in variables)]
    lines.extend(
        "\t".join("" if (term := s[v]) is None else str(term) for v in variables)
        for s in rows
    )
    table = ox.parse_query_results(
        "\n".join(lines) + "\n", format=ox.QueryResultsFormat.TSV
    )
    body = table.serialize(format=_OX_RESULTS[fmt.name])
    assert body is not None
    return Outcome(200, body, fmt.media_type, "SELECT", len(rows))


def _graph(result: ox.QueryTriples, job: Job) -> Outcome:
    fmt = _format(GRAPH_FORMATS, job.graph)
    if fmt is None:
        return _text(
            406,
            NOT_ACCEPTABLE.format(kind="CONSTRUCT", choices=_choices(GRAPH_FORMATS)),
        )
    seen: dict[ox.Triple, None] = {}
    for triple in result:
        if triple in seen:
            continue
        if len(seen) == job.max_rows:
            return _text(413, TOO_LARGE_RESULT.format(cap=job.max_rows, unit="triples"))
        seen[triple] = None
    triples = sorted(
        seen, key=lambda t: (str(t.subject), str(t.predicate), str(t.object))
    )
    prefixes = PREFIXES if fmt.name in ("turtle", "rdfxml") else None
    body = ox.serialize(triples, format=_OX_GRAPH[fmt.name], prefixes=prefixes)
    assert body is not None
    return Outcome(200, body, fmt.media_type, "CONSTRUCT", len(triples))


def _format(formats: Sequence[Format], name: str | None) -> Format | None:
    return next((f for f in formats if f.name == name), None)


def _worker_main(conn: Connection, store_path: str) -> None:
    """A worker process: open the store read-only, then answer jobs until the
    pipe closes (or the server goes away)."""
    # Ctrl-C reaches the whole process group; the server stops its workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    try:
        store = KGStore.open_existing(Path(store_path), command="kg serve")
    except KGError as err:
        conn.send(("failed", str(err)))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            break
        try:
            outcome = execute(store, job)
        except Exception as err:  # a bug: say so, keep serving
            outcome = _text(500, f"internal error: {type(err).__name__}: {err}")
        try:
            conn.send(outcome)
        except OSError:  # the server has gone
            break
    store.close()


def _exit_with_parent() -> None:
    """Exit when the server dies, even in the middle of a query.

    A killed server cannot kill its workers; pyoxigraph releases the GIL while
    it evaluates, so this watcher runs even then.
    """
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="kg-serve-parent", daemon=True).start()


class WorkerError(Exception):
    """A worker process could not start, or died."""


class _Worker:
    """One worker process and the server's end of its pipe."""

    def __init__(self, ctx: SpawnContext, store: Path) -> None:
        self.conn, child = ctx.Pipe()
        self.process: SpawnProcess = ctx.Process(
            target=_worker_main,
            args=(child, str(store)),
            name="kg-serve-worker",
            daemon=True,
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self) -> None:
        """Block until the worker has opened the store.

        Raises:
            WorkerError: it failed to, or took longer than
                :data:`STARTUP_SECONDS`.
        """
        if self.ready:
            return
        try:
            if not self.conn.poll(STARTUP_SECONDS):
                raise WorkerError(f"did not start within {STARTUP_SECONDS:g} s")
            tag, detail = self.conn.recv()
        except (EOFError, OSError) as err:
            raise WorkerError(f"exited while starting ({err or 'no reason'})") from err
        if tag != "ready":
            raise WorkerError(str(detail))
        self.ready = True

    def call(self, job: Job, timeout: float) -> Outcome | None:
        """Run a job; ``None`` when it outlives ``timeout`` seconds.

        Raises:
            WorkerError: the worker died.
        """
        self.wait_ready()
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                return None
            outcome: Outcome = self.conn.recv()
        except (EOFError, OSError) as err:
            code = self.process.exitcode
            reason = f"exit code {code}" if code is not None else str(err) or "EOF"
            raise WorkerError(reason) from err
        return outcome

    def stop(self) -> None:
        """Kill the process (it may be deep in a query) and reap it."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=10)


class _Pool:
    """Worker processes, each used by one query at a time."""

    def __init__(self, store: Path, *, size: int, timeout: float) -> None:
        self.store = store
        self.size = size
        self.timeout = timeout
        self._ctx = multiprocessing.get_context("spawn")
        self._workers: set[_Worker] = set()
        self._idle: asyncio.Queue[_Worker] | None = None
        self._closed = False
        self._starting: set[asyncio.Task[None]] = set()

    def pids(self) -> list[int]:
        """Process ids of the current workers (for tests and diagnostics)."""
        return sorted(w.process.pid for w in self._workers if w.process.pid)

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self.store)
        self._workers.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        self._workers.discard(worker)
        worker.stop()

    async def start(self) -> None:
        """Start the workers and wait until each has the store open.

        Raises:
            WorkerError: one failed to start.
        """
        self._idle = asyncio.Queue()
        for worker in [self._spawn() for _ in range(self.size)]:
            await run_in_threadpool(worker.wait_ready)
            self._idle.put_nowait(worker)

    async def run(self, job: Job) -> Outcome:
        """Run a job on the next free worker, within the timeout."""
        assert self._idle is not None, "the pool was not started"
        worker = await self._idle.get()
        healthy = False
        outcome: Outcome | None
        try:
            outcome = await run_in_threadpool(worker.call, job, self.timeout)
            healthy = outcome is not None
        except WorkerError as err:
            outcome = _text(500, WORKER_FAILED.format(reason=err))
        except asyncio.CancelledError:
            # uvicorn cancels what outlives its grace period at shutdown (the
            # pool, closed, has killed the worker): answer rather than raise,
            # so the client gets a reason and the log no traceback
            outcome = _text(503, SHUTTING_DOWN)
        if healthy:
            self._idle.put_nowait(worker)
        else:
            # a timed-out, dead or abandoned worker is replaced, never reused
            self._retire(worker)
            if self._closed:
                return outcome or _text(503, SHUTTING_DOWN)
            self._replace()
        if outcome is None:
            return _text(503, TIMED_OUT.format(seconds=self.timeout))
        return outcome

    def _replace(self) -> None:
        """Start a worker; it joins the idle ones once it has the store open,
        so queries meanwhile go to the others."""
        worker = self._spawn()

        async def when_ready() -> None:
            # one that cannot start joins too: using it answers 500 and
            # replaces it again, rather than leaving queries to wait forever
            with contextlib.suppress(WorkerError):
                await run_in_threadpool(worker.wait_ready)
            if not self._closed and self._idle is not None:
                self._idle.put_nowait(worker)

        task = asyncio.get_running_loop().create_task(when_ready())
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)

    def idle(self) -> int:
        """Workers ready and waiting for a query."""
        return self._idle.qsize() if self._idle is not None else 0

    def close(self) -> None:
        """Kill every worker; queries still running end with 503."""
        self._closed = True
        for worker in list(self._workers):
            self._retire(worker)


# the HTTP side ---------------------------------------------------------------


def _page_csp(page: str) -> str:
    """A Content-Security-Policy that lets the page run its own scripts only,
    talk only to this server, and load nothing."""
    hashes = " ".join(
        "'sha256-"
        + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
        + "'"
        for code in re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; connect-src 'self'; form-action 'none'; "
        "base-uri 'none'; frame-ancestors 'none'"
    )


def _page() -> str:
    """The query page, with vis-network (from pyvis, as on the graph page) and
    the export prefixes inlined."""
    from kg.viz import _json_for_script, _vis_network, external_references

    template = files("kg").joinpath("serve_page.html").read_text(encoding="utf-8")
    page = template.replace("/*@VIS_NETWORK@*/", _vis_network(), 1).replace(
        "@PREFIXES@", _json_for_script(PREFIXES), 1
    )
    leftover = external_references(page)
    if leftover:
        raise RuntimeError(f"page would load from another host: {leftover[0][:120]}")
    return page


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) past ``limit`` bytes."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise ProtocolError(413, TOO_LARGE_BODY.format(limit=limit))
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ProtocolError(413, TOO_LARGE_BODY.format(limit=limit))
        chunks.append(chunk)
    return b"".join(chunks)


@dataclass(frozen=True)
class _Request:
    """What a protocol request asks: the query, its graphs, its format."""

    query: str
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    fmt: str | None


def _one(values: Sequence[str]) -> str | None:
    if len(values) > 1:
        raise ProtocolError(400, MANY_QUERIES.format(n=len(values)))
    return values[0] if values else None


async def _protocol_request(request: Request, max_body: int) -> _Request:
    """Read a ``/sparql`` request (GET, form POST or query POST).

    Raises:
        ProtocolError: 403 for updates, 413, 415 or 400 otherwise.
    """
    url = request.query_params
    fields: dict[str, list[str]] = {k: url.getlist(k) for k in url}
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            raise ProtocolError(403, READ_ONLY)
        body = await _read_body(request, max_body)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise ProtocolError(400, NOT_UTF8) from None
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(
                text, keep_blank_values=True, max_num_fields=1000
            )
            for key, values in form.items():
                fields.setdefault(key, []).extend(values)
        elif ctype == "application/sparql-query":
            if fields.get("query"):
                raise ProtocolError(400, MANY_QUERIES.format(n=2))
            fields["query"] = [text]
        else:
            raise ProtocolError(415, BAD_MEDIA_TYPE.format(ctype=ctype[:100]))
    if "update" in fields:
        raise ProtocolError(403, READ_ONLY)
    query = _one(fields.get("query", []))
    if query is None:
        raise ProtocolError(400, NO_QUERY)
    if len(query.encode("utf-8")) > max_body:
        raise ProtocolError(413, TOO_LARGE_BODY.format(limit=max_body))
    return _Request(
        query,
        tuple(fields.get("default-graph-uri", [])),
        tuple(fields.get("named-graph-uri", [])),
        fields["format"][-1] if fields.get("format") else None,
    )


def make_app(
    out: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_body: int = MAX_BODY,
    workers: int = WORKERS,
) -> Starlette:
    """The endpoint over the store a build wrote into ``out``.

    The store is opened read-only here and stays open (with its shared lock)
    until the application shuts down; the workers start with it.

    Args:
        out: the build folder (``--out``); its ``store/`` is served.
        timeout: seconds a query may run before it is stopped (503).
        max_rows: the largest result, in rows or triples (more: 413).
        max_body: the largest request body, in bytes (more: 413).
        workers: worker processes, i.e. queries that run at once.

    Raises:
        StoreError: no built store in ``out``.
        StoreBusyError: a build is writing it.
    """
    if timeout <= 0 or max_rows < 1 or max_body < 1 or workers < 1:
        raise ValueError("timeout, max_rows, max_body and workers must be positive")
    store_path = out / "store"
    store = KGStore.open_existing(store_path, command="kg serve")
    saved: dict[str, SavedQuery] = {q.name: q for q in saved_queries()}
    pool = _Pool(store_path, size=workers, timeout=timeout)
    page = _page()
    page_headers = {
        "Content-Security-Policy": _page_csp(page),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }

    async def answer(request: Request, req: _Request, where: str) -> Response:
        started = time.perf_counter()
        kind = query_form(req.query) or "-"
        try:
            refused = _refusal(req.query)
            if refused is not None:
                raise refused
            chosen = negotiate(request.headers.get("accept"), req.fmt)
            job = Job(
                req.query,
                chosen.results.name if chosen.results else None,
                chosen.graph.name if chosen.graph else None,
                max_rows,
                req.default_graphs,
                req.named_graphs,
            )
            outcome = await pool.run(job)
        except ProtocolError as err:
            outcome = _text(err.status, err.message)
        if outcome.kind != "-" and kind not in _FORMS:
            kind = outcome.kind
        ms = (time.perf_counter() - started) * 1000
        _log.info(
            "%s %s kind=%s rows=%d ms=%.0f status=%d",
            request.method,
            where,
            kind,
            outcome.rows,
            ms,
            outcome.status,
        )
        return Response(
            outcome.body,
            status_code=outcome.status,
            media_type=outcome.media_type,
            headers={"Vary": "Accept"},
        )

    async def sparql(request: Request) -> Response:
        try:
            req = await _protocol_request(request, max_body)
        except ProtocolError as err:
            _log.info(
                "%s /sparql kind=- rows=0 ms=0 status=%d", request.method, err.status
            )
            return PlainTextResponse(err.message + "\n", status_code=err.status)
        return await answer(request, req, "/sparql")

    async def list_queries(request: Request) -> Response:
        return JSONResponse(
            [
                {
                    "name": q.name,
                    "description": q.summary,
                    "sparql": q.text,
                    "url": f"queries/{q.name}",
                }
                for q in saved.values()
            ]
        )

    async def saved_query(request: Request) -> Response:
        name = request.path_params["name"]
        query = saved.get(name)
        if query is None:
            return PlainTextResponse(
                NO_SAVED_QUERY.format(name=name[:100]) + "\n", status_code=404
            )
        fmt = request.query_params.get("format")
        return await answer(
            request, _Request(query.text, (), (), fmt), f"/queries/{name}"
        )

    async def index(request: Request) -> Response:
        return Response(page, media_type="text/html", headers=page_headers)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            await pool.start()
            yield
        finally:
            pool.close()
            store.close()

    app = Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/queries", list_queries, methods=["GET"]),
            Route("/queries/{name}", saved_query, methods=["GET"]),
        ],
        middleware=[
            Middleware(
                CORSMiddleware,
                allow_origins=["*"],
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=["Accept", "Content-Type"],
                max_age=600,
            )
        ],
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.store = store
    return app


# serving -------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only.

    >>> [is_loopback(h) for h in ("127.0.0.1", "::1", "localhost", "0.0.0.0")]
    [True, True, True, False]
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_host(host: str, *, allow_remote: bool) -> str | None:
    """Refuse a non-loopback address unless allowed; the warning to print if so.

    Raises:
        KGError: ``host`` is not loopback and ``allow_remote`` is false.

    >>> check_host("127.0.0.1", allow_remote=False) is None
    True
    >>> check_host("0.0.0.0", allow_remote=True).startswith("warning:")
    True
    """
    if is_loopback(host):
        return None
    if not allow_remote:
        raise KGError(NOT_LOOPBACK.format(host=host))
    return REMOTE_WARNING.format(host=host)


def run(
    out: Path,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    allow_remote: bool = False,
) -> None:
    """Serve the build in ``out`` until interrupted (Ctrl-C).

    Raises:
        KGError: a non-loopback ``host`` without ``allow_remote``, or no usable
            store (missing, or busy with a build).
    """
    import sys

    import uvicorn

    warning = check_host(host, allow_remote=allow_remote)
    app = make_app(out, timeout=timeout, max_rows=max_rows)
    if warning:
        print(warning, file=sys.stderr)
    if not _log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s kg serve: %(message)s"))
        _log.addHandler(handler)
        _log.setLevel(logging.INFO)
        _log.propagate = False
    shown = f"[{host}]" if ":" in host else host
    print(
        f"kg serve: SPARQL endpoint http://{shown}:{port}/sparql, "
        f"query page http://{shown}:{port}/ (timeout {timeout:g} s, "
        f"at most {max_rows} rows)",
        file=sys.stderr,
    )
    # uvicorn's access log would print each URL, query string and all: the
    # one line per query above says what is needed
    uvicorn.run(
        app,
        host=host,
        port=port,
        access_log=False,
        log_level="info",
        lifespan="on",
        timeout_graceful_shutdown=5,
    )
