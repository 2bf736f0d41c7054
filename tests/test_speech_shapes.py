"""Calls in the shapes of delegations' speeches and press statements, written
anew for these tests:

- "X supports calls for ...", parsed with the endorsing verb as the subject
  of a verb "calls": the endorser calls;
- "We are deeply concerned by X and call for Y", "Norway is appalled by the
  attack and demands ...": a verb joined to an adjective or a passive shares
  its subject, never the "by" phrase;
- "pressed X on the need to ...": pressing someone on a need asks for it;
- "call for it to stop": "it" is the violence named just before;
- "we need the parties to agree ...", "X is our priority": necessity and
  priority said in other words;
- "we voted for this resolution because it calls for ...": the document's
  issuer calls, not the voter, and a document with no known issuer gives no
  call;
- demands in open phrasing: "see the detainees released", "the hostages
  home", "bring the parties to the table", "getting aid into ...".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import AC, CF, DE, EO, HA, NG, PC, RD, WD
from conftest import calls_of as calls

from kg.extract.demands import classify
from kg.model import Extraction

pytestmark = pytest.mark.model

UK = "UK Foreign, Commonwealth & Development Office"
US_UN = "US Mission to the United Nations"
STATEMENT = "Statement by the Foreign Secretary on the conflict"
EXPLANATION = (
    "Explanation of vote following the adoption of a UNSC resolution on the region"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United Kingdom supports calls for an independent inquiry into "
            "the shootings.",
            {("United Kingdom", AC)},
        ),
        ("Canada backs calls for a ceasefire along the border.", {("Canada", CF)}),
        ("Japan echoes calls for restraint on both sides.", {("Japan", DE)}),
        (
            "Norway joins calls for the release of the detained reporters.",
            {("Norway", RD)},
        ),
    ],
)
def test_an_endorser_parsed_as_subject_makes_the_call(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway is appalled by the attack on the convoy and demands an "
            "independent investigation.",
            {("Norway", AC)},
        ),
        (
            "Ireland was shocked by the footage and called on Israel to let aid "
            "into the north.",
            {("Ireland", HA)},
        ),
        (
            "Brazil is deeply concerned by the clashes and calls for an "
            "immediate ceasefire.",
            {("Brazil", CF)},
        ),
        (
            "Kenya was alarmed by the reports and urged the army to halt its advance.",
            {("Kenya", EO)},
        ),
    ],
)
def test_a_verb_joined_to_a_feeling_shares_its_subject(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


def test_the_by_phrase_of_a_passive_is_never_the_one_who_calls(
    read: Callable[..., Extraction],
) -> None:
    # the feeling's cause ("by Russia's strikes") is no agent of "urges"
    found = calls(
        read(
            "Finland is alarmed by Russia's strikes and urges a return to negotiations."
        )
    )
    assert ("Finland", NG) in found
    assert not any(agent == "Russia" for agent, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Blinken pressed Netanyahu on the need to protect civilians.",
            {("United States", PC)},
        ),
        (
            "Canada pressed both leaders on the need for an immediate ceasefire.",
            {("Canada", CF)},
        ),
        (
            "Guterres pressed the generals on the importance of getting aid into "
            "Darfur.",
            {("United Nations", HA)},
        ),
    ],
)
def test_pressing_someone_on_a_need_asks_for_it(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reporters pressed the minister on the deaths of civilians.",
        "The army pressed on with its offensive despite the appeals.",
    ],
)
def test_pressing_on_anything_else_asks_nothing(
    read: Callable[..., Extraction], text: str
) -> None:
    assert calls(read(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We are deeply concerned by the fighting and call for it to stop.",
            {("United Kingdom", CF)},
        ),
        (
            "The shelling of the port is appalling and we call for it to end "
            "immediately.",
            {("United Kingdom", EO)},
        ),
        (
            "The fighting around the airport goes on. We demand that it stop.",
            {("United Kingdom", CF)},
        ),
    ],
)
def test_it_to_stop_is_the_violence_named_before(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text, title=STATEMENT, publisher=UK)) == expected


def test_stopping_what_is_no_violence_asks_nothing(
    read: Callable[..., Extraction],
) -> None:
    ex = read(
        "The talks have stalled and we call for them to end.",
        title=STATEMENT,
        publisher=UK,
    )
    assert not any(d in (NG, CF, EO, DE) for _, d in calls(ex))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We need the parties to agree to a ceasefire that holds.",
            {("United Kingdom", CF)},
        ),
        (
            "We need all sides to allow aid convoys through.",
            {("United Kingdom", HA)},
        ),
        (
            "The release of all hostages is our priority.",
            {("United Kingdom", RD)},
        ),
        (
            "Protecting civilians remains our top priority.",
            {("United Kingdom", PC)},
        ),
        (
            "There remains an urgent need for humanitarian access.",
            {("United Kingdom", HA)},
        ),
    ],
)
def test_necessity_and_priority_in_other_words(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text, title=STATEMENT, publisher=UK)) == expected


def test_someone_elses_goal_is_no_call(read: Callable[..., Extraction]) -> None:
    ex = read(
        "A ceasefire is their goal, the envoy said.", title=STATEMENT, publisher=UK
    )
    assert calls(ex) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States voted in favor of this resolution because it "
            "calls for the release of all hostages.",
            {("UN Security Council", RD)},
        ),
        (
            "Norway voted for this resolution, since it demands that the "
            "parties allow aid in.",
            {("UN Security Council", HA)},
        ),
        (
            "Ghana voted for the resolution as it calls for an immediate ceasefire.",
            {("UN Security Council", CF)},
        ),
    ],
)
def test_it_of_a_resolution_is_the_council(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text, title=EXPLANATION, publisher=US_UN)) == expected


def test_it_of_a_document_nobody_issued_is_no_voter(
    read: Callable[..., Extraction],
) -> None:
    # before, "it" fell to the voter: Russia "demanded" access
    ex = read("Russia vetoed the text although it demanded humanitarian access.")
    assert ("Russia", HA) not in calls(ex)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("we want to see all detainees released without delay", RD),
        ("the hostages freed and reunited with their families", RD),
        ("to see the hostages home", RD),
        ("to bring the captives back home", RD),
        ("to bring the parties to the table", NG),
        ("getting both sides back to the negotiating table", NG),
        ("the importance of getting aid into the besieged city", HA),
        ("to move more supplies in before winter", HA),
        ("bringing food to the displaced", HA),
    ],
)
def test_demands_in_open_phrasing(text: str, concept: str) -> None:
    assert concept in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "to bring the troops home",
        "to move the embassy to the capital",
        "to get the report into the record",
    ],
)
def test_open_phrasing_keeps_its_bounds(text: str) -> None:
    assert not {RD, HA, NG} & set(classify(text))


def test_withdrawal_still_read_with_troops_home(
    read: Callable[..., Extraction],
) -> None:
    ex = read("Mali urged France to withdraw its troops and bring them home.")
    assert ("Mali", WD) in calls(ex)
