"""Attacks, their doers and whether they happened, in shapes written anew for
these tests (found missing on blind sets of real statements and news):

- "claimed by X", "a tweet in the name of X claimed responsibility";
- "a Baghdad blast", "the Kyiv strike": a capital is where, not who;
- "such attacks", "ordered to attack", "not permitting them to strike",
  "not attacks that ...": no attack that happened;
- "launched from X-controlled territory", "X joined Y in launching attacks",
  "Russia's continuing and intensifying attacks", "the militants" after a
  named attack: who did it; "the attack against X, the UN mission, which
  killed": X is the target, never the doer.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import attackers_of

from kg.model import EventKind, Extraction

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dozens die in Baghdad suicide blast claimed by IS.",
            {"Islamic State"},
        ),
        (
            "The attack on the market, claimed by al-Shabaab, killed ten people.",
            {"al-Shabaab"},
        ),
        (
            "A bomber struck a crowded tent in Baghdad. A tweet sent in the name "
            "of the Islamic State group claimed responsibility for the attack.",
            {"Islamic State"},
        ),
    ],
)
def test_claimed_by_and_claims_in_a_groups_name(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) - {None} == expected


def test_territory_claimed_by_a_state_owns_no_attack(
    read: Callable[..., Extraction],
) -> None:
    ex = read("Gunmen attacked a village in the area claimed by Sudan.")
    assert "Sudan" not in attackers_of(ex)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens died in a Baghdad suicide blast on Saturday.",
        "A Kabul car bomb killed 12 people.",
        "The Kyiv strike killed five people.",
    ],
)
def test_a_capital_before_an_act_is_where_not_who(
    read: Callable[..., Extraction], text: str
) -> None:
    assert attackers_of(read(text)) == {None}


def _statuses(ex: Extraction) -> list[str | None]:
    return [e.status for e in ex.events if e.kind is EventKind.ATTACK]


@pytest.mark.parametrize(
    "text",
    [
        "Allies have not sent enough air defences to protect the city against "
        "such attacks.",
        "The minister said such strikes were a crime.",
        "Zelensky criticised partners for not permitting Ukraine to use their "
        "weapons to strike launchers in Russia.",
    ],
)
def test_a_kind_of_attack_or_one_not_permitted_did_not_happen(
    read: Callable[..., Extraction], text: str
) -> None:
    assert "Happened" not in _statuses(read(text))
    assert None not in _statuses(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "The army was ordered to attack the town.",
        "The US allowed Ukraine to strike targets inside Russia.",
        "The commander told his men to shell the village.",
    ],
)
def test_an_attack_ordered_or_allowed_is_planned(
    read: Callable[..., Extraction], text: str
) -> None:
    assert _statuses(read(text)) == ["Planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces went on to attack the town.",
        "Russia used drones to strike Kyiv overnight.",
        "Militants managed to storm the base before dawn.",
    ],
)
def test_an_attack_done_is_still_reported(
    read: Callable[..., Extraction], text: str
) -> None:
    assert set(_statuses(read(text))) <= {"Happened", None}
    assert _statuses(read(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An anti-ship missile launched from Houthi-controlled territory in "
            "Yemen killed three crew members.",
            {"Houthis"},
        ),
        (
            "A rocket fired from Hamas-held territory killed two people in Sderot.",
            {"Hamas"},
        ),
        # a place is no holder
        ("A shell fired from the village killed a boy.", {None}),
    ],
)
def test_who_holds_the_ground_a_missile_came_from_fired_it(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab fighters stormed the base at dawn. Witnesses said attackers "
            "rammed a car into the gate, then opened fire on soldiers.",
            {"al-Shabaab"},
        ),
        (
            "Boko Haram raided the village on Sunday. The militants then opened "
            "fire on residents.",
            {"Boko Haram"},
        ),
        # other gunmen, maybe others' attack: no doer is lent
        (
            "Al-Shabaab attacked the base on Monday. Three days later, gunmen "
            "opened fire on a bus in the north.",
            {"al-Shabaab", None},
        ),
    ],
)
def test_doers_named_by_what_they_did_point_back(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The killing of eleven soldiers by the FARC is a serious obstacle.", {"FARC"}),
        (
            "Eleven members of the armed forces were killed and others wounded by "
            "a FARC brigade.",
            {"FARC"},
        ),
        (
            "Ten soldiers were killed and 12 were wounded by al-Shabaab fighters.",
            {"al-Shabaab"},
        ),
    ],
)
def test_the_doer_of_a_counted_killing_by_noun_or_joined_passive(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We meet again in response to Russia's continuing and intensifying "
            "attacks against Ukraine.",
            {"Russia"},
        ),
        (
            "The Houthis also joined Iran in launching drone and missile attacks.",
            {"Houthis"},
        ),
        ("Iran was accused of launching the drone attacks.", {"Iran"}),
        ("Israeli warplanes carried out strikes on Gaza.", {"Israel"}),
    ],
)
def test_who_launched_or_owns_the_attacks(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) == expected


def test_attacks_a_country_deserves_not_to_suffer_are_none(
    read: Callable[..., Extraction],
) -> None:
    ex = read("Afghanistan deserves peace and security, not attacks that hurt parents.")
    assert "Happened" not in _statuses(ex) and None not in _statuses(ex)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States condemns today's attack against MINUSMA, the UN "
            "mission in Mali, which killed four peacekeepers.",
            {None},
        ),
        ("The airstrike on the market, which killed 12 people, was condemned.", {None}),
        ("Russian forces, which killed 12 civilians, shelled the town.", {"Russia"}),
    ],
)
def test_which_after_an_attacks_target_is_not_its_doer(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a by-phrase of another passive joined by "and" names no killer
        (
            "Five civilians were killed and the attack was condemned by the African Union.",
            {None},
        ),
        (
            "Two people were killed and the victims were taken to hospital by the Red Cross.",
            {None},
        ),
        ("Four soldiers died and the wounded were evacuated by MONUSCO.", {None}),
        # the other side, or anyone, does not point back to the group named
        (
            "Al-Shabaab attacked a police post on Monday. The police opened fire on "
            "protesters on Tuesday.",
            {"al-Shabaab", None},
        ),
        (
            "Hamas fighters attacked the kibbutz. The residents fled as the gunmen "
            "opened fire.",
            {"Hamas", None},
        ),
        # "the armed group" is an armed group, never the one speaking of it
        (
            "M23 rebels seized Goma on Monday. MONUSCO said the armed group attacked "
            "a camp in the town.",
            {"M23"},
        ),
        (
            "Al-Shabaab attacked a base on Monday. The UN said the armed group killed "
            "ten people.",
            {"al-Shabaab"},
        ),
        # a helper is no attacker; a claim about the act is no claim of it
        ("The United States helped Israel in launching strikes on Iran.", {None}),
        (
            "The EU condemned the attack on the hospital, which Russia claimed was staged.",
            {None},
        ),
    ],
)
def test_review_no_wrong_doer(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("Ukraine is not allowed to strike targets inside Russia.", []),
        ("The commander was not ordered to attack the town.", []),
        ("Russia refused to attack the town.", []),
        ("Hamas did not want a ceasefire and fired rockets at Ashkelon.", ["Happened"]),
        ("Russia could strike and shell the town.", []),
    ],
)
def test_review_what_was_not_done_and_what_was(
    read: Callable[..., Extraction], text: str, statuses: list
) -> None:
    got = [s for s in _statuses(read(text)) if s in ("Happened", "Planned", None)]
    assert got == statuses


def test_review_acts_joined_as_nouns_share_the_demand(
    read: Callable[..., Extraction],
) -> None:
    ex = read(
        'The EU said that "the bombings and other attacks against civilians must stop."'
    )
    assert "Happened" not in _statuses(ex) and None not in _statuses(ex)
