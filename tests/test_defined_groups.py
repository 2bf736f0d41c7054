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
