"""Who did an attack, written anew for these tests: "X is believed to be
responsible for the attacks", a country after a placed city ("in Baghdad,
Iraq") is no doer, and an act named as the point "since" counts from is a
date, not a reported attack."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import attackers_of

from kg.model import Extraction

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        ("Police said Boko Haram was responsible for the bombing.", "Boko Haram"),
        (
            "Officials think al-Shabaab is responsible for the assault on the hotel.",
            "al-Shabaab",
        ),
        (
            "Al-Qaeda in Iraq is believed to be responsible for the attacks.",
            "Islamic State",
        ),
    ],
)
def test_responsible_for_the_attack(
    read: Callable[..., Extraction], text: str, perpetrator: str
) -> None:
    assert perpetrator in attackers_of(read(text))


def test_not_responsible_is_no_perpetrator(read: Callable[..., Extraction]) -> None:
    ex = read("Hamas was not responsible for the explosion, the group said.")
    assert "Hamas" not in attackers_of(ex)


def test_a_country_after_a_placed_city_is_no_doer(
    read: Callable[..., Extraction],
) -> None:
    ex = read("Several car bombs in Baghdad, Iraq have killed 190 people on Wednesday.")
    assert "Iraq" not in attackers_of(ex)


def test_the_point_since_counts_from_is_no_attack(
    read: Callable[..., Extraction],
) -> None:
    ex = read(
        "Car bombs killed 190 people on Wednesday, the worst bombings in Iraq "
        "since 2003 when the United States invaded the nation."
    )
    assert "United States" not in attackers_of(ex)


def _doers(ex: Extraction, cue: str) -> list[str | None]:
    """The perpetrator of each attack read from ``cue`` (a lemma) in the
    text's last sentence."""
    last = ex.article.text.rsplit(". ", 1)[-1]
    return [
        e.agent.label if e.agent else None
        for e in ex.events
        if e.kind.value == "Attack" and e.cue == cue and e.evidence.sentence == last
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Boko Haram fighters stormed the village on Monday. The attack "
            "Tuesday took place near the market.",
            "attack",
        ),
        (
            "Al-Shabaab bombed the hotel. Witnesses said this ambush lasted hours.",
            "ambush",
        ),
        (
            "Boko Haram attacked the town. Later, a school was hit. The assault "
            "left the town empty.",
            "assault",
        ),
    ],
)
def test_an_attack_pointed_back_to_is_the_one_named_before(
    read: Callable[..., Extraction], text: str, cue: str
) -> None:
    assert set(_doers(read(text), cue)) <= {"Boko Haram", "al-Shabaab"}
    assert None not in _doers(read(text), cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a new attack, or fighting between sides: nobody's in particular
        (
            "Boko Haram attacked the town. An attack on a checkpoint followed later.",
            "attack",
        ),
        (
            "Boko Haram attacked the town. The battle between the army and the "
            "militants lasted hours.",
            "battle",
        ),
    ],
)
def test_a_new_or_two_sided_attack_is_not_carried_back(
    read: Callable[..., Extraction], text: str, cue: str
) -> None:
    assert "Boko Haram" not in _doers(read(text), cue)


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        ("Fighters from the FDLR killed nine people at the camp.", "FDLR"),
        ("Gunmen from Boko Haram killed ten farmers.", "Boko Haram"),
        ("Militants from al-Shabaab stormed the hotel.", "al-Shabaab"),
    ],
)
def test_fighters_from_an_armed_group_are_its_own(
    read: Callable[..., Extraction], text: str, perpetrator: str
) -> None:
    assert perpetrator in attackers_of(read(text))


def test_troops_from_a_country_name_a_place_not_a_doer(
    read: Callable[..., Extraction],
) -> None:
    ex = read("Troops from Chad shelled the town.")
    assert "Chad" not in attackers_of(ex)


def test_they_in_an_adverbial_clause_is_the_clause_s_own_subject(
    read: Callable[..., Extraction],
) -> None:
    # "they" is the fighters the sentence names, not the officials before
    ex = read(
        "United Nations officials blamed the rebels for the raid. Officials say "
        "fighters from the FDLR killed nine people when they opened fire on the "
        "camp. The FDLR has condemned the attack."
    )
    assert "United Nations" not in attackers_of(ex)
    assert not any(
        e.kind.value == "Condemnation"
        and any(t.label == "United Nations" for t in e.targets)
        for e in ex.events
    )


@pytest.mark.parametrize(
    "text",
    [
        "The UN condemned the airstrike on the rebels, who say it killed 50 people.",
        "France called for an inquiry into the bombing, which officials say it "
        "destroyed a school.",
        "Kenya deplored the shelling of the camp; residents said it killed ten.",
    ],
)
def test_it_after_an_act_is_the_act_not_the_group_named(
    read: Callable[..., Extraction], text: str
) -> None:
    # "it" is the strike: never the caller or condemner named first
    assert attackers_of(read(text)) & {"United Nations", "France", "Kenya"} == set()
