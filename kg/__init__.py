"""newskg: knowledge graphs of calls, condemnations, attacks and casualties from news.

Importing ``kg`` loads nothing heavy; the pipeline is built on first use.

Public API:
    build: read articles, extract facts, store and export them (:mod:`kg.build`).
    KGStore: the Oxigraph-backed store (:mod:`kg.store`).
    RemoteStore: a SPARQL 1.1 server as the store (:mod:`kg.remote`).
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
