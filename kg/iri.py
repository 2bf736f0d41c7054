"""Deterministic IRI minting: the only place that makes resource IRIs.

The same input always gives the same IRIs, so two builds of the same articles
export byte-identical graphs, and re-ingesting an article replaces its facts.

>>> str(article_iri("004_x"))
'https://w3id.org/newskg/resource/article/004_x'
>>> str(actor_iri("European Union"))
'https://w3id.org/newskg/resource/actor/european-union'
>>> str(LINKED_GRAPH)
'https://w3id.org/newskg/resource/graph/_linked'
"""

from __future__ import annotations

from urllib.parse import quote

from rdflib import URIRef

from kg.names import slugify
from kg.vocab import KGR, term

#: the named graph of derived links between articles (kg:LinkedIncident), which
#: :func:`kg.incidents.link_incidents` rewrites as a whole on every build
LINKED_GRAPH = KGR["graph/_linked"]

#: the named graph of build state: each article's ``kg:buildSignature``, written
#: in the same transaction as the article's own graph
BUILD_GRAPH = KGR["build"]

#: on a SPARQL server other than Oxigraph (:mod:`kg.remote`), the named graph
#: that keeps the union of the fact graphs, queried as the default graph (the
#: embedded store and Oxigraph server keep it in their own default graph)
UNION_GRAPH = KGR["union"]

#: the named graph of what the analyst's dictionaries (``kg build --actors``,
#: ``--demands``) add, rewritten as a whole on every build
DICTIONARY_GRAPH = KGR["graph/_dictionaries"]


def _safe(text: str) -> str:
    """Percent-encode what an IRI path segment must not hold."""
    return quote(text, safe="-._~")


def article_iri(article_id: str) -> URIRef:
    """IRI of an article, from its id."""
    return KGR[f"article/{_safe(article_id)}"]


def graph_iri(article_id: str) -> URIRef:
    """IRI of the named graph holding one article's facts."""
    return KGR[f"graph/{_safe(article_id)}"]


def graph_of_article(article: str) -> URIRef:
    """The named graph of an article, from the article's IRI (as
    :func:`graph_iri` gives it from the article's id).

    >>> graph_of_article(str(article_iri("004_x"))) == graph_iri("004_x")
    True

    Raises:
        ValueError: ``article`` is not an article IRI.
    """
    prefix = str(KGR["article/"])
    if not article.startswith(prefix):
        raise ValueError(f"not an article IRI: {article}")
    return KGR["graph/" + article[len(prefix) :]]


def actor_iri(key: str) -> URIRef:
    """IRI of an actor, from its gazetteer key or name (slugified)."""
    return KGR[f"actor/{slugify(key) or 'unknown'}"]


def demand_iri(name: str) -> URIRef:
    """IRI of a demand concept: the ontology's (``kg:Ceasefire``), else one the
    analyst added (``kg build --demands``), in a vocabulary of its own.

    >>> str(demand_iri("prisoner-exchange"))
    'https://w3id.org/newskg/resource/demand#prisoner-exchange'
    """
    try:
        return term(name)
    except AttributeError:
        # a fragment, as the ontology's concepts have: queries take the name
        # after "#"
        return KGR[f"demand#{_safe(name)}"]


def place_iri(name: str) -> URIRef:
    """IRI of a place, from its name."""
    return KGR[f"place/{slugify(name) or 'unknown'}"]


def event_iri(
    article_id: str, kind: str, start: int, n: int, *, in_title: bool
) -> URIRef:
    """IRI of the ``n``-th event of ``kind`` read at offset ``start``."""
    where = f"t{start}" if in_title else str(start)
    return KGR[f"event/{_safe(article_id)}/{kind.lower()}-{where}-{n}"]


def casualty_iri(event: URIRef, n: int) -> URIRef:
    """IRI of the ``n``-th casualty count of an event."""
    return URIRef(f"{event}/casualty-{n}")


def affiliation_iri(article_id: str, person_key: str, org_key: str) -> URIRef:
    """IRI of a person's tie to an organisation or state, as one article states it."""
    person, org = slugify(person_key), slugify(org_key)
    return KGR[f"affiliation/{_safe(article_id)}/{person}--{org}"]


def linked_incident_iri(key: str) -> URIRef:
    """IRI of a linked incident, from its key (a hash of its claims' IRIs)."""
    return KGR[f"incident/{slugify(key) or 'unknown'}"]
