"""Deaths stated without a number, in shapes written anew for these tests:

- a definite death noun happened whatever modal governs it ("the killings
  of protesters must be investigated"), unless it is averted or guessed
  ("to prevent the killing of", "the deaths of more would be a tragedy");
- "massacre", "slaughter", "beheading", "lynching" of people;
- "the loss of civilian life", "the loss of life among aid workers" (a bare
  "loss of life" stays condolence language);
- "have killed and injured civilians": the object of the joined verb;
- "civilians continue to be killed": the governing verb's subject.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import CasualtyType, Extraction, Qualifier

pytestmark = pytest.mark.model


def killed(ex: Extraction) -> list[tuple[int | None, str, str | None]]:
    """(count, qualifier, victim) of every death the extraction holds."""
    return [
        (c.amount.value, c.amount.qualifier.value, c.victim)
        for e in ex.events
        for c in e.casualties
        if c.type is CasualtyType.KILLED
    ]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("The killings of protesters must be investigated.", "protesters"),
        ("The murder of the activist will not go unpunished.", "activist"),
        ("Those behind the massacre of villagers must face justice.", "villagers"),
        ("The slaughter of civilians in the town shocked the world.", "civilians"),
        (
            "We condemn the murder of the human rights defender.",
            "human rights defender",
        ),
    ],
)
def test_a_definite_death_happened(
    read: Callable[..., Extraction], text: str, victim: str
) -> None:
    assert [v for _, _, v in killed(read(text))] == [victim]


@pytest.mark.parametrize(
    "text",
    [
        "We must prevent the killing of civilians.",
        "A massacre of civilians could happen if the city falls.",
        "The deaths of more civilians would be a tragedy.",
        "The fighting could lead to the loss of civilian life.",
        "We mourn the tragic loss of life.",
    ],
)
def test_an_averted_guessed_or_mourned_death_is_no_report(
    read: Callable[..., Extraction], text: str
) -> None:
    assert killed(read(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The loss of civilian life in the city is unacceptable.",
        "The offensive has caused the loss of innocent lives.",
        "The loss of life among aid workers is unacceptable.",
    ],
)
def test_a_loss_of_lives_whose_owners_are_said_is_a_death(
    read: Callable[..., Extraction], text: str
) -> None:
    assert [(n, q) for n, q, _ in killed(read(text))] == [
        (None, Qualifier.UNKNOWN.value)
    ]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Artillery strikes have killed and injured civilians across the region.",
            "civilians",
        ),
        ("The militia killed and then beheaded the teacher.", "teacher"),
        ("Civilians continue to be killed in the north.", "Civilians"),
        ("Aid workers keep being killed.", "Aid workers"),
    ],
)
def test_a_victim_the_parser_hangs_elsewhere(
    read: Callable[..., Extraction], text: str, victim: str
) -> None:
    assert [v for _, _, v in killed(read(text))] == [victim]


@pytest.mark.parametrize(
    "text",
    [
        "The drone killed and destroyed vehicles.",
        "The army says it has killed and injured nobody.",
    ],
)
def test_no_people_no_death(read: Callable[..., Extraction], text: str) -> None:
    assert killed(read(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The killing of journalists must never be tolerated.",
        "No civilian deserves to be killed.",
        "Civilians refuse to be killed in silence.",
    ],
)
def test_a_kind_of_death_or_a_refusal_is_no_report(
    read: Callable[..., Extraction], text: str
) -> None:
    assert killed(read(text)) == []
