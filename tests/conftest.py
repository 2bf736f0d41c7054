"""Shared fixtures: the spaCy pipeline, the gazetteer, a reader of sentences, a seed build.

Only this file defines fixtures used by more than one test module.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.model import Article, Extraction

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():  # noqa: ANN201 - spacy.Language
    """The real pipeline (model + newline boundaries + gazetteer ruler), loaded once."""
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def gazetteer():  # noqa: ANN201 - kg.gazetteer.Gazetteer
    """The actor gazetteer shipped in ontology/actors.ttl."""
    from kg.gazetteer import load_gazetteer

    return load_gazetteer()


def make_article(
    text: str,
    *,
    title: str | None = None,
    article_id: str = "t",
    date: dt.date | None = None,
) -> Article:
    """An article from clean text (and optionally a separate title)."""
    return Article(
        id=article_id,
        text=text,
        clean_text=text,
        title=title,
        clean_title=title,
        date=date,
    )


@pytest.fixture(scope="session")
def read(nlp, gazetteer) -> Callable[..., Extraction]:  # noqa: ANN001
    """Parse and extract one text with the real model: ``read("NATO urged ...")``."""
    from kg.extract import extract

    def _read(text: str, *, title: str | None = None) -> Extraction:
        article = make_article(text, title=title)
        return extract(nlp(article.doc_text), article, gazetteer)

    return _read


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:  # noqa: ANN001
    """The seed articles built once into a temporary output folder (graph, page, store)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seed-build")
    build([SEEDS], out=out, html=True)
    return out


@pytest.fixture()
def seed_copy(seed_build, tmp_path) -> Path:  # noqa: ANN001
    """A private copy of the seed build, for tests that change the store."""
    out = tmp_path / "export"
    shutil.copytree(seed_build, out)
    return out
