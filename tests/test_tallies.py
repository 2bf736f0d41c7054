"""Running totals (kg.extract.tallies): tolls over a period keep their counts
but are no attack of the article's time (all sentences invented)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import attackers_of as attackers

from kg.extract.tallies import is_running_total
from kg.model import EventKind, Extraction


@pytest.mark.parametrize(
    "sentence",
    [
        "The war has killed more than 20,000 people since April 2023.",
        "Such attacks have claimed over 2,000 lives since 2015.",
        "More than 200 peacekeepers have been killed so far in Mali.",
        "Nine years of war have left hundreds of thousands dead.",
        "The conflict, which began in 2014, has killed 14,000 people.",
        "Over the past three years, militants have killed 600 villagers.",
        "To date, 45 aid workers have died in the region.",
    ],
)
def test_tallies_over_a_period(sentence: str) -> None:
    assert is_running_total(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A drone strike killed 12 people in Kharkiv on Monday.",
        "Russian strikes killed four people, bringing the toll so far this week to 11.",
        "Gunmen killed nine farmers in Borno, the police said.",
        "The strike, the deadliest since the ceasefire, killed 30.",
    ],
)
def test_one_act(sentence: str) -> None:
    assert not is_running_total(sentence)


@pytest.mark.model
def test_a_tally_keeps_its_count_and_borrows_no_perpetrator(
    read: Callable[..., Extraction],
) -> None:
    ex = read(
        "RSF fighters shelled a market in El Fasher on Monday, killing 12 people. "
        "The war, which began in April 2023, has killed tens of thousands of people."
    )
    assert attackers(ex) == {"Rapid Support Forces"}
    tallies = [e for e in ex.events if e.status == "RunningTotal"]
    assert len(tallies) == 1 and tallies[0].agent is None
    assert tallies[0].kind is EventKind.ATTACK
    assert [c.amount.value for c in tallies[0].casualties] == [10000]


@pytest.mark.model
def test_a_tally_is_written_with_its_status(read, gazetteer) -> None:  # noqa: ANN001
    from kg.rdf import extraction_triples
    from kg.vocab import KG

    ex = read("Nine years of war have left hundreds of thousands dead.")
    triples = list(extraction_triples(ex, gazetteer))
    assert any(p == KG.status and o == KG.RunningTotal for _, p, o in triples)
