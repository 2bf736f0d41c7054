"""Who makes a call when the parse hides it (all sentences invented).

A wrong agent costs a user more than a missed call, so each shape here once
gave the call to someone else: the subject of a reported clause, the first of
two coordinated speakers, or the state a national commission is named after.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import AC, CF, DE, HA, II, NG, PC, WD
from conftest import calls_of as calls

from kg.model import Extraction

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech act joined to a reported clause is the reporter's
        (
            "Hamas said in a statement that the strikes showed Israel was not "
            "serious about the talks and called on mediators to secure a "
            "permanent ceasefire.",
            {("Hamas", CF)},
        ),
        (
            "Kenya said the raids proved that Somalia was unstable and urged the "
            "AU to send more peacekeepers.",
            {("Kenya", II)},
        ),
        (
            "The UN said Israel had blocked convoys and called for unhindered access.",
            {("United Nations", HA)},
        ),
        # two speakers joined by "and": each makes their own call
        (
            "Russia called for talks and Ukraine urged a ceasefire.",
            {("Russia", NG), ("Ukraine", CF)},
        ),
        (
            "Egypt called for calm and Jordan demanded the withdrawal of troops.",
            {("Egypt", DE), ("Jordan", WD)},
        ),
        (
            "France urged restraint, and Germany called for a truce.",
            {("France", DE), ("Germany", CF)},
        ),
        # a national commission or association is not its state
        (
            "The Ethiopian Human Rights Commission called for those responsible "
            "to be held accountable.",
            {("Ethiopian Human Rights Commission", AC)},
        ),
        (
            "The Sudanese Bar Association urged the army to protect civilians.",
            {("Sudanese Bar Association", PC)},
        ),
        # ... while a state's own bodies still speak for it
        ("The Nigerian Army called for calm.", {("Nigeria", DE)}),
    ],
)
def test_the_agent_is_who_asks(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected
