"""Model objects to triples: the only place the model meets the ontology.

Each article's facts go to their own named graph (:func:`kg.iri.graph_iri`),
actor descriptions included, so replacing that graph replaces exactly what the
article said.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO, SKOS
from rdflib.term import Node

from kg import iri
from kg.dictionaries import DemandConcept
from kg.gazetteer import Gazetteer
from kg.model import ActorRef, Article, Casualty, Event, EventKind, Extraction
from kg.places import lookup_place
from kg.vocab import KG

Triple = tuple[Node, Node, Node]

_SHORTCUT = {"Killed": KG.kills, "Wounded": KG.wounds, "Displaced": KG.displaces}


def content_hash(article: Article) -> str:
    """SHA-256 of what was read from an article (title and text).

    >>> len(content_hash(Article("a", "text", "text")))
    64
    """
    h = hashlib.sha256()
    h.update((article.title or "").encode("utf-8"))
    h.update(b"\x00")
    h.update(article.text.encode("utf-8"))
    return h.hexdigest()


def extraction_triples(ex: Extraction, gazetteer: Gazetteer) -> Iterator[Triple]:
    """Every triple one article contributes to its named graph.

    Args:
        ex: what was extracted from the article.
        gazetteer: known actors, for their identifiers and canonical labels.

    Yields:
        ``(subject, predicate, object)`` triples.
    """
    art = ex.article
    a = iri.article_iri(art.id)
    yield from _article(art, a)
    for key, surface in ex.aliases:
        yield iri.actor_iri(key), SKOS.altLabel, Literal(surface)
    for actor in ex.actors:
        yield from _actor(actor, gazetteer)
    counters: dict[tuple[str, int, bool], int] = {}
    for event in ex.events:
        ev = event.evidence
        slot = (event.kind.value, ev.start, ev.in_title)
        n = counters.get(slot, 0)
        counters[slot] = n + 1
        e = iri.event_iri(art.id, event.kind.value, ev.start, n, in_title=ev.in_title)
        yield from _event(event, e, a)
    for aff in ex.affiliations:
        node = iri.affiliation_iri(art.id, aff.person.key, aff.org.key)
        person, org = iri.actor_iri(aff.person.key), iri.actor_iri(aff.org.key)
        yield node, RDF.type, KG.Affiliation
        yield node, KG.member, person
        yield node, KG.organization, org
        if aff.role:
            yield node, KG.role, Literal(aff.role)
        yield from _evidence(node, aff.evidence, a)
        yield person, KG.affiliatedWith, org


def dictionary_triples(
    gazetteer: Gazetteer, concepts: Iterable[DemandConcept] = ()
) -> Iterator[Triple]:
    """What the analyst's dictionaries add, for :data:`kg.iri.DICTIONARY_GRAPH`.

    Each added demand concept joins ``kg:DemandScheme`` (so SHACL accepts it
    as a ``kg:demand``); each actor a dictionary added or changed is described
    as ``python -m kg.gazetteer`` writes it, but without ``rdf:type`` and
    ``kg:affiliatedWith``: the articles that name the actor type it, so one
    named by none does not become a node of the graph's page and statistics.
    Both carry ``dcterms:source``, the file they come from.

    Args:
        gazetteer: the gazetteer the build read with (entries with a
            ``source`` came from a dictionary).
        concepts: the demand concepts added.

    Yields:
        ``(subject, predicate, object)`` triples.
    """
    for c in concepts:
        node = iri.demand_iri(c.id)
        yield node, RDF.type, SKOS.Concept
        yield node, SKOS.inScheme, KG.DemandScheme
        yield node, SKOS.prefLabel, Literal(c.label, lang="en")
        for cue in c.cues:
            yield node, SKOS.altLabel, Literal(cue, lang="en")
        if c.broader is not None:
            yield node, SKOS.broader, iri.demand_iri(c.broader)
        else:
            yield node, SKOS.topConceptOf, KG.DemandScheme
        yield node, DCTERMS.source, URIRef(Path(c.path).as_uri())
    for entry in gazetteer.entries.values():
        if entry.source is None:
            continue
        node = iri.actor_iri(entry.key)
        yield node, RDFS.label, Literal(entry.label)
        for prop, values in (
            (SKOS.altLabel, entry.names),
            (KG.demonym, entry.demonyms),
            (KG.metonym, entry.metonyms),
            (KG.role, (entry.role,) if entry.role else ()),
        ):
            for value in values:
                yield node, prop, Literal(value)
        yield from _identifiers(node, entry.identifiers)
        yield node, DCTERMS.source, URIRef(Path(entry.source).as_uri())


def _article(art: Article, a: URIRef) -> Iterator[Triple]:
    yield a, RDF.type, KG.Article
    yield a, DCTERMS.identifier, Literal(art.id)
    yield a, KG.text, Literal(art.text)
    yield a, KG.contentHash, Literal(content_hash(art))
    if art.title:
        yield a, DCTERMS.title, Literal(art.title)
    if art.url:
        yield a, SDO.url, Literal(art.url, datatype=XSD.anyURI)
    if art.publisher:
        yield a, DCTERMS.publisher, Literal(art.publisher)
    if art.date:
        yield a, DCTERMS.date, Literal(art.date.isoformat(), datatype=XSD.date)


def _actor(actor: ActorRef, gazetteer: Gazetteer) -> Iterator[Triple]:
    node = iri.actor_iri(actor.key)
    yield node, RDF.type, KG[actor.kind.value]
    entry = gazetteer.entries.get(actor.key)
    if entry is None:
        yield node, RDFS.label, Literal(actor.label)
        return
    yield node, RDFS.label, Literal(entry.label)
    yield from _identifiers(node, entry.identifiers)


def _identifiers(
    node: URIRef, identifiers: Iterable[tuple[str, str]]
) -> Iterator[Triple]:
    for prop, value in identifiers:
        if prop == "wikidata":
            yield node, KG.wikidata, URIRef(value)
        elif prop == "geonamesId":
            yield node, KG.geonamesId, Literal(int(value))
        else:
            yield node, KG[prop], Literal(value)


def _evidence(node: URIRef, ev: object, a: URIRef) -> Iterator[Triple]:
    from kg.model import Evidence

    assert isinstance(ev, Evidence)
    yield node, PROV.wasDerivedFrom, a
    yield node, KG.evidence, Literal(ev.sentence)
    yield node, KG.charStart, Literal(ev.start)
    yield node, KG.charEnd, Literal(ev.end)
    yield node, KG.inTitle, Literal(ev.in_title)
    yield node, KG.extractor, Literal(ev.extractor)


def _event(event: Event, e: URIRef, a: URIRef) -> Iterator[Triple]:
    yield e, RDF.type, KG[event.kind.value]
    yield from _evidence(e, event.evidence, a)
    agent = iri.actor_iri(event.agent.key) if event.agent else None
    if event.kind in (EventKind.ATTACK, EventKind.DISPLACEMENT):
        if agent is not None:
            yield e, KG.perpetrator, agent
    elif agent is not None:
        yield e, KG.agent, agent
    # meetings have participants, agreements parties; who asked or brokered
    for actor in event.participants:
        prop = KG.party if event.kind is EventKind.AGREEMENT else KG.participant
        yield e, prop, iri.actor_iri(actor.key)
    for actor in event.brokers:
        prop = KG.brokeredBy if event.kind is EventKind.AGREEMENT else KG.requestedBy
        yield e, prop, iri.actor_iri(actor.key)
    if event.status:
        yield e, KG.status, KG[event.status]
    elif event.kind is EventKind.CALL:
        # what a call asks for (a ceasefire, talks) stands as called for
        yield e, KG.status, KG.CalledFor
    if event.kind_text:
        yield e, KG.agreementKind, Literal(event.kind_text)
    if event.in_quote is not None:
        where = event.evidence
        yield (
            e,
            KG.inQuote,
            iri.event_iri(
                where.article_id,
                EventKind.QUOTE.value,
                event.in_quote,
                0,
                in_title=where.in_title,
            ),
        )
    if event.speaker is not None:
        yield e, KG.speaker, iri.actor_iri(event.speaker.key)
    for actor in event.addressees:
        yield e, KG.addressee, iri.actor_iri(actor.key)
    for demand in event.demands:
        concept = iri.demand_iri(demand)
        yield e, KG.demand, concept
        if agent is not None and event.kind is EventKind.CALL:
            yield agent, KG.callsFor, concept
    for target in event.targets:
        t = iri.actor_iri(target.key)
        yield e, KG.target, t
        if agent is not None and event.kind is EventKind.CONDEMNATION:
            yield agent, KG.condemns, t
    for prop, value in (
        (KG.demandText, event.demand_text),
        (KG.cue, event.cue),
        (KG.quote, event.quote),
        (KG.means, event.means),
        (KG.perpetratorLabel, event.agent_text),
        (KG.targetLabel, event.target_text),
    ):
        if value:
            yield e, prop, Literal(value)
    if event.means_type:
        yield e, KG.meansType, KG[event.means_type]
    if event.place:
        p = iri.place_iri(event.place)
        yield e, KG.place, p
        yield p, RDF.type, KG.Place
        yield p, RDFS.label, Literal(event.place)
        info = lookup_place(event.place)
        if info is not None:
            yield p, KG.geonamesId, Literal(info.geonames_id)
            if info.feature == "city":
                yield p, SDO.latitude, Literal(info.latitude, datatype=XSD.decimal)
                yield p, SDO.longitude, Literal(info.longitude, datatype=XSD.decimal)
    if event.date is not None and event.date_end is not None:
        # an interval: "since December", "in the past three weeks"
        yield e, SDO.startDate, Literal(event.date.isoformat(), datatype=XSD.date)
        yield e, SDO.endDate, Literal(event.date_end.isoformat(), datatype=XSD.date)
        yield e, KG.dateText, Literal(event.date_text or "")
        yield e, KG.dateMethod, Literal(event.date_method or "")
    elif (
        event.date is not None
        and event.date_text
        and event.date_text.lower().startswith("since")
    ):
        yield e, SDO.startDate, Literal(event.date.isoformat(), datatype=XSD.date)
        yield e, KG.dateText, Literal(event.date_text)
        yield e, KG.dateMethod, Literal(event.date_method or "")
    elif event.date is not None:
        yield e, DCTERMS.date, Literal(event.date.isoformat(), datatype=XSD.date)
        yield e, KG.dateText, Literal(event.date_text or "")
        yield e, KG.dateMethod, Literal(event.date_method or "")
    for source in event.reported_by:
        yield e, KG.reportedBy, iri.actor_iri(source.key)
        for k in range(len(event.casualties)):
            yield iri.casualty_iri(e, k), KG.reportedBy, iri.actor_iri(source.key)
    largest: dict[str, int] = {}
    for n, casualty in enumerate(event.casualties):
        c = iri.casualty_iri(e, n)
        yield e, KG.casualty, c
        kind = casualty.type.value
        if casualty.amount.value is not None:
            largest[kind] = max(largest.get(kind, 0), casualty.amount.value)
        yield from _casualty(casualty, c, a)
        if casualty.part_of is not None:
            yield c, KG.partOf, iri.casualty_iri(e, casualty.part_of)
    # the shortcut carries the largest count of each type the sentence gives
    for kind, most in sorted(largest.items()):
        yield e, _SHORTCUT[kind], Literal(most)


def _casualty(casualty: Casualty, c: URIRef, a: URIRef) -> Iterator[Triple]:
    amount = casualty.amount
    yield c, RDF.type, KG.Casualty
    yield c, KG.casualtyType, KG[casualty.type.value]
    if amount.value is not None:
        yield c, KG.count, Literal(amount.value)
    yield c, KG.countQualifier, KG[amount.qualifier.value]
    if amount.inferred:
        yield c, KG.countInferred, Literal(True)
    if casualty.victim_actor is not None:
        yield c, KG.victim, iri.actor_iri(casualty.victim_actor.key)
    if amount.maximum is not None:
        yield c, KG.countMax, Literal(amount.maximum)
    if amount.text:
        yield c, KG.countText, Literal(amount.text)
    if casualty.victim:
        yield c, KG.victimLabel, Literal(casualty.victim)
    yield from _evidence(c, casualty.evidence, a)
