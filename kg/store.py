"""The only module that touches Oxigraph.

Facts live in an on-disk Oxigraph store, one named graph per article (plus
``kgr:graph/_linked``, derived from them all), and every query runs over their
union.  That union is kept, written, in the store's default graph: each write
adds an article's triples to it and takes away the ones no other graph still
holds.  Oxigraph can compute the union at query time
(``use_default_graph_as_union``), but then every triple pattern is a
de-duplicating scan over all graphs, and joins that take milliseconds over the
default graph take seconds to minutes at a hundred thousand quads.  A store
written before the union was kept is given one on its next build, and read
through the computed union until then.

The build state lives in the store too: ``kgr:build`` holds, per article, a
signature of its text and of the pipeline that read it (``kg:buildSignature``),
so a rebuild skips what has not changed.  An article's graph, its share of the
union and its signature are written by one SPARQL update, which Oxigraph
applies as one transaction: a build killed at any point leaves every article
either as it was or as it became, never half written, and never with a
signature that does not match its facts.

One process writes a store at a time, and no one reads it meanwhile: a lock
file beside the store (``<store>.lock``, ``flock``) is held exclusively by a
build and shared by readers, which open the store read-only.

Exports are sorted, with fixed prefixes, and written to a temporary file that
replaces the target, so two builds of the same input are byte-identical and an
interrupted export never leaves half a file.
"""

from __future__ import annotations

import contextlib
import enum
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import FormatError, Messages, QueryError, StoreBusyError, StoreError
from kg.iri import BUILD_GRAPH
from kg.vocab import KG, KGR

try:  # POSIX; elsewhere stores are not locked
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "kgr": str(KGR),
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}

_GRAPH_PREFIX = str(KGR["graph/"])


class RdfFormat(str, enum.Enum):
    """Export formats, by the name users type."""

    TURTLE = "turtle"
    TRIG = "trig"
    NTRIPLES = "ntriples"
    NQUADS = "nquads"
    JSONLD = "jsonld"

    @property
    def suffix(self) -> str:
        """Usual file extension."""
        return {
            "turtle": ".ttl",
            "trig": ".trig",
            "ntriples": ".nt",
            "nquads": ".nq",
            "jsonld": ".jsonld",
        }[self.value]

    @property
    def is_dataset(self) -> bool:
        """Whether the format keeps named graphs."""
        return self in (RdfFormat.TRIG, RdfFormat.NQUADS)


_OX_FORMATS = {
    RdfFormat.TURTLE: ox.RdfFormat.TURTLE,
    RdfFormat.TRIG: ox.RdfFormat.TRIG,
    RdfFormat.NTRIPLES: ox.RdfFormat.N_TRIPLES,
    RdfFormat.NQUADS: ox.RdfFormat.N_QUADS,
    RdfFormat.JSONLD: ox.RdfFormat.JSON_LD,
}


def parse_format(name: str) -> RdfFormat:
    """The :class:`RdfFormat` a user named.

    >>> parse_format("Turtle")
    <RdfFormat.TURTLE: 'turtle'>
    """
    aliases = {
        "ttl": "turtle",
        "nt": "ntriples",
        "n-triples": "ntriples",
        "nq": "nquads",
        "n-quads": "nquads",
        "json-ld": "jsonld",
    }
    key = aliases.get(name.lower(), name.lower())
    try:
        return RdfFormat(key)
    except ValueError:
        choices = ", ".join(f.value for f in RdfFormat)
        raise FormatError(Messages.E014.format(fmt=name, choices=choices)) from None


def to_ox(node: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """Convert an rdflib term to a pyoxigraph term."""
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    raise TypeError(f"not an RDF term: {node!r}")


@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` that replaces it once written.

    A process killed while writing leaves ``path`` as it was.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     target = Path(d) / "out.txt"
    ...     with atomic_write(target) as tmp:
    ...         _ = tmp.write_text("done")
    ...     target.read_text()
    'done'
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class StoreLock:
    """A ``flock`` on ``<store>.lock``: exclusive for a build, shared for readers.

    The holder of an exclusive lock writes its process id into the file, so
    that a refused process can say who holds the store.

    Raises:
        StoreBusyError: when the lock is held in a conflicting mode.
    """

    def __init__(self, store_path: Path, *, exclusive: bool, command: str) -> None:
        self.path = store_path.with_name(store_path.name + ".lock")
        self.exclusive = exclusive
        self._fd: int | None = None
        if fcntl is None:  # pragma: no cover - Windows
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            message = self._who_holds(fd, store_path, command)
            os.close(fd)
            raise StoreBusyError(message) from None
        self._fd = fd
        if exclusive:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {command}\n".encode(), 0)

    def _who_holds(self, fd: int, store_path: Path, command: str) -> str:
        assert fcntl is not None
        writer = True
        if self.exclusive:
            # a shared lock we can take means only readers hold the store
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                fcntl.flock(fd, fcntl.LOCK_UN)
                writer = False
            except BlockingIOError:
                pass
        if not writer:
            return Messages.E041.format(path=store_path, command=command)
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").split()
        pid = holder[0] if holder and holder[0].isdigit() else "?"
        return Messages.E040.format(path=store_path, pid=pid, command=command)

    def __del__(self) -> None:
        # a store dropped without close() still lets go of its lock
        self.release()

    def release(self) -> None:
        """Let go of the lock (and, for a writer, forget who held it)."""
        if self._fd is None:
            return
        assert fcntl is not None
        if self.exclusive:
            os.ftruncate(self._fd, 0)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None


class KGStore:
    """An Oxigraph store holding one named graph per article.

    Open one with :meth:`open_for_build` (exclusive) or :meth:`open_existing`
    (shared, read-only); the plain constructor takes no lock, for in-memory
    stores and tests.

    Args:
        path: folder of the on-disk store; ``None`` keeps it in memory.
        read_only: open an on-disk store read-only.
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._lock: StoreLock | None = None
        try:
            if path is None:
                self._ox = ox.Store()
            elif read_only:
                self._ox = ox.Store.read_only(str(path))
            else:
                self._ox = ox.Store(str(path))
        except OSError as err:
            raise StoreError(Messages.E042.format(path=path, reason=err)) from err
        # quads written since the last flush (see _written)
        self._unflushed = 0
        #: whether the default graph holds the union (see the module's docstring)
        self.merged = self._holds_union()
        if not self.merged and not read_only:
            self._update(_MERGE_ALL)
            self.merged = True

    def _holds_union(self) -> bool:
        """Whether the default graph holds the union of the fact graphs: it
        does when it holds anything, or when there are no facts to hold."""
        if next(self._ox.quads_for_pattern(None, None, None, _DEFAULT), None):
            return True
        return not self.article_graphs()

    @classmethod
    def open_for_build(cls, path: Path, *, fresh: bool = False) -> KGStore:
        """Open (or create) a store to write, holding it exclusively.

        Args:
            path: folder of the store.
            fresh: delete what it holds first (``kg build --fresh``).

        Raises:
            StoreBusyError: another process writes or reads the store.
        """
        lock = StoreLock(path, exclusive=True, command="kg build")
        try:
            if fresh:
                cls.destroy(path)
            legacy = path.with_name(path.name + ".index.json")
            if legacy.exists():
                # signatures now live in the store; the old sidecar could disagree
                legacy.unlink()
            store = cls(path)
        except BaseException:
            lock.release()
            raise
        store._lock = lock
        return store

    @classmethod
    def open_existing(cls, path: Path, *, command: str = "kg") -> KGStore:
        """Open a store a build made, read-only; fail clearly when there is none.

        Raises:
            StoreError: no built store at ``path``.
            StoreBusyError: a build is writing it.
        """
        if not path.is_dir() or not any(path.iterdir()):
            raise StoreError(Messages.E010.format(path=path))
        lock = StoreLock(path, exclusive=False, command=command)
        try:
            store = cls(path, read_only=True)
        except BaseException:
            lock.release()
            raise
        store._lock = lock
        return store

    def close(self) -> None:
        """Flush, close the store and release its lock."""
        if getattr(self, "_ox", None) is not None and not self.read_only:
            with contextlib.suppress(OSError):
                self._ox.flush()
        self._ox = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> KGStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @staticmethod
    def destroy(path: Path) -> None:
        """Delete an on-disk store (``kg build --fresh``)."""
        if path.exists():
            shutil.rmtree(path)
        legacy = path.with_name(path.name + ".index.json")
        if legacy.exists():
            legacy.unlink()

    # writing -------------------------------------------------------------------

    def signature(self, article: URIRef) -> str | None:
        """The signature stored for an article, if it was built before."""
        for q in self._ox.quads_for_pattern(
            ox.NamedNode(str(article)), _SIGNATURE, None, _BUILD
        ):
            return q.object.value  # type: ignore[union-attr]
        return None

    def replace_articles(
        self,
        batch: Iterable[tuple[URIRef, URIRef, str, Iterable[tuple[Node, Node, Node]]]],
    ) -> int:
        """Replace each article's named graph and signature, in one transaction.

        Args:
            batch: ``(article IRI, graph IRI, signature, triples)`` per article.

        Returns:
            The number of quads written (signatures aside).
        """
        batch = list(batch)
        if self._all_new(batch):
            return self._add_articles(batch)
        parts: list[str] = []
        inserts: list[str] = []
        written = 0
        for article, graph, signature, triples in batch:
            g = ox.NamedNode(str(graph))
            a = ox.NamedNode(str(article))
            parts.append(_UNMERGE.format(g=g, build=_BUILD))
            parts.append(f"DROP SILENT GRAPH {g} ;")
            parts.append(
                f"DELETE WHERE {{ GRAPH {_BUILD} {{ {a} {_SIGNATURE} ?s }} }} ;"
            )
            body = _triples_text(triples)
            written += len(body)
            inserts.append(f"GRAPH {g} {{\n" + "\n".join(body) + "\n}")
            inserts.extend(body)
            inserts.append(
                f"GRAPH {_BUILD} {{ {a} {_SIGNATURE} {ox.Literal(signature)} . }}"
            )
        if not inserts:
            return 0
        parts.append("INSERT DATA {\n" + "\n".join(inserts) + "\n}")
        self._update("\n".join(parts))
        self._written(2 * written)
        return written

    def _all_new(
        self, batch: list[tuple[URIRef, URIRef, str, Iterable[tuple[Node, Node, Node]]]]
    ) -> bool:
        """Whether no article of ``batch`` has anything stored yet."""
        return bool(batch) and not any(
            self._ox.contains_named_graph(ox.NamedNode(str(graph)))
            or self.signature(article) is not None
            for article, graph, _, _ in batch
        )

    def _add_articles(
        self, batch: list[tuple[URIRef, URIRef, str, Iterable[tuple[Node, Node, Node]]]]
    ) -> int:
        """Write articles the store does not hold yet, in one transaction: their
        graphs, their share of the union and their signatures.  Quads go in as
        they are (``Store.extend``), which costs a third less than the same
        ``INSERT DATA`` parsed as SPARQL (0.8 s against 1.3 s for 100k quads)."""
        quads: list[ox.Quad] = []
        written = 0
        for article, graph, signature, triples in batch:
            g = ox.NamedNode(str(graph))
            distinct = dict.fromkeys(
                (to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples
            )
            written += len(distinct)
            for s, p, o in distinct:
                quads.append(ox.Quad(s, p, o, g))  # type: ignore[arg-type]
                quads.append(ox.Quad(s, p, o))  # type: ignore[arg-type]
            quads.append(
                ox.Quad(
                    ox.NamedNode(str(article)),
                    _SIGNATURE,
                    ox.Literal(signature),
                    _BUILD,
                )
            )
        if self.read_only:
            raise StoreError(Messages.E043.format(path=self.path))
        try:
            self._ox.extend(quads)
        except (OSError, ValueError) as err:
            raise StoreError(Messages.E044.format(path=self.path, reason=err)) from err
        self._written(len(quads))
        return written

    def _written(self, quads: int) -> None:
        """Flush to disk past :data:`FLUSH_QUADS` quads written: RocksDB keeps
        writes in memory tables, one per index, that otherwise grow with the
        build (0.7 MB an article, 690 MB at 600 seed-sized articles)."""
        if self.path is None:
            return
        self._unflushed += quads
        if self._unflushed >= FLUSH_QUADS:
            try:
                self._ox.flush()
            except OSError as err:
                raise StoreError(
                    Messages.E044.format(path=self.path, reason=err)
                ) from err
            self._unflushed = 0

    def replace_graph(
        self, graph: URIRef, triples: Iterable[tuple[Node, Node, Node]]
    ) -> int:
        """Replace one named graph of derived facts (no article, no signature).

        Args:
            graph: the graph IRI, e.g. :data:`kg.iri.LINKED_GRAPH`.
            triples: its new content; repeated triples are written once.

        Returns:
            The number of quads written.
        """
        g = ox.NamedNode(str(graph))
        body = _triples_text(triples)
        update = _UNMERGE.format(g=g, build=_BUILD) + f"\nDROP SILENT GRAPH {g} ;"
        if body:
            text = "\n".join(body)
            update += f"\nINSERT DATA {{ GRAPH {g} {{\n{text}\n}}\n{text}\n}}"
        self._update(update)
        return len(body)

    def _update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(Messages.E043.format(path=self.path))
        try:
            self._ox.update(sparql)
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(Messages.E044.format(path=self.path, reason=err)) from err

    # reading -------------------------------------------------------------------

    def article_graphs(self) -> list[ox.NamedNode]:
        """Named graphs holding article facts, sorted."""
        graphs = [
            g
            for g in self._ox.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(_GRAPH_PREFIX)
        ]
        return sorted(graphs, key=lambda g: g.value)

    def quads(self) -> list[ox.Quad]:
        """Every fact as a quad, sorted (bookkeeping left out)."""
        out = [
            q
            for g in self.article_graphs()
            for q in self._ox.quads_for_pattern(None, None, None, g)
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
        if self.merged:
            out = [
                ox.Triple(q.subject, q.predicate, q.object)
                for q in self._ox.quads_for_pattern(None, None, None, _DEFAULT)
            ]
            out.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
            return out
        seen: dict[tuple[str, str, str], ox.Triple] = {}
        for g in self.article_graphs():
            for q in self._ox.quads_for_pattern(None, None, None, g):
                key = (str(q.subject), str(q.predicate), str(q.object))
                if key not in seen:
                    seen[key] = ox.Triple(q.subject, q.predicate, q.object)
        return [seen[k] for k in sorted(seen)]

    def export(
        self, output: Path | IO[bytes], *, fmt: RdfFormat = RdfFormat.TURTLE
    ) -> None:
        """Write the graph (or, for TriG and N-Quads, the dataset) deterministically.

        Streamed: facts go from the store to the file as they are read, in the
        store's own index order (graph by graph, each subject's triples
        together), which depends only on what the store holds, not on the
        order it was written in; memory does not grow with the graph.  An
        in-memory store keeps the order of writing: it is sorted instead.
        """
        data: Iterable[ox.Triple] | Iterable[ox.Quad]
        if self.path is None:
            data = self.quads() if fmt.is_dataset else self.triples()
        elif fmt.is_dataset:
            data = (
                q
                for g in self.article_graphs()
                for q in self._ox.quads_for_pattern(None, None, None, g)
            )
        elif self.merged:
            data = (
                ox.Triple(q.subject, q.predicate, q.object)
                for q in self._ox.quads_for_pattern(None, None, None, _DEFAULT)
            )
        else:
            data = self.triples()  # a store from before the union was kept
        prefixes = None if fmt in (RdfFormat.NTRIPLES, RdfFormat.NQUADS) else PREFIXES
        if not isinstance(output, Path):
            ox.serialize(data, output, format=_OX_FORMATS[fmt], prefixes=prefixes)
            return
        with atomic_write(output) as tmp:
            ox.serialize(data, str(tmp), format=_OX_FORMATS[fmt], prefixes=prefixes)

    def query(self, sparql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        """Run a SELECT or ASK query over the union of article graphs.

        Returns:
            Variable names and rows of Python values (IRIs as ``str``, typed
            literals converted: integers as ``int``), unbound as ``None``.

        Raises:
            QueryError: when the query does not parse or fails.
        """
        try:
            result = self._ox.query(sparql, use_default_graph_as_union=not self.merged)
        except (SyntaxError, OSError, ValueError) as err:
            raise QueryError(str(err)) from err
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [(bool(result),)]
        if isinstance(result, ox.QueryTriples):
            raise QueryError(
                "CONSTRUCT and DESCRIBE results are not tables; use construct()"
            )
        variables = [v.value for v in result.variables]
        rows = [tuple(_py(sol[v]) for v in variables) for sol in result]
        return variables, rows

    def raw_query(
        self,
        sparql: str,
        *,
        default_graph: list[ox.NamedNode] | None = None,
        named_graphs: list[ox.NamedNode | ox.BlankNode] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run any read query and hand back pyoxigraph's own result, for
        callers that serialize it with pyoxigraph (the SPARQL endpoint).

        Without ``default_graph`` the default graph is the union of the
        article graphs, as in :meth:`query`.  Parse errors propagate as
        ``SyntaxError``; updates are not queries and fail to parse.
        """
        return self._ox.query(
            sparql,
            use_default_graph_as_union=default_graph is None and not self.merged,
            default_graph=default_graph,  # type: ignore[arg-type]
            named_graphs=named_graphs,
        )

    def construct(self, sparql: str) -> list[ox.Triple]:
        """Run a CONSTRUCT or DESCRIBE query; the triples, sorted."""
        try:
            result = self._ox.query(sparql, use_default_graph_as_union=not self.merged)
        except (SyntaxError, OSError, ValueError) as err:
            raise QueryError(str(err)) from err
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        return sorted(
            result, key=lambda t: (str(t.subject), str(t.predicate), str(t.object))
        )

    def dataset(self) -> Dataset:
        """The store as an rdflib ``Dataset`` (union default graph), via oxrdflib."""
        from oxrdflib import OxigraphStore

        store = OxigraphStore(store=self._ox)
        return Dataset(store=store, default_union=not self.merged)

    def to_rdflib(self) -> Graph:
        """An in-memory rdflib copy of the union graph (for SHACL, networkx, tests)."""
        g = Graph()
        data = ox.serialize(self.triples(), format=ox.RdfFormat.N_TRIPLES)
        g.parse(data=data, format="nt")
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        return g

    def iter_signatures(self) -> Iterator[tuple[str, str]]:
        """(article IRI, signature) for every built article, sorted."""
        found = [
            (q.subject.value, q.object.value)  # type: ignore[union-attr]
            for q in self._ox.quads_for_pattern(None, _SIGNATURE, None, _BUILD)
        ]
        yield from sorted(found)


def open_store(
    path: Path,
    store_url: str | None = None,
    *,
    for_build: bool = False,
    fresh: bool = False,
    command: str = "kg",
) -> KGStore:
    """The store a command works on: the embedded one at ``path``, or the
    SPARQL server at ``store_url`` (``--store URL``, see :mod:`kg.remote`).

    Args:
        path: folder of the embedded store (unused with ``store_url``).
        store_url: a SPARQL 1.1 server to use instead.
        for_build: open to write (exclusively, for the embedded store);
            otherwise read-only, failing when nothing was built.
        fresh: start from an empty store (``kg build --fresh``).
        command: the command opening it, for "store is busy" messages.

    Raises:
        StoreError: no built graph, a busy store, or a server that cannot be
            reached or refuses.
    """
    if store_url is not None:
        from kg.remote import RemoteStore

        return RemoteStore.connect(store_url, read_only=not for_build, fresh=fresh)
    if for_build:
        return KGStore.open_for_build(path, fresh=fresh)
    return KGStore.open_existing(path, command=command)


_BUILD = ox.NamedNode(str(BUILD_GRAPH))
_DEFAULT = ox.DefaultGraph()

#: Take a graph's triples out of the default graph, unless another fact graph
#: holds them too; run before the graph is dropped.
_UNMERGE = """DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH {g} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{
    GRAPH ?other {{ ?s ?p ?o }}
    FILTER(?other NOT IN ({g}, {build}))
  }}
}} ;"""

#: Put the union of the fact graphs into the default graph (an older store).
_MERGE_ALL = f"""INSERT {{ ?s ?p ?o }} WHERE {{
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER(STRSTARTS(STR(?g), "{_GRAPH_PREFIX}"))
}}"""
_SIGNATURE = ox.NamedNode(str(KG.buildSignature))
#: quads written between two flushes of the on-disk store (memory against
#: the number of small files RocksDB later merges)
FLUSH_QUADS = 50_000


def _triples_text(triples: Iterable[tuple[Node, Node, Node]]) -> list[str]:
    """Distinct triples as N-Triples lines (valid inside SPARQL ``INSERT DATA``)."""
    seen: dict[str, None] = {}
    for s, p, o in triples:
        seen.setdefault(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} .", None)
    return list(seen)


def _py(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long", "#nonNegativeInteger")):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt.endswith("#decimal") or dt.endswith("#double"):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)
