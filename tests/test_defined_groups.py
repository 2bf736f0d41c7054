"""Groups a text spells out in parentheses ("the Quad (A, B, C and D)") are
their members wherever they are named again (kg/extract/groups.py), in
shapes written anew for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import CF, RD
from conftest import calls_of as calls

from kg.model import Extraction

pytestmark = pytest.mark.model

STATE = "US Department of State"
TITLE = "Joint statement by the Contact Group and the Friends on the region"
INTRO = (
    "The following is a joint statement by the Contact Group (Chad, Niger and "
    "Mali) and the Friends (Ghana and Togo) on the region.\n\n"
)
GROUP_A = {"Chad", "Niger", "Mali"}
BOTH = GROUP_A | {"Ghana", "Togo"}


@pytest.mark.parametrize(
    ("body", "demand", "agents"),
    [
        (
            "Members of the Contact Group and the Friends welcome the truce and "
            "call for its full implementation.",
            CF,
            BOTH,
        ),
        ("We call on the parties to release all detainees.", RD, BOTH),
        ("The Contact Group calls for an immediate ceasefire.", CF, GROUP_A),
    ],
)
def test_a_group_defined_in_parentheses_is_its_members(
    read: Callable[..., Extraction], body: str, demand: str, agents: set
) -> None:
    found = calls(read(INTRO + body, title=TITLE, publisher=STATE))
    assert found == {(a, demand) for a in agents}


@pytest.mark.parametrize(
    "intro",
    [
        # one name in the parentheses, or a clause: no group is defined
        "The Contact Group (Chad) met on Monday.\n\n",
        "The Contact Group (which Chad and Niger founded) met on Monday.\n\n",
    ],
)
def test_no_list_of_names_defines_no_group(
    read: Callable[..., Extraction], intro: str
) -> None:
    ex = read(intro + "The Contact Group calls for an immediate ceasefire.")
    assert {a for a, _ in calls(ex)} & {"Chad", "Niger"} == set()


def test_a_joint_statement_endorses_a_call_for_every_signatory(
    read: Callable[..., Extraction],
) -> None:
    # a call echoed or condemnation made by a joint "we": each member, alike
    text = (
        "I make this statement on behalf of Chad, Niger and Mali.\n\n"
        "We echo the Secretary-General's call for an immediate ceasefire. "
        "We condemn the attacks by the militia on the camps."
    )
    ex = read(text, title="Joint statement on the region", publisher=STATE)
    members = {"Chad", "Niger", "Mali"}
    assert {a for a, d in calls(ex) if d == CF} >= members


@pytest.mark.parametrize(
    ("intro", "authors"),
    [
        (
            "Thank you, President. I have the honour to speak on behalf of "
            "Denmark, Finland and Norway.\n\n",
            {"Denmark", "Finland", "Norway"},
        ),
        (
            "We deliver this statement on behalf of Ghana and Togo.\n\n",
            {"Ghana", "Togo"},
        ),
        # on behalf of people, not of states: the publisher speaks
        (
            "Thank you, President. I speak on behalf of the victims who cannot be "
            "here.\n\n",
            {"United States"},
        ),
    ],
)
def test_who_a_speaker_speaks_on_behalf_of_calls(
    read: Callable[..., Extraction], intro: str, authors: set
) -> None:
    ex = read(intro + "We call for an immediate ceasefire.", publisher=STATE)
    assert calls(ex) == {(a, CF) for a in authors}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a known state before the parenthesis, or persons inside it
        (
            "Fighting went on in Sudan (the SAF and the RSF). Sudan calls for an "
            "immediate ceasefire.",
            "Rapid Support Forces",
        ),
        (
            "The leaders of the United States and Russia (Joe Biden and Vladimir "
            "Putin) met. Russia calls for an immediate ceasefire.",
            "United States",
        ),
    ],
)
def test_a_known_name_before_a_parenthesis_is_no_group(
    read: Callable[..., Extraction], text: str, absent: str
) -> None:
    assert absent not in {a for a, _ in calls(read(text))}
