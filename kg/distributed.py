"""Reading on a Dask cluster: the cluster parses and extracts, this process stores.

:func:`dask_results` is the Dask twin of :func:`kg.workers.pool_results`: it
sends batches of articles to the workers of a ``distributed`` scheduler and
yields each batch with its :class:`~kg.workers.ArticleResult` list, in input
order, for the builder to write into its store.  Every worker loads one
:class:`~kg.workers.Reader` (the spaCy pipeline and the gazetteer) once, when
:class:`ReaderPlugin` is registered on it, and reads every batch it is given
with it.  The workers need newskg and its model installed; they never see the
store.

Importing this module needs ``dask`` and ``distributed`` (``pip install
'newskg[dask]'``); ``kg.build`` imports it only when a build asks for a cluster.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Mapping

from distributed import Client, Future, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from kg.dictionaries import Dictionaries
from kg.errors import ClusterError, Messages
from kg.model import Article
from kg.workers import ArticleResult, Reader

# seconds to wait for a scheduler before saying it cannot be reached
_CONNECT_SECONDS = 10

__all__ = ["ReaderPlugin", "dask_results", "in_flight"]


class ReaderPlugin(WorkerPlugin):
    """Loads one :class:`~kg.workers.Reader` per worker when registered.

    Args:
        model: the spaCy pipeline to parse with.
        strict: raise the first exception instead of reporting it.
        dictionaries: the analyst's own actors and demands; their text
            travels with the plugin, so workers need not see the files.
    """

    def __init__(
        self, model: str, *, strict: bool, dictionaries: Dictionaries | None = None
    ) -> None:
        self.model = model
        self.strict = strict
        self.dictionaries = dictionaries
        # set on the worker by setup; None while the plugin travels
        self.reader: Reader | None = None
        self.error: Exception | None = None
        self.lock: threading.Lock | None = None

    async def setup(self, worker: object) -> None:
        """Load the reader, off the worker's event loop so it keeps answering."""
        self.lock = threading.Lock()
        loop = asyncio.get_running_loop()
        try:
            self.reader = await loop.run_in_executor(
                None,
                lambda: Reader(
                    self.model, strict=self.strict, dictionaries=self.dictionaries
                ),
            )
        except Exception as err:
            # raised to the client that registers the plugin, and again by
            # every batch given to a worker that joins later with the problem
            self.error = err
            raise

    def teardown(self, worker: object) -> None:
        """Let the reader go when the build unregisters the plugin."""
        self.reader = None

    def read_batch(self, batch: list[Article], batch_size: int) -> list[ArticleResult]:
        """Read ``batch`` with this worker's reader."""
        if self.error is not None:
            raise self.error
        assert self.reader is not None and self.lock is not None, "setup did not run"
        # one pipeline per worker: a worker with several threads reads one
        # batch at a time (spaCy does not promise a pipeline is thread-safe)
        with self.lock:
            return self.reader.read_batch(batch, batch_size)


def _read_on_worker(
    plugin: str, batch: list[Article], batch_size: int
) -> list[ArticleResult]:
    """The task each batch becomes: read it with the worker's :class:`ReaderPlugin`."""
    reader = get_worker().plugins[plugin]
    assert isinstance(reader, ReaderPlugin), f"{plugin} is not a ReaderPlugin"
    return reader.read_batch(batch, batch_size)


def in_flight(nthreads: Mapping[str, int]) -> int:
    """How many batches to keep submitted: two per worker thread, at least two.

    Enough that no thread waits for the next batch, few enough that memory
    does not grow with the corpus.

    >>> in_flight({"tcp://10.0.0.1:4001": 2, "tcp://10.0.0.2:4001": 1})
    6
    >>> in_flight({})
    2
    """
    return 2 * max(1, sum(nthreads.values()))


def dask_results(
    batches: Iterable[list[Article]],
    *,
    address: str | Client,
    model: str,
    strict: bool,
    batch_size: int,
    dictionaries: Dictionaries | None = None,
) -> Iterator[tuple[list[Article], list[ArticleResult]]]:
    """Read ``batches`` on a Dask cluster; yield them in input order.

    Args:
        batches: lists of articles, each read as one task.
        address: the scheduler (``tcp://scheduler:8786``), or a connected
            :class:`distributed.Client`, which is left open.
        model: the spaCy pipeline the workers parse with.
        strict: raise the first exception instead of reporting it.
        batch_size: articles per spaCy batch on the workers.
        dictionaries: the analyst's own actors and demands.

    Yields:
        Each batch with one :class:`~kg.workers.ArticleResult` per article.

    Raises:
        ModelError: the workers cannot load ``model``.
        ClusterError: no scheduler answers at ``address``.
    """
    if isinstance(address, Client):
        client = address
    else:
        try:
            client = Client(address, set_as_default=False, timeout=_CONNECT_SECONDS)
        except (OSError, TimeoutError) as err:
            raise ClusterError(
                Messages.E032.format(address=address, reason=err)
            ) from err
    # a name of its own: builds may share a cluster, with different models
    name = f"kg-reader-{uuid.uuid4().hex}"
    pending: deque[tuple[list[Article], Future]] = deque()
    try:
        plugin = ReaderPlugin(model, strict=strict, dictionaries=dictionaries)
        client.register_plugin(plugin, name=name)
        limit = in_flight(client.nthreads())
        for batch in batches:
            future = client.submit(_read_on_worker, name, batch, batch_size, pure=False)
            pending.append((batch, future))
            if len(pending) >= limit:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    finally:
        for _, future in pending:
            future.cancel()
        pending.clear()
        # the workers drop their readers; a cluster that is gone has none to
        # drop, and must not hide the error that ended the build
        with contextlib.suppress(Exception):
            client.unregister_worker_plugin(name)
        if client is not address:
            client.close()
