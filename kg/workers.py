"""Reading articles in batches, in this process or in a pool of processes.

A :class:`Reader` holds what reading needs (the spaCy pipeline, the gazetteer,
the analyst's own actors and demands) and turns a batch of
:class:`~kg.model.Article` objects into one :class:`ArticleResult` per
article: the triples to store, the problems met and the counts for the build
report.  Results are plain data that cross process boundaries, so the same
reader serves one process (``--workers 1``), a local pool
(:func:`pool_results`) and a Dask cluster (:mod:`kg.distributed`); the store
is written by the one process that owns it, in the order the articles
came in, so every way of building gives the same graph.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from kg.dictionaries import Dictionaries, demand_rules, read_demands
from kg.extract import describe, extract
from kg.extract.demands import USER_RULES
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import Article, EventKind
from kg.nlp import load_pipeline
from kg.rdf import Triple, extraction_triples

__all__ = ["ArticleResult", "Reader", "default_workers", "pool_results"]


@dataclass
class ArticleResult:
    """What reading one article gave.

    ``status`` is ``ok``, ``partial`` (a family failed; the rest is stored) or
    ``failed`` (nothing to store; the store keeps what it held).  ``issues``
    are ``(stage, message, lost)`` triples, in the order they happened.
    """

    id: str
    status: str = "ok"
    triples: list[Triple] | None = None
    issues: list[tuple[str, str, str]] = field(default_factory=list)
    events: dict[str, int] = field(default_factory=dict)
    casualties: int = 0
    affiliations: int = 0
    words: int = 0
    seconds: float = 0.0  # extraction time of this article
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def add_time(self, stage: str, seconds: float) -> None:
        """Count ``seconds`` towards ``stage``."""
        self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds

    def fail(self, stage: str, err: BaseException, lost: str = "") -> None:
        """Mark the article failed at ``stage`` (nothing of it is stored)."""
        self.status = "failed"
        self.triples = None
        lost = lost or "the whole article; what the store held of it is kept"
        self.issues.append((stage, describe(err), lost))


class Reader:
    """Parse, extract and convert batches of articles.

    Args:
        model: the spaCy pipeline to parse with.
        strict: raise the first exception instead of reporting it.
        dictionaries: the analyst's own actors (for the entity ruler and the
            resolver) and demand concepts (for the call reader).

    Raises:
        ModelError: the model cannot be loaded.
        DictionaryError: a dictionary file is wrong.
    """

    def __init__(
        self,
        model: str,
        *,
        strict: bool = False,
        dictionaries: Dictionaries | None = None,
    ) -> None:
        self.strict = strict
        dictionaries = dictionaries or Dictionaries()
        self.gazetteer: Gazetteer = load_gazetteer(dictionaries=dictionaries)
        self.demand_rules = demand_rules(read_demands(dictionaries))
        self.nlp = load_pipeline(model, dictionaries=dictionaries)

    def read_batch(self, batch: list[Article], batch_size: int) -> list[ArticleResult]:
        """One result per article of ``batch``, in order."""
        # classify() tries the analyst's demands while this batch is read
        token = USER_RULES.set(self.demand_rules)
        try:
            return self._read_batch(batch, batch_size)
        finally:
            USER_RULES.reset(token)

    def _read_batch(self, batch: list[Article], batch_size: int) -> list[ArticleResult]:
        results = [ArticleResult(a.id) for a in batch]
        started = time.perf_counter()
        docs = self._parse(batch, batch_size, results)
        took = (time.perf_counter() - started) / max(len(batch), 1)
        for article, doc, result in zip(batch, docs, results, strict=True):
            result.add_time("parse", took)
            if doc is None:
                continue
            try:
                self._read(article, doc, result)
            except Exception as err:  # noqa: BLE001 - a stage outside the families
                if self.strict:
                    raise
                result.fail("extract", err)
        return results

    def _parse(
        self, batch: list[Article], batch_size: int, results: list[ArticleResult]
    ) -> list[Any]:
        """Parse a batch; one article that breaks the parser is parsed alone."""
        try:
            texts = (a.doc_text for a in batch)
            return list(self.nlp.pipe(texts, batch_size=batch_size))
        except Exception:  # noqa: BLE001 - retried one by one below
            if self.strict:
                raise
        docs: list[Any] = []
        for article, result in zip(batch, results, strict=True):
            try:
                docs.append(self.nlp(article.doc_text))
            except Exception as one:  # noqa: BLE001
                result.fail("parse", one)
                docs.append(None)
        return docs

    def _read(self, article: Article, doc: Any, result: ArticleResult) -> None:
        started = time.perf_counter()
        ex = extract(doc, article, self.gazetteer, strict=self.strict)
        result.seconds = time.perf_counter() - started
        result.add_time("extract", result.seconds)
        for failure in ex.failures:
            result.issues.append((failure.stage, failure.message, failure.lost))
            if failure.stage == "extract:context":
                # nothing was read: keep what the store holds of the article
                result.status = "failed"
        if result.status == "failed":
            return
        if ex.failures:
            result.status = "partial"
        started = time.perf_counter()
        try:
            result.triples = list(extraction_triples(ex, self.gazetteer))
        except Exception as err:  # noqa: BLE001
            if self.strict:
                raise
            result.fail("rdf", err)
            return
        finally:
            result.add_time("rdf", time.perf_counter() - started)
        result.words = len(doc)
        for event in ex.events:
            name = event.kind.value
            result.events[name] = result.events.get(name, 0) + 1
            if event.kind in (EventKind.ATTACK, EventKind.DISPLACEMENT):
                result.casualties += len(event.casualties)
        result.affiliations = len(ex.affiliations)


def default_workers() -> int:
    """The processes a build uses by default: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# the reader of a pool process, made once by its initializer, or what stopped it
_READER: Reader | Exception | None = None


def _init_worker(
    model: str, strict: bool, dictionaries: Dictionaries | None = None
) -> None:
    global _READER
    _exit_with_parent()
    try:
        _READER = Reader(model, strict=strict, dictionaries=dictionaries)
    except Exception as err:  # noqa: BLE001 - raised with the first batch instead
        # an initializer that raises breaks the pool and loses the message
        _READER = err


def _exit_with_parent() -> None:
    """End this pool process when the build that started it is gone (killed,
    say): an orphan would otherwise wait on its queue for ever."""
    # the pid the pool was started from, even if it died while this process
    # was still starting up
    started_by = multiprocessing.parent_process()
    parent = started_by.pid if started_by is not None else os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_POLL_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


# how often a pool process checks that its build is still there
_PARENT_POLL_SECONDS = 1.0


def _read_in_worker(batch: list[Article], batch_size: int) -> list[ArticleResult]:
    if isinstance(_READER, Exception):
        raise _READER
    assert _READER is not None, "the pool's initializer did not run"
    return _READER.read_batch(batch, batch_size)


def pool_results(
    batches: Iterable[list[Article]],
    *,
    workers: int,
    model: str,
    strict: bool,
    batch_size: int,
    dictionaries: Dictionaries | None = None,
) -> Iterator[tuple[list[Article], list[ArticleResult]]]:
    """Read ``batches`` in ``workers`` processes; yield them in input order.

    At most two batches per process are in flight, so memory does not grow
    with the corpus.  Processes are started with ``spawn``: the parent holds an
    open store whose threads a ``fork`` would copy half-way.  Each process
    gets ``dictionaries`` (the files' text, not just their paths).
    """
    context = multiprocessing.get_context("spawn")
    pending: deque[tuple[list[Article], Future[list[ArticleResult]]]] = deque()
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(model, strict, dictionaries),
    ) as pool:
        for batch in batches:
            pending.append((batch, pool.submit(_read_in_worker, batch, batch_size)))
            if len(pending) >= 2 * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
