"""Demands in open phrasing, written anew for these tests: "stop firing
missiles", "hand power back to civilians", "that there be no further
attacks", "the return to power of elected leaders", "abide by the
declaration", "grant visas to aid groups"; and words that only look like
them ("the free movement of civilians", "troops leave for training").
"""

from __future__ import annotations

import pytest
from conftest import EO, HA, PS, WD

from kg.extract.demands import classify

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("words", "concept"),
    [
        ("to stop firing missiles", EO),
        ("cease shelling the town", EO),
        ("refrain from targeting aid convoys", EO),
        ("to hand power back to civilians", PS),
        ("return power to a civilian government", PS),
        ("Eritrean troops leave Tigray", WD),
        ("the foreign fighters quit the country", WD),
    ],
)
def test_demands_in_open_phrasing(words: str, concept: str) -> None:
    assert concept in classify(words)


@pytest.mark.parametrize(
    "words",
    ["to stop firing staff", "to hand out leaflets", "troops leave for training"],
)
def test_words_that_only_look_like_those_demands(words: str) -> None:
    assert classify(words) == ()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("that there be no further attacks", (EO,)),
        ("that the attacks stop", (EO,)),
        ("the shelling stop immediately", (EO,)),
        ("no further comment", ()),
        ("that attacks ended last week", ()),
    ],
)
def test_a_demand_in_the_subjunctive(words: str, expected: tuple) -> None:
    assert classify(words) == expected


@pytest.mark.parametrize(
    "words",
    [
        "the return to power of democratically elected leaders",
        "restore the democratically elected government",
        "the return of the elected officials to their posts",
    ],
)
def test_restoring_elected_leaders_is_a_political_solution(words: str) -> None:
    assert PS in classify(words)


@pytest.mark.parametrize(
    ("words", "concept"),
    [
        ("to abide by the Jeddah Declaration", "RespectForInternationalLaw"),
        ("to honour the agreement they signed", "RespectForInternationalLaw"),
        ("to stop recruiting children", "ProtectionOfCivilians"),
        ("an end to the use of starvation as a weapon of war", "ProtectionOfCivilians"),
        ("stop the flow of weapons into Darfur", "DeEscalation"),
        ("to end external interference", "DeEscalation"),
    ],
)
def test_more_demands_in_open_phrasing(words: str, concept: str) -> None:
    assert concept in classify(words)


@pytest.mark.parametrize(
    "words",
    [
        "to allow the free movement of civilians",
        "freedom of the press for journalists",
        "to honour the agreement they signed",
    ],
)
def test_free_the_adjective_and_freedom_free_no_one(words: str) -> None:
    assert "ReleaseOfDetainees" not in classify(words)


@pytest.mark.parametrize(
    ("words", "concept"),
    [
        (
            "enforce international humanitarian standards in IDP camps",
            "RespectForInternationalLaw",
        ),
        ("grant visas to international aid groups", HA),
        ("issue visas for humanitarian staff", HA),
    ],
)
def test_standards_enforced_and_visas_granted(words: str, concept: str) -> None:
    assert concept in classify(words)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("that soldiers on leave return to their units", ()),
        ("that troops who leave the army be protected", ()),
        ("troops should leave the city", ("Withdrawal",)),
        ("the freeing of all hostages", ("ReleaseOfDetainees",)),
    ],
)
def test_review_leave_and_freeing(words: str, expected: tuple) -> None:
    assert classify(words) == expected


@pytest.mark.parametrize(
    "words",
    [
        "to desist from excessive force and mass arrests",
        "refrain from the excessive use of force",
        "stop using lethal force against protesters",
    ],
)
def test_excessive_force_to_stop_is_de_escalation(words: str) -> None:
    assert "DeEscalation" in classify(words)
