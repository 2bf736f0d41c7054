"""kg.incidents: one real incident, reported by several articles, linked once.

The stores are built from hand-made extractions (no spaCy), one article per
report; the last test builds two JSONL records with the real pipeline.  The
story is the one of the issue: a Syrian airstrike killed 33 Turkish soldiers
in Idlib on 27 February 2020, and other articles give other figures.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from conftest import SYRIA, TURKEY, evidence, run_query, store_of
from rdflib import RDF

from kg import iri, queries
from kg.build import build
from kg.incidents import Report, cluster, incident_key, link_incidents
from kg.model import (
    ActorKind,
    ActorRef,
    Amount,
    Article,
    Casualty,
    CasualtyType,
    Event,
    EventKind,
    Extraction,
    Qualifier,
)
from kg.store import KGStore, RdfFormat
from kg.validate import validate
from kg.vocab import KG

DAY = dt.date(2020, 2, 27)  # the airstrike
PUBLISHED = dt.date(2020, 2, 28)
SOHR = ActorRef(
    "syrian-observatory-for-human-rights",
    "Syrian Observatory for Human Rights",
    ActorKind.ORGANIZATION,
)
RUSSIA = ActorRef("russia", "Russia", ActorKind.COUNTRY)
KILLED = CasualtyType.KILLED


def report(
    article_id: str,
    killed: int,
    *,
    place: str | None = "Idlib",
    agent: ActorRef | None = SYRIA,
    date: dt.date | None = DAY,
    published: dt.date | None = PUBLISHED,
    source: ActorRef | None = None,
    kind: EventKind = EventKind.ATTACK,
    casualty: CasualtyType = KILLED,
) -> Extraction:
    """One article whose one sentence reports an incident of ``killed`` dead."""
    sentence = f"An airstrike killed {killed} Turkish soldiers."
    ev = evidence(article_id, 40, sentence, "casualties.v1")
    event = Event(
        kind,
        ev,
        agent=agent,
        place=place,
        means="airstrike",
        casualties=(Casualty(casualty, Amount(killed), ev, "Turkish soldiers"),),
        date=date,
        date_text="on Thursday" if date else None,
        date_method="relative-to-article" if date else None,
        reported_by=(source,) if source else (),
    )
    actors = tuple(a for a in (agent, source) if a is not None)
    article = Article(article_id, "text", "text", date=published)
    return Extraction(article, (event,), (), actors)


def attack(article_id: str) -> str:
    """IRI of the incident :func:`report` writes for an article."""
    return str(iri.event_iri(article_id, "Attack", 40, 0, in_title=False))


def linked(store: KGStore) -> list[tuple[str, ...]]:
    """The claims of every linked incident, each sorted, as event IRIs."""
    g = store.to_rdflib()
    return sorted(
        tuple(sorted(str(c) for c in g.objects(node, KG.claim)))
        for node in g.subjects(RDF.type, KG.LinkedIncident)
    )


def rows(store: KGStore, name: str) -> list[tuple[object, ...]]:
    return queries.run(store, queries.resolve(name))[1]


def export(store: KGStore, fmt: RdfFormat = RdfFormat.TRIG) -> bytes:
    buf = io.BytesIO()
    store.export(buf, fmt=fmt)
    return buf.getvalue()


# linking ----------------------------------------------------------------------------


def test_two_reports_of_one_airstrike_are_linked_keeping_each_figure() -> None:
    store = store_of(report("a1", 33, source=TURKEY), report("a2", 35, source=SOHR))
    assert link_incidents(store) == 1
    assert linked(store) == [(attack("a1"), attack("a2"))]
    key = incident_key([Report(attack("a1"), "", ""), Report(attack("a2"), "", "")])
    node = str(iri.linked_incident_iri(key))
    sentence = "An airstrike killed {} Turkish soldiers."
    label = "Killed: 33–35 (2 reports)"
    assert rows(store, "linked-incidents") == [
        (node, label, attack(article), article, "2020-02-27", "2020-02-28",
         "Killed", n, "Exactly", "Turkish soldiers", source, sentence.format(n))
        for article, n, source in [
            ("a1", 33, "Turkey"),
            ("a2", 35, "Syrian Observatory for Human Rights"),
        ]
    ]  # fmt: skip
    assert rows(store, "figure-disagreements") == [
        (node, label, "Killed", 33, 35, article, "2020-02-28", n, "Exactly",
         source, sentence.format(n))
        for article, n, source in [
            ("a2", 35, "Syrian Observatory for Human Rights"),
            ("a1", 33, "Turkey"),
        ]
    ]  # fmt: skip


@pytest.mark.parametrize(
    "other",
    [
        # the same day, another place
        report("a3", 34, place="Aleppo"),
        # not the same event: 33 dead and 380,000
        report("a3", 380_000),
        # dates two days apart (and published two days apart)
        report("a3", 33, date=dt.date(2020, 2, 25), published=dt.date(2020, 2, 26)),
        # another perpetrator
        report("a3", 33, agent=RUSSIA),
        # another class of incident, or another casualty type
        report("a3", 33, kind=EventKind.DISPLACEMENT),
        report("a3", 33, casualty=CasualtyType.WOUNDED),
        # no date anywhere and no perpetrator: too little to go on
        report("a3", 33, agent=None, date=None, published=None),
    ],
    ids=[
        "other-place",
        "380000",
        "two-days-apart",
        "other-perpetrator",
        "displacement",
        "wounded",
        "undated-without-perpetrator",
    ],
)
def test_reports_without_compatible_evidence_are_not_linked(
    other: Extraction,
) -> None:
    store = store_of(report("a1", 33), other)
    assert link_incidents(store) == 0
    assert linked(store) == []
    assert rows(store, "linked-incidents") == []
    assert rows(store, "figure-disagreements") == []


def test_a_third_report_joins_and_an_unrelated_one_stays_out() -> None:
    store = store_of(
        report("a1", 33),
        report("a2", 35),
        report("a3", 34, place="Aleppo"),
        # the article's date stands in for the sentence's: one day later
        report("a4", 40, date=None),
    )
    assert link_incidents(store) == 1
    assert linked(store) == [(attack("a1"), attack("a2"), attack("a4"))]
    labels = {r[1] for r in rows(store, "linked-incidents")}
    assert labels == {"Killed: 33–40 (3 reports)"}


def test_undated_reports_need_the_same_place_and_perpetrator() -> None:
    a1 = report("a1", 33, date=None, published=None)
    a2 = report("a2", 35, date=None, published=None)
    assert link_incidents(store_of(a1, a2)) == 1
    nowhere = report("a2", 35, place=None, date=None, published=None)
    assert link_incidents(store_of(a1, nowhere)) == 0


def test_links_do_not_chain_through_a_middle_figure() -> None:
    # 33 and 60 are close, 60 and 100 are close, 33 and 100 are not
    store = store_of(report("a1", 33), report("a2", 60), report("a3", 100))
    assert link_incidents(store) == 1
    assert linked(store) == [(attack("a1"), attack("a2"))]


def test_reports_of_one_article_are_not_linked_to_each_other() -> None:
    one = report("a1", 33)
    sentence = "Another airstrike killed 35 Turkish soldiers."
    ev = evidence("a1", 400, sentence, "casualties.v1")
    again = Event(
        EventKind.ATTACK,
        ev,
        agent=SYRIA,
        place="Idlib",
        casualties=(Casualty(KILLED, Amount(35, Qualifier.AT_LEAST), ev),),
        date=DAY,
    )
    twice = Extraction(one.article, (*one.events, again), (), one.actors)
    assert link_incidents(store_of(twice)) == 0
    # with another article, one report of a1 is linked, not both
    store = store_of(twice, report("a2", 34))
    assert link_incidents(store) == 1
    assert linked(store) == [(attack("a1"), attack("a2"))]


# derived data: deterministic, replaced, valid -----------------------------------------


def test_links_do_not_depend_on_the_order_articles_were_stored() -> None:
    extractions = [
        report("a1", 33, source=TURKEY),
        report("a2", 35, source=SOHR),
        report("a3", 34, place="Aleppo"),
        report("a4", 36, date=None),
    ]
    first, second = store_of(*extractions), store_of(*reversed(extractions))
    assert link_incidents(first) == link_incidents(second) == 1
    assert export(first) == export(second)
    assert export(first, RdfFormat.TURTLE) == export(second, RdfFormat.TURTLE)
    reports = [Report(attack(a), "Attack", a) for a in ("a2", "a1")]
    assert cluster(reports) == cluster(reversed(reports))


def test_linking_again_replaces_the_links() -> None:
    store = store_of(report("a1", 33), report("a2", 35))
    assert link_incidents(store) == 1
    once = export(store)
    assert link_incidents(store) == 1
    assert export(store) == once
    # a2 is rebuilt with another place: its old link goes
    a2 = report("a2", 35, place="Aleppo")
    store.replace_articles(
        [
            (
                iri.article_iri("a2"),
                iri.graph_iri("a2"),
                "sig",
                list(store_of(a2).to_rdflib()),
            )
        ]
    )
    assert link_incidents(store) == 0
    assert linked(store) == []
    assert str(iri.LINKED_GRAPH) not in {g.value for g in store.article_graphs()}


def test_linked_incidents_sit_in_their_own_graph_and_validate() -> None:
    store = store_of(report("a1", 33, source=TURKEY), report("a2", 35, source=SOHR))
    link_incidents(store)
    graphs = [g.value for g in store.article_graphs()]
    assert graphs == [
        str(iri.LINKED_GRAPH),
        str(iri.graph_iri("a1")),
        str(iri.graph_iri("a2")),
    ]
    report_ = validate(store.to_rdflib())
    assert report_.conforms, report_.text


# end to end -------------------------------------------------------------------------

# two reports of the airstrike, each crediting its own source, published the next day
RECORDS = [
    {
        "id": "turkish-officials",
        "date": "2020-02-28",
        "text": (
            "A Syrian government airstrike in Idlib killed 33 Turkish soldiers on "
            "Thursday, Turkish officials said. The attack was the deadliest for "
            "the Turkish army in Syria since it first intervened in the war in "
            "2016, and Ankara said it would respond to the strike."
        ),
    },
    {
        "id": "observatory",
        "date": "2020-02-28",
        "text": (
            "Syrian government forces killed 34 Turkish soldiers in an air strike "
            "in Idlib on Thursday, the Syrian Observatory for Human Rights said. "
            "The monitor said the number of dead could rise as more of the "
            "wounded were taken to hospitals across the border in Turkey."
        ),
    },
]


@pytest.mark.slow
@pytest.mark.model
def test_a_build_links_two_records_of_one_attack(tmp_path: Path) -> None:
    source = tmp_path / "in" / "airstrike.jsonl"
    source.parent.mkdir()
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    out = tmp_path / "out"
    result = build([source], out=out, html=False)
    assert (result.added, result.failed, result.linked_incidents) == (2, [], 1)

    found = run_query(out, "figure-disagreements")[1]
    assert [(r[1], r[2], r[3], r[4], r[5], r[7], r[9]) for r in found] == [
        ("Killed: 33–34 (2 reports)", "Killed", 33, 34, "observatory", 34,
         "Syrian Observatory for Human Rights"),
        ("Killed: 33–34 (2 reports)", "Killed", 33, 34, "turkish-officials", 33,
         "Turkey"),
    ]  # fmt: skip
    assert validate(KGStore.open_existing(out / "store").to_rdflib()).conforms
    # a second build of the same records skips both and keeps the link
    turtle = (out / "graph.ttl").read_bytes()
    again = build([source], out=out, html=False)
    assert (again.skipped, again.linked_incidents) == (2, 1)
    assert (out / "graph.ttl").read_bytes() == turtle
