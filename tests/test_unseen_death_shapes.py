"""Deaths and counts, in shapes written anew for these tests (found missing
on blind sets of real statements and news):

- "lives were lost", "has cost countless lives", "deaths among the
  peacekeepers", "leading to the loss of life": deaths without a number;
- "no civilians were killed", "no deaths among ...": none; but "no
  justification for this attack, which has killed civilians" is a death;
- "151 were killed and over 300 wounded", "rose from 125 to 149", "as high
  as 69"; the wounded evacuated are not displaced.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import EventKind, Extraction

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("The army said it had killed the group's leader.", "leader"),
        ("Gunmen killed the mayor's bodyguard in the market.", "bodyguard"),
        ("Police said militants had shot dead the village's chief.", "chief"),
    ],
)
def test_an_owner_is_no_part_of_the_victims_words(
    read: Callable[..., Extraction], text: str, victim: str
) -> None:
    victims = [
        c.victim
        for e in read(text).events
        if e.kind is EventKind.ATTACK
        for c in e.casualties
    ]
    assert victims == [victim]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        (
            "The Houthis attacked two vessels in the Red Sea, leading to the loss "
            "of life and injury to sailors.",
            1,
        ),
        ("The strike caused loss of life.", 1),
        ("The shelling resulted in the loss of life.", 1),
        # condolences and what would happen are no report
        ("We deeply regret the loss of life.", 0),
        ("Any escalation would lead to the loss of life.", 0),
    ],
)
def test_a_loss_of_life_an_act_brought_about(
    read: Callable[..., Extraction], text: str, deaths: int
) -> None:
    found = [
        c
        for e in read(text).events
        for c in e.casualties
        if c.victim == "loss of life" and e.status in (None, "Happened")
    ]
    assert len(found) == deaths


def _uncounted(ex: Extraction) -> list[str | None]:
    return [
        c.victim
        for e in ex.events
        for c in e.casualties
        if c.amount.value is None and e.status in (None, "Happened", "RunningTotal")
    ]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Lives were lost when the militants stormed the hotel.", ["Lives"]),
        ("Civilians lost their lives in the shelling of the market.", ["Civilians"]),
        # denied deaths are none
        ("No lives were lost in the attack.", []),
        ("No civilians were killed in the attack.", []),
        ("Nobody was killed in the blast.", []),
        ("None of the soldiers died.", []),
    ],
)
def test_lives_lost_and_deaths_denied(
    read: Callable[..., Extraction], text: str, victims: list
) -> None:
    assert _uncounted(read(text)) == victims


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("The war has cost the lives of many civilians.", ["many civilians"]),
        ("The fighting has cost countless lives.", ["countless lives"]),
        ("These strikes have taken civilian lives.", ["civilian lives"]),
        (
            "There have been deaths and injuries among the peacekeepers.",
            ["peacekeepers"],
        ),
        ("The drone strikes caused death and injury among civilians.", ["death"]),
        ("The offensive brought destruction and death to the town.", ["death"]),
        # what would, may or will cost lives has cost none
        ("Delays in aid may cost lives.", []),
        ("Any strike could cause death and injury.", []),
        ("We fear the fighting will cost lives.", []),
        ("There were no deaths among the peacekeepers.", []),
    ],
)
def test_lives_an_act_cost_and_deaths_among_people(
    read: Callable[..., Extraction], text: str, victims: list
) -> None:
    assert _uncounted(read(text)) == victims


def _counts(ex: Extraction) -> set[tuple[str, int | None, str]]:
    return {
        (c.type.value, c.amount.value, c.amount.qualifier.value)
        for e in ex.events
        for c in e.casualties
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 151 people were killed and over 300 wounded in the attacks.",
            {("Killed", 151, "AtLeast"), ("Wounded", 300, "MoreThan")},
        ),
        (
            "Police said 12 were killed and 30 injured.",
            {("Killed", 12, "Exactly"), ("Wounded", 30, "Exactly")},
        ),
        (
            "The number of dead rose from 125 to 149.",
            {("Killed", 149, "Exactly")},
        ),
        (
            "Some media reports put the death toll as high as 69.",
            {("Killed", 69, "AtMost")},
        ),
        (
            "The civilian death toll is at least 28, with hundreds injured.",
            {("Killed", 28, "AtLeast"), ("Wounded", 100, "AtLeast")},
        ),
    ],
)
def test_counts_joined_superseded_and_capped(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert _counts(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 40 wounded soldiers were evacuated.", set()),
        ("Twelve injured people were evacuated by helicopter.", set()),
        (
            "Some 4,000 civilians were evacuated from the city.",
            {("Displaced", 4000, "Approximately")},
        ),
    ],
)
def test_the_wounded_evacuated_for_care_are_not_displaced(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert _counts(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "There is no possible justification for this attack, which has killed "
            "innocent civilians.",
            ["innocent civilians"],
        ),
        ("There were no reports that NATO troops were killed.", []),
        ("There is no evidence that civilians were killed.", []),
    ],
)
def test_no_denies_a_death_only_as_no_report_of_it(
    read: Callable[..., Extraction], text: str, victims: list
) -> None:
    assert _uncounted(read(text)) == victims


@pytest.mark.parametrize(
    "text",
    [
        "The UN warned of deaths among civilians if aid is blocked.",
        "Israel denied any deaths among the hostages.",
        "UNICEF is working to reduce deaths among children under five.",
        "The floods in 2010 brought death to the town.",
        "Hunger has taken lives in the camp.",
    ],
)
def test_review_deaths_not_reported_or_not_by_violence(
    read: Callable[..., Extraction], text: str
) -> None:
    assert _uncounted(read(text)) == []


def test_review_a_conflict_that_cost_lives(read: Callable[..., Extraction]) -> None:
    ex = read("The conflict, which has cost countless lives, enters its third year.")
    assert _uncounted(ex) == ["countless lives"]
