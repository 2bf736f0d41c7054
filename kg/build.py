"""The main job: articles in, a stored, exported knowledge graph out.

``ingest -> nlp -> extract -> rdf -> store``, batch by batch, skipping articles
whose text and pipeline have not changed since the last build.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import iri
from kg.errors import InputError, Messages
from kg.extract import AFFILIATIONS, EXTRACTORS, extract
from kg.gazetteer import load_gazetteer
from kg.incidents import link_incidents
from kg.ingest import iter_articles
from kg.model import Article, EventKind, Extraction
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.rdf import content_hash, extraction_triples
from kg.resources import ontology_file
from kg.store import KGStore, RdfFormat

# bump when what the builder writes changes in a way the extractor names do not show
BUILD_FORMAT = "1"


@dataclass
class BuildReport:
    """What a build did, for the summary table."""

    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: list[InputError] = field(default_factory=list)
    events: dict[str, int] = field(default_factory=dict)
    casualties: int = 0
    affiliations: int = 0
    linked_incidents: int = 0
    words: int = 0
    seconds: float = 0.0
    turtle: Path | None = None
    html: Path | None = None

    @property
    def read(self) -> int:
        """Articles parsed in this build."""
        return self.added + self.replaced


def pipeline_signature(model: str, gazetteer_path: Path) -> str:
    """What, besides the text, decides an article's facts."""
    h = hashlib.sha256()
    h.update(BUILD_FORMAT.encode())
    h.update(model.encode())
    for name in sorted(EXTRACTORS) + [AFFILIATIONS]:
        h.update(name.encode())
    h.update(gazetteer_path.read_bytes())
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


def build(
    sources: Iterable[Path],
    *,
    out: Path,
    model: str = DEFAULT_MODEL,
    fresh: bool = False,
    store_path: Path | None = None,
    html: bool = True,
    batch_size: int = 32,
    on_progress: Callable[[int], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> BuildReport:
    """Build (or update) the graph from ``sources`` and export it to ``out``.

    Args:
        sources: files and folders of articles.
        out: output folder; receives ``graph.ttl``, ``graph.html`` and ``store/``.
        model: the spaCy pipeline to parse with.
        fresh: start from an empty store.
        store_path: where the store lives (default ``out/store``).
        html: also write the interactive page.
        batch_size: articles per spaCy batch and per store write.
        on_progress: called with the number of articles handled so far.
        on_error: called with each input error as it happens.

    Returns:
        A :class:`BuildReport`.
    """
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    store_path = store_path or out / "store"
    if fresh:
        KGStore.destroy(store_path)
    store = KGStore(store_path)
    nlp = load_pipeline(model)
    gazetteer = load_gazetteer()
    signature = pipeline_signature(model, ontology_file("actors.ttl"))
    report = BuildReport()
    handled = 0
    latest: dict[str, Article] = {}

    def todo() -> Iterator[Article]:
        nonlocal handled
        for item in iter_articles(sources):
            handled += 1
            if on_progress is not None:
                on_progress(handled)
            if isinstance(item, InputError):
                report.failed.append(item)
                if on_error is not None:
                    on_error(item)
                continue
            if item.id in latest:
                # two articles may not share a named graph: keep the first
                dup = InputError(
                    Messages.E021.format(
                        path=item.source, id=item.id, other=latest[item.id].source
                    ),
                    item.source,
                )
                report.failed.append(dup)
                if on_error is not None:
                    on_error(dup)
                continue
            latest[item.id] = item
            sig = f"{content_hash(item)}:{signature}"
            old = store.signature(iri.article_iri(item.id))
            if old == sig:
                report.skipped += 1
                continue
            if old is None:
                report.added += 1
            else:
                report.replaced += 1
            yield item

    for batch in _batches(todo(), batch_size):
        docs = nlp.pipe((a.doc_text for a in batch), batch_size=batch_size)
        writes = []
        for article, doc in zip(batch, docs, strict=True):
            ex = extract(doc, article, gazetteer)
            _count(report, ex, len(doc))
            writes.append(
                (
                    iri.article_iri(article.id),
                    iri.graph_iri(article.id),
                    f"{content_hash(article)}:{signature}",
                    list(extraction_triples(ex, gazetteer)),
                )
            )
        store.replace_articles(writes)

    # links between articles are derived from all of them: refresh every build
    report.linked_incidents = link_incidents(store)
    report.turtle = out / "graph.ttl"
    store.export(report.turtle, fmt=RdfFormat.TURTLE)
    if html:
        from kg.viz import write_page

        report.html = write_page(store, out / "graph.html")
    report.seconds = time.perf_counter() - started
    return report


def _count(report: BuildReport, ex: Extraction, words: int) -> None:
    report.words += words
    for event in ex.events:
        name = event.kind.value
        report.events[name] = report.events.get(name, 0) + 1
        if event.kind in (EventKind.ATTACK, EventKind.DISPLACEMENT):
            report.casualties += len(event.casualties)
    report.affiliations += len(ex.affiliations)
