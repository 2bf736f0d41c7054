"""Counts within counts: "killed 11 civilians, including 10 children".

The part is a figure of its own (annotators record it, analysts ask "how many
children?"), tied to its whole with ``kg:partOf`` so that no sum adds it to
the whole: the event's ``kg:kills`` shortcut stays the whole's count. The
graph holding a part still conforms to the shapes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Graph

from kg.model import Extraction
from kg.rdf import extraction_triples
from kg.validate import validate
from kg.vocab import KG

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        (
            "An air strike killed 11 civilians, including 10 children, in the east.",
            11,
            10,
        ),
        ("A car bomb killed five Americans, including three soldiers.", 5, 3),
        ("Ten villagers including six women were killed in the raid.", 10, 6),
        ("Fourteen people, including two journalists, died in the blast.", 14, 2),
        # "including" hung on the verb
        ("At least 93 people were killed, including 11 children.", 93, 11),
        ("The shelling wounded 40 people, including 12 children.", 40, 12),
    ],
)
def test_a_part_is_its_own_figure_tied_to_its_whole(
    read: Callable[..., Extraction], text: str, whole: int, part: int
) -> None:
    events = [e for e in read(text).events if e.casualties]
    assert len(events) == 1
    counts = [(c.amount.value, c.part_of) for c in events[0].casualties]
    assert counts == [(whole, None), (part, 0)]


def test_the_part_is_linked_and_never_summed(
    read: Callable[..., Extraction], gazetteer
) -> None:  # noqa: ANN001
    text = "A drone strike killed 11 civilians, including 10 children, in Kunar."
    ex = read(text)
    g = Graph()
    for t in extraction_triples(ex, gazetteer):
        g.add(t)
    links = list(g.subject_objects(KG.partOf))
    assert len(links) == 1
    part, whole = links[0]
    assert g.value(part, KG["count"]).toPython() == 10
    assert g.value(whole, KG["count"]).toPython() == 11
    # the event's shortcut is the whole's count
    assert [o.toPython() for o in g.objects(None, KG.kills)] == [11]
    assert validate(g).conforms


def test_no_part_without_an_inclusion(read: Callable[..., Extraction]) -> None:
    # two figures side by side are two figures, neither part of the other
    ex = read("The strike killed 11 civilians and wounded 10 soldiers.")
    parts = [c.part_of for e in ex.events for c in e.casualties]
    assert parts == [None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb with its own object keeps its figure to itself
        (
            "The violence has killed and injured thousands of civilians and "
            "displaced millions more.",
            {("Killed", 1000), ("Wounded", 1000), ("Displaced", 1000000)},
        ),
        (
            "The strikes killed and wounded dozens of people.",
            {("Killed", 12), ("Wounded", 12)},
        ),
        # a rate is not a count of victims
        (
            "On average, more than one child has been killed every hour since April.",
            set(),
        ),
        ("Ten people die each day in the camp.", set()),
        ("Twelve people were killed on a single day in the city.", {("Killed", 12)}),
        # deaths from illness are no one's killing
        ("Nearly 300 children have died from suspected measles.", set()),
        ("Five people died of their wounds in hospital.", {("Killed", 5)}),
        # displacement in other words; sheltering from shelling is not
        (
            "About one million people have sought refuge in Marib since the war began.",
            {("Displaced", 1000000)},
        ),
        (
            "Aid workers recorded the arrival of at least 2,560 IDPs.",
            {("Displaced", 2560)},
        ),
        ("Some 400 residents took shelter in basements during the strikes.", set()),
        # the parser's adverbial noun is still the object counted
        ("The fighting has displaced 515,000 people.", {("Displaced", 515000)}),
        ("Gunmen killed five people three days ago.", {("Killed", 5)}),
        # the displaced named by what they are
        (
            "The insurgency has created over 515,000 internally-displaced people.",
            {("Displaced", 515000)},
        ),
        (
            "The UN is concerned by the displacement of 4,000 civilians.",
            {("Displaced", 4000)},
        ),
        # lives lost and taken
        (
            "The attacks resulted in the tragic loss of life of four crew members.",
            {("Killed", 4)},
        ),
        ("The bombing took the lives of six people in a church.", {("Killed", 6)}),
    ],
)
def test_what_a_figure_counts(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    found = {
        (c.type.value, c.amount.value)
        for e in read(text).events
        for c in e.casualties
        if c.amount.value is not None and not c.amount.inferred
    }
    assert found == expected


def test_every_conjunct_of_an_inclusion_is_a_part(
    read: Callable[..., Extraction],
) -> None:
    ex = read("At least 93 people were killed, including 11 children and 6 women.")
    counts = [(c.amount.value, c.part_of) for e in ex.events for c in e.casualties]
    assert counts == [(93, None), (11, 0), (6, 0)]
