"""A SPARQL 1.1 server as the store (``kg … --store URL``).

:class:`RemoteStore` does what :class:`kg.store.KGStore` does, over HTTP, for
Oxigraph server, Virtuoso 7 and other SPARQL 1.1 servers:

* **Writes** go article by article: each article's named graph is replaced
  whole with a Graph Store Protocol ``PUT`` (N-Triples).  A server without
  GSP gets ``DROP SILENT GRAPH`` and ``INSERT DATA`` in chunks of
  :data:`UPDATE_CHUNK` triples instead (Virtuoso 7.2 rejects one
  ``INSERT DATA`` of more than about 1,200 triples).  Signatures live in the
  server, in the same build graph (``kgr:build``) as in the embedded store, so
  incremental builds work the same way.  An article's signature is deleted
  before its graph is written and written after it: a build cut short leaves
  an article without a signature, which the next build writes again, and
  never a signature that does not match the graph.  Derived graphs (linked
  incidents) are replaced the same way.
* **The union** of the article and derived graphs is kept written, as in the
  embedded store (:mod:`kg.store`): each write takes an article's old triples
  out of it unless another graph holds them, and adds the new ones.  A union
  computed at query time is a bag on both servers (a triple in four graphs
  counts four times in a ``SUM``), and slow.  Oxigraph server (recognised by
  its ``Server`` header) keeps it in its default graph; every other server in
  the named graph ``kgr:union`` (:data:`kg.iri.UNION_GRAPH`).  A store written
  before the union was kept is given one by its next build, and read through
  the computed union until then.
* **Reads** see the same dataset as the embedded store: the union as the
  default graph, and the article graphs, the derived graphs
  (``kgr:graph/_linked`` …, see :func:`derived_graphs`) and ``kgr:build`` as
  the named graphs.  Oxigraph server's own default and named graphs are just
  that.  On every other server, Virtuoso among them, the dataset is sent with
  each query as ``default-graph-uri`` and ``named-graph-uri``: Virtuoso's
  default graph is the union of *all* its graphs, its own system graphs
  included, and without ``named-graph-uri`` its ``GRAPH ?g`` ranges over them
  all too.  The article graphs are listed from the signatures (one small
  query per store, cached until the next write; a scan of the graphs took
  0.5 s at 200,000 triples on Virtuoso), and the list grows with the number
  of articles.
* **Results** are SPARQL JSON, read into the same Python values as the
  embedded store gives.  Virtuoso's quirks are mended here: booleans come
  back as ``"1"``/``"0"`` (made ``true``/``false``), and a result cut at
  Virtuoso's ``ResultSetMaxRows`` (the ``X-SPARQL-MaxRows`` header) is an
  error, never a silently short table; listings the store makes for itself
  are paged instead.  Virtuoso cuts ``CONSTRUCT`` results and GSP ``GET``
  answers at the same limit *without* saying so, so exports read each graph
  with paged SELECTs; a ``CONSTRUCT`` of the user's (``kg viz --query``) on
  Virtuoso is only as whole as ``ResultSetMaxRows`` allows.

Where each URL leads (see :func:`endpoints`): ``http://host:7878`` is an
Oxigraph server (``/query``, ``/update``, ``/store``); ``…/sparql`` and
``…/sparql-auth`` are Virtuoso's endpoints (GSP at ``…/sparql-graph-crud`` and
``…/sparql-graph-crud-auth``); ``…/query`` has its ``…/update`` and
``…/store`` beside it; any other URL is one endpoint for queries and updates.

Credentials come from ``NEWSKG_STORE_USER`` and ``NEWSKG_STORE_PASSWORD``, or
from a netrc file (``NEWSKG_NETRC``, else ``~/.netrc``), never from the URL or
the command line, and are answered to whichever scheme the server asks for
(Digest, as Virtuoso does, or Basic).  No message ever holds the password.

A remote store has no lock: the server serialises requests, but two builds
into one server at once are not prevented.
"""

from __future__ import annotations

import json
import netrc
import os
import re
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib import Dataset, URIRef
from rdflib.term import Node

from kg import iri
from kg.errors import Messages, QueryError, StoreError
from kg.store import _BUILD, _GRAPH_PREFIX, _SIGNATURE, KGStore, _py, _triples_text

__all__ = [
    "ENV_NETRC",
    "ENV_PASSWORD",
    "ENV_USER",
    "Credentials",
    "Endpoints",
    "RemoteStore",
    "credentials_for",
    "endpoints",
]

#: environment variables holding the user name and password for the server
ENV_USER = "NEWSKG_STORE_USER"
ENV_PASSWORD = "NEWSKG_STORE_PASSWORD"
#: a netrc file to read them from instead (default ``~/.netrc``)
ENV_NETRC = "NEWSKG_NETRC"

#: most triples per ``INSERT DATA`` request (Virtuoso 7.2 fails past ≈ 1,200)
UPDATE_CHUNK = 400
#: most bytes of triples per ``INSERT DATA`` request (a line longer goes alone)
UPDATE_BYTES = 256_000
#: rows per page when the store lists its own signatures and graphs
PAGE_ROWS = 5_000
#: seconds to connect, and to wait for an answer (a big query may take long)
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 600.0
#: times a connection that fails to open is tried again (httpx waits 0.5 s,
#: then 1 s, between tries); a request the server received is never re-sent
CONNECT_RETRIES = 2

_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
# GSP answers that mean "no Graph Store Protocol here": fall back to updates
_NO_GSP = frozenset({404, 405, 415, 501})
# the query form after the prologue (comments, PREFIX, BASE, Virtuoso defines)
_PROLOGUE = re.compile(
    r"(?:\s+|#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>"
    r"|define\s+\S+\s+(?:\"[^\"]*\"|'[^']*'|<[^>]*>|\S+))*",
    re.IGNORECASE,
)
_FORM = re.compile(r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")
_BNODE_ID = re.compile(r"[^A-Za-z0-9_]")
# Virtuoso's query endpoints and the Graph Store endpoint beside each
_VIRTUOSO = (
    ("/sparql", "/sparql-graph-crud"),
    ("/sparql-auth", "/sparql-graph-crud-auth"),
)
#: most graphs a query names one by one on a server other than Oxigraph;
#: past it the server's own dataset (all its graphs) is queried
NAMED_GRAPHS_CAP = 500

#: graphs whose share of the union one update takes out or adds
UNION_BATCH = 50

#: where probing writes, then drops at once: a graph no build uses
_PROBE = ox.NamedNode(str(iri.BUILD_GRAPH) + "-probe")
_UNION = ox.NamedNode(str(iri.UNION_GRAPH))


@dataclass(frozen=True)
class Credentials:
    """A user name and password for the server; the password is never shown."""

    user: str
    password: str = field(repr=False)
    source: str = "environment"


@dataclass(frozen=True)
class Endpoints:
    """The URLs of one server's query, update and Graph Store endpoints.

    ``gsp`` is ``None`` where no Graph Store endpoint is known.
    """

    query: str
    update: str
    gsp: str | None


def endpoints(url: str) -> Endpoints:
    """Where a store URL's queries, updates and graph writes go.

    >>> e = endpoints("http://127.0.0.1:7878")
    >>> e.query, e.update, e.gsp
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', \
'http://127.0.0.1:7878/store')
    >>> endpoints("http://127.0.0.1:8890/sparql-auth").gsp
    'http://127.0.0.1:8890/sparql-graph-crud-auth'
    >>> endpoints("http://h/ds/query").update
    'http://h/ds/update'
    >>> endpoints("http://h/repositories/kg").gsp is None
    True

    Raises:
        StoreError: not an ``http(s)`` URL of a host, or one holding
            credentials (message ``E070``, which never repeats them).
    """
    parts = urlsplit(url)
    shown = _display(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(Messages.E070.format(url=shown, reason="not an http(s) URL"))
    if parts.username is not None or parts.password is not None:
        reason = (
            f"credentials in the URL are not accepted; set {ENV_USER} and "
            f"{ENV_PASSWORD}, or use a netrc file"
        )
        raise StoreError(Messages.E070.format(url=shown, reason=reason))
    if parts.query or parts.fragment:
        reason = "a query string or fragment is not accepted"
        raise StoreError(Messages.E070.format(url=shown, reason=reason))
    path = parts.path.rstrip("/")

    def at(p: str) -> str:
        return urlunsplit((parts.scheme, parts.netloc, p, "", ""))

    if not path:  # Oxigraph server
        return Endpoints(at("/query"), at("/update"), at("/store"))
    for tail, crud in _VIRTUOSO:
        if path.endswith(tail):
            base = path[: -len(tail)]
            return Endpoints(at(path), at(path), at(base + crud))
    if path.endswith("/query"):
        base = path[: -len("/query")]
        return Endpoints(at(path), at(base + "/update"), at(base + "/store"))
    return Endpoints(at(path), at(path), None)


def _display(url: str) -> str:
    """A URL without user name or password, for messages.

    >>> _display("http://me:secret@h:8890/sparql")
    'http://h:8890/sparql'
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host + (f":{port}" if port is not None else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _netrc_path(environ: Mapping[str, str]) -> Path:
    given = environ.get(ENV_NETRC)
    return Path(given) if given else Path.home() / ".netrc"


def credentials_for(
    url: str, environ: Mapping[str, str] | None = None
) -> Credentials | None:
    """The credentials for a store URL: from the environment, else a netrc file.

    Args:
        url: the store URL; a netrc entry is looked up by its host name.
        environ: the environment (default ``os.environ``).

    Returns:
        ``None`` when neither gives any.

    Raises:
        StoreError: only one of the two variables is set, or the netrc file
            cannot be read (message ``E077``, which never quotes the file).

    >>> credentials_for("http://h/sparql", {ENV_USER: "dba", ENV_PASSWORD: "pw"})
    Credentials(user='dba', source='environment')
    """
    env = os.environ if environ is None else environ
    user, password = env.get(ENV_USER), env.get(ENV_PASSWORD)
    if user or password:
        if not (user and password):
            reason = f"set both {ENV_USER} and {ENV_PASSWORD}, or neither"
            raise StoreError(Messages.E077.format(source="environment", reason=reason))
        return Credentials(user, password)
    path = _netrc_path(env)
    if not path.is_file():
        return None
    host = urlsplit(url).hostname or ""
    try:
        entry = netrc.netrc(str(path)).authenticators(host)
    except (OSError, netrc.NetrcParseError) as err:
        # the parser's message may quote the file: name the file and line only
        line = getattr(err, "lineno", None)
        reason = type(err).__name__ + (f" at line {line}" if line else "")
        raise StoreError(Messages.E077.format(source=path, reason=reason)) from None
    if entry is None:
        return None
    login, _account, secret = entry
    if not login or not secret:
        return None
    return Credentials(login, secret, source=str(path))


class _ChallengeAuth(httpx.Auth):
    """Answer the scheme the server challenges with: Digest (Virtuoso's) or Basic.

    Nothing is sent before the server asks; once it has, later requests carry
    the answer at once.
    """

    requires_request_body = True

    def __init__(self, credentials: Credentials) -> None:
        self._digest = httpx.DigestAuth(credentials.user, credentials.password)
        self._basic = httpx.BasicAuth(credentials.user, credentials.password)
        self._scheme: str | None = None

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if self._scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        if self._scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        scheme = response.headers.get("www-authenticate", "").split(" ", 1)[0]
        if scheme.lower() == "digest":
            self._scheme = "digest"
            flow = self._digest.auth_flow(request)
            next(flow)  # the first, unanswered request: already sent
            try:
                retry = flow.send(response)
            except StopIteration:
                return
            answer = yield retry
            try:
                flow.send(answer)
            except StopIteration:
                pass
        elif scheme.lower() == "basic":
            self._scheme = "basic"
            yield from self._basic.auth_flow(request)


def derived_graphs() -> list[str]:
    """The graphs a build derives from the articles or the analyst's files
    (``kgr:graph/_linked`` …): every graph IRI :mod:`kg.iri` names, so that a
    new one needs no change here.

    >>> str(iri.LINKED_GRAPH) in derived_graphs()
    True
    """
    found = {
        str(value)
        for value in vars(iri).values()
        if isinstance(value, URIRef) and str(value).startswith(_GRAPH_PREFIX)
    }
    return sorted(found)


def _chunks(lines: list[str]) -> Iterator[list[str]]:
    """Lines in groups of at most :data:`UPDATE_CHUNK` and about
    :data:`UPDATE_BYTES`.

    >>> [len(c) for c in _chunks(["x"] * 900)]
    [400, 400, 100]
    """
    chunk: list[str] = []
    size = 0
    for line in lines:
        if chunk and (len(chunk) >= UPDATE_CHUNK or size + len(line) > UPDATE_BYTES):
            yield chunk
            chunk, size = [], 0
        chunk.append(line)
        size += len(line) + 1
    if chunk:
        yield chunk


def query_form(sparql: str) -> str | None:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``; ``None`` for anything
    else (an update is never sent to the query endpoint).

    >>> query_form("PREFIX kg: <x#>\\n# rows\\nselect ?a WHERE {}")
    'SELECT'
    >>> query_form("INSERT DATA { <a> <b> <c> }") is None
    True
    """
    prologue = _PROLOGUE.match(sparql)
    start = prologue.end() if prologue else 0
    m = _FORM.match(sparql, start)
    return m.group(1).upper() if m else None


def _term(binding: Mapping[str, Any]) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A SPARQL JSON binding as a pyoxigraph term, Virtuoso's quirks mended."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        # Virtuoso names them "nodeID://b10006"
        return ox.BlankNode(_BNODE_ID.sub("_", value))
    if kind in ("literal", "typed-literal"):
        lang, datatype = binding.get("xml:lang"), binding.get("datatype")
        if lang:
            return ox.Literal(value, language=lang)
        if datatype:
            if datatype == _XSD_BOOLEAN and value in ("1", "0"):
                value = "true" if value == "1" else "false"  # Virtuoso
            return ox.Literal(value, datatype=ox.NamedNode(datatype))
        return ox.Literal(value)
    raise ValueError(f"unknown binding type {kind!r}")


class _TruncatedError(QueryError):
    """The server cut a result at ``rows`` rows (Virtuoso's ResultSetMaxRows)."""

    def __init__(self, message: str, rows: int) -> None:
        super().__init__(message)
        self.rows = rows


class RemoteStore(KGStore):
    """The store on a SPARQL 1.1 server: what :class:`KGStore` does, over HTTP.

    It is a ``KGStore`` so that every function typed for the store takes it;
    it shares none of the embedded store's state, and every method that
    touches Oxigraph is overridden (a test checks that).  Open one with
    :meth:`connect`, or through :func:`kg.store.open_store`.

    Args:
        url: the store URL (see :func:`endpoints`).
        read_only: refuse writes (the readers: query, export, stats …).
        credentials: for the server, when it asks for them.
        transport: an ``httpx`` transport, for tests.
    """

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        credentials: Credentials | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.endpoints = endpoints(url)
        self.url = _display(url)
        self.path = None
        self.read_only = read_only
        self._lock = None
        self._ox = None  # type: ignore[assignment]
        self._credentials = credentials
        self._client = httpx.Client(
            auth=_ChallengeAuth(credentials) if credentials else None,
            timeout=httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT),
            # a connection refused or reset while connecting is tried again
            transport=transport or httpx.HTTPTransport(retries=CONNECT_RETRIES),
            follow_redirects=False,
        )
        self._gsp = self.endpoints.gsp
        self._oxigraph = False
        #: whether the server keeps the union (see the module's docstring)
        self.merged = False
        self._graphs: list[str] | None = None
        self._netrc = _netrc_path(os.environ)
        self.page_rows = PAGE_ROWS

    @classmethod
    def connect(
        cls,
        url: str,
        *,
        read_only: bool = True,
        fresh: bool = False,
        environ: Mapping[str, str] | None = None,
    ) -> RemoteStore:
        """Open the store on a server, with credentials from the environment.

        Asks the server one ``ASK {}`` (which checks that it answers and
        accepts the credentials, and tells Oxigraph server by its ``Server``
        header); a store opened to write also writes and drops a probe graph,
        so that a server refusing updates says so before any article is read.

        Args:
            url: the store URL.
            read_only: open to read; a reader fails when nothing was built.
            fresh: drop every graph a build wrote first (``kg build --fresh``).
            environ: where credentials come from (default ``os.environ``).

        Raises:
            StoreError: the server cannot be reached, refuses, or (for a
                reader) holds no built graph.
        """
        env = os.environ if environ is None else environ
        store = cls(url, read_only=read_only, credentials=credentials_for(url, env))
        store._netrc = _netrc_path(env)
        try:
            response = store._post(
                store.endpoints.query, {"query": "ASK {}"}, "ASK {}", accept=_JSON
            )
            server = response.headers.get("server", "")
            store._oxigraph = server.lower().startswith("oxigraph")
            if read_only:
                if not store._ask_built():
                    raise StoreError(Messages.E076.format(url=store.url))
                store.merged = store._holds_union()
            else:
                store._send_update(
                    f"INSERT DATA {{ GRAPH {_PROBE} {{ {_PROBE} {_SIGNATURE} "
                    f'"probe" }} }} ;\nDROP SILENT GRAPH {_PROBE}',
                    "a probe update",
                )
                if fresh:
                    store.drop_all()
                if not store._holds_union():
                    store._send_update(store._merge_all(), "writing the union")
                store.merged = True
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        """Close the connection to the server."""
        self._client.close()

    # HTTP --------------------------------------------------------------------

    def _redact(self, text: str) -> str:
        secret = self._credentials.password if self._credentials else ""
        return text.replace(secret, "***") if secret else text

    def _request(
        self, method: str, url: str, what: str, **kwargs: Any
    ) -> httpx.Response:
        """One request; transport failures and refusals as :class:`StoreError`."""
        try:
            response = self._client.request(method, url, **kwargs)
        except httpx.HTTPError as err:
            reason = self._redact(f"{type(err).__name__}: {err}")
            raise StoreError(
                Messages.E071.format(url=self.url, reason=reason)
            ) from None
        if response.status_code == 401:
            if self._credentials is None:
                host = urlsplit(url).hostname or ""
                raise StoreError(
                    Messages.E073.format(
                        url=self.url,
                        user_var=ENV_USER,
                        password_var=ENV_PASSWORD,
                        host=host,
                        netrc=self._netrc,
                    )
                )
            raise StoreError(
                Messages.E074.format(url=self.url, user=self._credentials.user)
            )
        return response

    def _fail(self, response: httpx.Response, what: str, *, query: bool) -> None:
        """Raise for an answer that is not a success."""
        text = _TAGS.sub(" ", response.text)
        # Virtuoso repeats the whole query after its message: keep the message
        text = text.split("SPARQL query:", 1)[0]
        reason = " ".join(text.split())[:500] or response.reason_phrase
        if response.status_code == 403 or "SR186" in text or "SECURITY" in text:
            reason += (
                " (Virtuoso: use the /sparql-auth endpoint with "
                f"{ENV_USER} and {ENV_PASSWORD}, or grant SPARQL_UPDATE to "
                "the SPARQL user)"
            )
        message = Messages.E072.format(
            url=self.url,
            status=response.status_code,
            what=what,
            reason=self._redact(reason),
        )
        if query and response.status_code == 400:
            raise QueryError(message)
        raise StoreError(message)

    def _post(
        self,
        url: str,
        form: Mapping[str, str | list[str]],
        what: str,
        *,
        accept: str | None = None,
        query: bool = False,
    ) -> httpx.Response:
        headers = {"Accept": accept} if accept else {}
        response = self._request("POST", url, what, data=form, headers=headers)
        if response.status_code >= 300:
            self._fail(response, what, query=query)
        if "x-sparql-maxrows" in response.headers:
            rows = response.headers["x-sparql-maxrows"]
            message = Messages.E075.format(url=self.url, what=what, rows=rows)
            raise _TruncatedError(message, int(rows) if rows.isdigit() else 0)
        return response

    def _send_update(self, sparql: str, what: str) -> None:
        if self.read_only:
            raise StoreError(Messages.E043.format(path=self.url))
        self._graphs = None
        self._post(self.endpoints.update, {"update": sparql}, what)

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            reason = f"not SPARQL JSON results ({err})"
            raise StoreError(
                Messages.E078.format(url=self.url, reason=reason)
            ) from None
        if not isinstance(data, dict):
            reason = "not SPARQL JSON results"
            raise StoreError(Messages.E078.format(url=self.url, reason=reason))
        return data

    def _rows(
        self, data: dict[str, Any], *, terms: bool = False
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Variables and rows of SPARQL JSON results: Python values as the
        embedded store gives them, or (``terms``) pyoxigraph terms."""
        if "boolean" in data:
            return ["ask"], [(bool(data["boolean"]),)]
        convert = (lambda t: t) if terms else _py
        try:
            variables = list(data["head"]["vars"])
            rows = [
                tuple(convert(_term(b[v])) if v in b else None for v in variables)
                for b in data["results"]["bindings"]
            ]
        except (KeyError, TypeError, ValueError) as err:
            reason = f"{type(err).__name__}: {err}"
            raise StoreError(
                Messages.E078.format(url=self.url, reason=reason)
            ) from None
        return variables, rows

    def _dataset(self) -> dict[str, str | list[str]]:
        """The protocol parameters that give a query the store's dataset."""
        if self._oxigraph:
            return {} if self.merged else {"union-default-graph": ""}
        graphs = self._graph_list()
        if len(graphs) > NAMED_GRAPHS_CAP:
            # Virtuoso echoes every named-graph-uri in a response header (past
            # about 2,000 the headers outgrow the client, past 6,000 Virtuoso
            # refuses the query): let it use its own dataset, every graph
            if self.merged:
                return {"default-graph-uri": [str(iri.UNION_GRAPH)]}
            # a store from before the union was kept: the server's own dataset
            # would take in graphs that are not newskg's
            raise StoreError(
                Messages.E078.format(
                    url=self.url,
                    reason=f"this store has {len(graphs):,} graphs and no union graph "
                    "yet: run kg build --store URL once to write it",
                )
            )
        default = [str(iri.UNION_GRAPH)] if self.merged else graphs
        return {"default-graph-uri": default, "named-graph-uri": graphs}

    def _union_pattern(self, triple: str) -> str:
        """``triple`` as a pattern (or template) in the graph of the union."""
        if self._oxigraph:
            return triple
        return f"GRAPH {_UNION} {{ {triple} }}"

    def _holds_union(self) -> bool:
        """Whether the union is kept: it is when it holds anything, or when no
        article was built."""
        if self._oxigraph:
            form: dict[str, str | list[str]] = {"query": "ASK { ?s ?p ?o }"}
        else:
            form = {
                "query": f"ASK {{ GRAPH {_UNION} {{ ?s ?p ?o }} }}",
                "named-graph-uri": [str(iri.UNION_GRAPH)],
                "default-graph-uri": [str(iri.UNION_GRAPH)],
            }
        response = self._post(
            self.endpoints.query, form, "a look for the union", accept=_JSON
        )
        rows = self._rows(self._json(response))[1]
        if rows and rows[0][0]:
            return True
        return not self._ask_built()

    def _merge_all(self) -> str:
        """The update that writes the union of the fact graphs."""
        return (
            f"INSERT {{ {self._union_pattern('?s ?p ?o')} }} WHERE {{\n"
            "  GRAPH ?g { ?s ?p ?o }\n"
            f'  FILTER(STRSTARTS(STR(?g), "{_GRAPH_PREFIX}"))\n}}'
        )

    def _unmerge(self, graph: ox.NamedNode, replaced: list[ox.NamedNode]) -> str:
        """The update that takes ``graph``'s triples out of the union, unless a
        fact graph other than those being ``replaced`` holds them too (one
        being replaced gives its triples back when it is merged again)."""
        others = ", ".join(str(g) for g in dict.fromkeys([graph, *replaced]))
        return (
            f"DELETE {{ {self._union_pattern('?s ?p ?o')} }} WHERE {{\n"
            f"  GRAPH {graph} {{ ?s ?p ?o }}\n"
            "  FILTER NOT EXISTS {\n"
            "    GRAPH ?other { ?s ?p ?o }\n"
            f'    FILTER(STRSTARTS(STR(?other), "{_GRAPH_PREFIX}"))\n'
            f"    FILTER(?other NOT IN ({others}, {_BUILD}, {_UNION}))\n"
            "  }\n}"
        )

    def _merge(self, graph: ox.NamedNode) -> str:
        """The update that adds ``graph``'s triples to the union."""
        return (
            f"INSERT {{ {self._union_pattern('?s ?p ?o')} }} "
            f"WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
        )

    def _graph_list(self) -> list[str]:
        """The store's graphs: every article's, the derived ones and the build
        graph (cached until the next write)."""
        if self._graphs is None:
            articles = [str(iri.graph_of_article(a)) for a, _ in self.iter_signatures()]
            self._graphs = [*articles, *derived_graphs(), str(iri.BUILD_GRAPH)]
        return self._graphs

    def _select(
        self,
        sparql: str,
        what: str,
        *,
        graphs: list[str] | None = None,
        terms: bool = False,
    ) -> list[tuple[Any, ...]]:
        """Rows of one of the store's own queries, over ``graphs`` (named)."""
        form: dict[str, str | list[str]] = {"query": sparql}
        if graphs is not None:
            form["named-graph-uri"] = graphs
            form["default-graph-uri"] = graphs
        response = self._post(self.endpoints.query, form, what, accept=_JSON)
        return self._rows(self._json(response), terms=terms)[1]

    def _select_all(
        self,
        variables: str,
        sparql: str,
        what: str,
        *,
        graphs: list[str] | None = None,
        terms: bool = False,
    ) -> Iterator[tuple[Any, ...]]:
        """Every row of an ordered query of the store's own, page by page.

        The ordered query is a subquery, paged outside it (Virtuoso refuses an
        ``ORDER BY`` with ``OFFSET`` past its ``ResultSetMaxRows``), projecting
        ``variables`` (``"?a ?b"``) in that order.
        """
        offset, size = 0, self.page_rows
        while True:
            paged = (
                f"SELECT {variables} WHERE {{ {{ {sparql} }} }} "
                f"LIMIT {size} OFFSET {offset}"
            )
            try:
                rows = self._select(paged, what, graphs=graphs, terms=terms)
            except _TruncatedError as err:
                # the server caps results below our page size: page below its
                # cap (Virtuoso flags a result as cut when it reaches the cap)
                if not 1 < err.rows <= size:
                    raise
                size = err.rows - 1
                continue
            yield from rows
            if len(rows) < size:
                return
            offset += len(rows)

    def _ask_built(self) -> bool:
        rows = self._select(
            f"ASK {{ GRAPH {_BUILD} {{ ?a {_SIGNATURE} ?s }} }}",
            "a look for signatures",
            graphs=[str(iri.BUILD_GRAPH)],
        )
        return bool(rows and rows[0][0])

    # writing -------------------------------------------------------------------

    def drop_all(self) -> None:
        """Drop every graph a build wrote: article graphs, derived graphs and
        the build graph (``kg build --fresh``)."""
        found = self._select_all(
            "?g",
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{_GRAPH_PREFIX}")) }} ORDER BY ?g',
            "a list of graphs",
        )
        graphs = [str(g) for (g,) in found] + [str(iri.BUILD_GRAPH)]
        if self._oxigraph:
            self._send_update("DROP SILENT DEFAULT", "dropping the union")
        else:
            graphs.append(str(iri.UNION_GRAPH))
        for start in range(0, len(graphs), 100):
            drops = [f"DROP SILENT GRAPH <{g}>" for g in graphs[start : start + 100]]
            self._send_update(" ;\n".join(drops), "dropping graphs")

    def signature(self, article: Any) -> str | None:
        """The signature stored for an article, if it was built before."""
        a = ox.NamedNode(str(article))
        rows = self._select(
            f"SELECT ?s WHERE {{ GRAPH {_BUILD} {{ {a} {_SIGNATURE} ?s }} }}",
            "a signature",
            graphs=[str(iri.BUILD_GRAPH)],
        )
        return str(rows[0][0]) if rows else None

    def replace_articles(
        self,
        batch: Iterable[tuple[Any, Any, str, Iterable[tuple[Node, Node, Node]]]],
    ) -> int:
        """Replace each article's named graph and signature.

        Signatures are deleted first and written last, so an article whose
        write is cut short has none and is read again by the next build.

        Returns:
            The number of quads written (signatures aside).
        """
        items = [
            (ox.NamedNode(str(a)), ox.NamedNode(str(g)), s, _triples_text(t))
            for a, g, s, t in batch
        ]
        if not items:
            return 0
        self._send_update(
            " ;\n".join(
                f"DELETE WHERE {{ GRAPH {_BUILD} {{ {a} {_SIGNATURE} ?s }} }}"
                for a, _, _, _ in items
            ),
            "deleting signatures",
        )
        written = self._replace_fact_graphs([(g, lines) for _, g, _, lines in items])
        signatures = [f"{a} {_SIGNATURE} {ox.Literal(s)} ." for a, _, s, _ in items]
        for chunk in _chunks(signatures):
            self._send_update(
                f"INSERT DATA {{ GRAPH {_BUILD} {{\n" + "\n".join(chunk) + "\n} }",
                "writing signatures",
            )
        return written

    def replace_graph(
        self, graph: Any, triples: Iterable[tuple[Node, Node, Node]]
    ) -> int:
        """Replace one named graph of derived facts (no article, no signature).

        Returns:
            The number of quads written.
        """
        lines = _triples_text(triples)
        return self._replace_fact_graphs([(ox.NamedNode(str(graph)), lines)])

    def _replace_fact_graphs(self, graphs: list[tuple[ox.NamedNode, list[str]]]) -> int:
        """Replace graphs of facts and their share of the union, in chunks of
        :data:`UNION_BATCH` graphs: the chunk's old triples leave the union
        (one update; a triple stays when a fact graph outside the chunk holds
        it), each graph of the chunk is put, and the chunk's new triples join
        the union (one update).  A put that fails gives the union back the
        triples of the graphs of the chunk not yet replaced, so the store
        reads as it did for them; the error is raised.  Returns the lines
        written."""
        for start in range(0, len(graphs), UNION_BATCH):
            chunk = graphs[start : start + UNION_BATCH]
            names = [g for g, _ in chunk]
            self._send_update(
                " ;\n".join(self._unmerge(g, names) for g in names),
                "taking from the union",
            )
            for graph, lines in chunk:
                try:
                    self._put_graph(graph, lines)
                except BaseException:
                    # every graph of the chunk, as it now stands: those put
                    # hold their new triples, the rest still their old ones
                    self._send_update(
                        " ;\n".join(self._merge(g) for g in names),
                        "giving the union back what a failed write took",
                    )
                    raise
            filled = [g for g, lines in chunk if lines]
            if filled:
                self._send_update(
                    " ;\n".join(self._merge(g) for g in filled), "adding to the union"
                )
        return sum(len(lines) for _, lines in graphs)

    def _put_graph(self, graph: ox.NamedNode, lines: list[str]) -> None:
        """Replace a graph whole: a GSP ``PUT``, else updates in chunks."""
        if self.read_only:
            raise StoreError(Messages.E043.format(path=self.url))
        self._graphs = None
        what = f"replacing graph {graph}"
        if lines and self._gsp is not None:
            body = ("\n".join(lines) + "\n").encode("utf-8")
            response = self._request(
                "PUT",
                self._gsp,
                what,
                params={"graph": graph.value},
                content=body,
                headers={"Content-Type": f"{_NTRIPLES}; charset=utf-8"},
            )
            if response.status_code < 300:
                return
            if response.status_code not in _NO_GSP:
                self._fail(response, what, query=False)
            self._gsp = None  # no Graph Store Protocol here: updates from now on
        chunks = list(_chunks(lines)) or [[]]
        for n, chunk in enumerate(chunks):
            parts = [f"DROP SILENT GRAPH {graph}"] if n == 0 else []
            if chunk:
                parts.append(
                    f"INSERT DATA {{ GRAPH {graph} {{\n" + "\n".join(chunk) + "\n} }"
                )
            self._send_update(" ;\n".join(parts), what)

    # reading -------------------------------------------------------------------

    def iter_signatures(self) -> Iterator[tuple[str, str]]:
        """(article IRI, signature) for every built article, sorted."""
        rows = self._select_all(
            "?a ?s",
            f"SELECT ?a ?s WHERE {{ GRAPH {_BUILD} {{ ?a {_SIGNATURE} ?s }} }} "
            "ORDER BY ?a ?s",
            "the signatures",
            graphs=[str(iri.BUILD_GRAPH)],
        )
        yield from sorted((str(a), str(s)) for a, s in rows)

    def article_graphs(self) -> list[ox.NamedNode]:
        """Named graphs holding article facts (and derived facts), sorted."""
        graphs = [g for g in self._graph_list() if g.startswith(_GRAPH_PREFIX)]
        for derived in derived_graphs():
            # listed whether or not a build wrote them: keep those that hold facts
            rows = self._select(
                f"ASK {{ GRAPH <{derived}> {{ ?s ?p ?o }} }}",
                f"a look into graph <{derived}>",
                graphs=[derived],
            )
            if not (rows and rows[0][0]):
                graphs.remove(derived)
        return [ox.NamedNode(g) for g in sorted(graphs)]

    def _graph_triples(self, graph: ox.NamedNode) -> list[ox.Triple]:
        """One graph's triples: Oxigraph's GSP ``GET``, else paged SELECTs.

        Not a ``CONSTRUCT`` nor Virtuoso's GSP ``GET``: Virtuoso cuts both at
        ``ResultSetMaxRows`` without saying so, while a cut SELECT says so
        (``X-SPARQL-MaxRows``) and is paged.
        """
        what = f"reading graph {graph}"
        if self._oxigraph and self._gsp is not None:
            response = self._request(
                "GET",
                self._gsp,
                what,
                params={"graph": graph.value},
                headers={"Accept": _NTRIPLES},
            )
            if response.status_code == 404:
                return []  # no such graph
            if response.status_code >= 300:
                self._fail(response, what, query=False)
            return self._parse(response)
        found = self._select_all(
            "?s ?p ?o",
            f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }} "
            "ORDER BY ?s ?p ?o",
            what,
            graphs=[graph.value],
            terms=True,
        )
        return [ox.Triple(*row) for row in found]

    def _parse(self, response: httpx.Response) -> list[ox.Triple]:
        media = response.headers.get("content-type", "").split(";")[0].strip()
        fmt = ox.RdfFormat.from_media_type(media) if media else None
        if fmt is None:
            reason = f"an RDF answer of type '{media}'"
            raise StoreError(Messages.E078.format(url=self.url, reason=reason))
        try:
            return [
                ox.Triple(q.subject, q.predicate, q.object)
                for q in ox.parse(response.content, format=fmt)
            ]
        except (SyntaxError, ValueError) as err:
            raise StoreError(Messages.E078.format(url=self.url, reason=err)) from None

    def quads(self) -> list[ox.Quad]:
        """Every fact as a quad, sorted (bookkeeping left out)."""
        out = [
            ox.Quad(t.subject, t.predicate, t.object, g)
            for g in self.article_graphs()
            for t in self._graph_triples(g)
        ]
        out.sort(
            key=lambda q: (
                str(q.graph_name),
                str(q.subject),
                str(q.predicate),
                str(q.object),
            )
        )
        return out

    def triples(self) -> list[ox.Triple]:
        """Every fact of the union graph, once each, sorted."""
        seen: dict[tuple[str, str, str], ox.Triple] = {}
        for g in self.article_graphs():
            for t in self._graph_triples(g):
                seen.setdefault((str(t.subject), str(t.predicate), str(t.object)), t)
        return [seen[k] for k in sorted(seen)]

    def query(self, sparql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        """Run a SELECT or ASK query over the store's dataset (see the module doc).

        Raises:
            QueryError: not a SELECT or ASK query, the server rejects it, or
                its result was cut short.
        """
        form = query_form(sparql)
        if form in ("CONSTRUCT", "DESCRIBE"):
            raise QueryError(
                "CONSTRUCT and DESCRIBE results are not tables; use construct()"
            )
        if form is None:
            raise QueryError("not a SELECT, ASK, CONSTRUCT or DESCRIBE query")
        response = self._post(
            self.endpoints.query,
            {"query": sparql, **self._dataset()},
            "the query",
            accept=_JSON,
            query=True,
        )
        return self._rows(self._json(response))

    def construct(self, sparql: str) -> list[ox.Triple]:
        """Run a CONSTRUCT or DESCRIBE query; the triples, sorted."""
        if query_form(sparql) not in ("CONSTRUCT", "DESCRIBE"):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        response = self._post(
            self.endpoints.query,
            {"query": sparql, **self._dataset()},
            "the query",
            accept=_NTRIPLES,
            query=True,
        )
        return sorted(
            self._parse(response),
            key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
        )

    def raw_query(
        self,
        sparql: str,
        *,
        default_graph: list[ox.NamedNode] | None = None,
        named_graphs: list[ox.NamedNode | ox.BlankNode] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Not offered: ``kg serve`` serves the embedded store only."""
        raise QueryError(Messages.E079.format(url=self.url))

    def dataset(self) -> Dataset:
        """An in-memory rdflib ``Dataset`` copy of the store (union default graph)."""
        ds = Dataset(default_union=True)
        data = ox.serialize(self.quads(), format=ox.RdfFormat.N_QUADS)
        ds.parse(data=data, format="nquads")
        return ds
