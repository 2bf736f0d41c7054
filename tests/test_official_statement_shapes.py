"""Shapes of official statements met on real texts nobody here tuned on (UN
Security Council statements, EU and State Department releases), written anew
for these tests.

- "his call for all parties to protect civilians", "the need for X to refrain
  from ...": the demand is the infinitive, wherever the parser hangs it;
- "Today's resolution makes clear that ... must": the document speaks for the
  body that adopted it, not for the member who reads it out;
- "17 million people need aid" counts a need, it asks nothing;
- "the demand that X cease attacks" reports no attack.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import CF, DE, EO, HA, PC, PS, RD, WD
from conftest import attackers_of as attackers
from conftest import calls_of as calls
from conftest import condemnations_of as condemnations

from kg.model import Extraction

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Secretary-General reiterates his call for all parties to protect "
            "civilians.",
            {("United Nations", PC)},
        ),
        (
            "The United States emphasized the need for Azerbaijan to refrain from "
            "hostilities and provide humanitarian access.",
            {("United States", CF), ("United States", HA)},
        ),
        (
            "Ghana stressed the need for the junta to release all detainees.",
            {("Ghana", RD)},
        ),
        (
            "Kenya renewed its appeal for both sides to return to talks.",
            {("Kenya", PS), ("Kenya", "Negotiations")},
        ),
    ],
)
def test_the_infinitive_after_a_nominal_call(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


UK_AT_THE_COUNCIL = dict(
    title="Statement by the UK at the UN Security Council meeting on Sudan",
    publisher="Foreign, Commonwealth & Development Office",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United Kingdom welcomes the adoption of this resolution. Today's "
            "resolution sends a clear message that the siege of El Fasher must end.",
            {("UN Security Council", EO)},
        ),
        (
            "We voted for this resolution. It makes clear that there needs to be "
            "a ceasefire and the withdrawal of the RSF from the city.",
            {("UN Security Council", CF), ("UN Security Council", WD)},
        ),
        # the member's own obligation stays the member's
        (
            "We voted for this resolution. The parties must now agree a ceasefire.",
            {("United Kingdom", CF)},
        ),
    ],
)
def test_a_resolution_speaks_for_the_council(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text, **UK_AT_THE_COUNCIL)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The UK said over 17 million people need humanitarian assistance.",
        "Some 25 million Sudanese need food aid, the minister said.",
        "Half a million children need urgent medical care, UNICEF said.",
    ],
)
def test_people_in_need_ask_for_nothing(
    read: Callable[..., Extraction], text: str
) -> None:
    assert calls(read(text)) == set()


def test_we_need_is_still_a_call(read: Callable[..., Extraction]) -> None:
    assert calls(read("The UN said: we need an immediate humanitarian pause.")) == {
        ("United Nations", CF)
    }


@pytest.mark.parametrize(
    "text",
    [
        "The UK welcomes Resolution 2722's demand that the Houthis cease attacks.",
        "Kenya repeated its call for an end to the shelling of Kharkiv.",
        "The Council issued an appeal to halt the bombing of Gaza.",
    ],
)
def test_an_attack_asked_to_stop_is_not_reported(
    read: Callable[..., Extraction], text: str
) -> None:
    assert attackers(read(text)) == set()


def test_calls_besides_an_attack_leave_it_reported(
    read: Callable[..., Extraction],
) -> None:
    ex = read("The Houthis claimed the attack on the ship, ignoring calls from the UN.")
    assert attackers(ex) == {"Houthis"}


# condemnation targets in statements' shapes
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place taken is no target; who took it is
        (
            "The EU condemns the capture of Walikale by the M23.",
            {("European Union", "M23")},
        ),
        ("Kenya condemned the seizure of Goma.", set()),
        ("Kenya condemned the M23's seizure of Goma.", {("Kenya", "M23")}),
        # "their" actions: the subjects of the sentence before
        (
            "The ADF and CODECO militias have killed dozens of villagers in Ituri. "
            "The EU condemns their violent actions.",
            {
                ("European Union", "Allied Democratic Forces"),
                ("European Union", "CODECO"),
            },
        ),
        (
            "Russia shelled Kherson again overnight. Germany condemned its actions.",
            {("Germany", "Russia")},
        ),
        # a doer hung on the victim, and doers named by "including"
        (
            "The UK condemns attacks targeting civilians carried out by ADF and "
            "CODECO.",
            {
                ("United Kingdom", "Allied Democratic Forces"),
                ("United Kingdom", "CODECO"),
            },
        ),
        (
            "The UK condemns the violence perpetrated by all armed groups, "
            "including M23 and ADF.",
            {("United Kingdom", "M23"), ("United Kingdom", "Allied Democratic Forces")},
        ),
    ],
)
def test_condemnation_targets_in_statements(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert condemnations(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several states, including France and Germany, called for a ceasefire.",
            {("France", CF), ("Germany", CF)},
        ),
        (
            "Western powers, including the United States, urged restraint.",
            {("United States", DE)},
        ),
        # an addressee's "including" names addressees, never agents
        (
            "All parties, including Hamas, must release the hostages, Qatar said.",
            {("Qatar", RD)},
        ),
    ],
)
def test_callers_named_by_including(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "This includes ...": the call just made, asking for more
        (
            "Ghana calls on M23 to halt its advance. This includes the withdrawal "
            "of M23 from Goma and an end to outside support for armed groups.",
            {("Ghana", EO), ("Ghana", WD), ("Ghana", DE)},
        ),
        (
            "Peru urged both sides to stop the fighting. That means opening the "
            "crossings to aid convoys.",
            {("Peru", CF), ("Peru", HA)},
        ),
        # no call just before: a description, not a demand
        ("The plan includes the withdrawal of troops from the border.", set()),
        # reminded of a duty
        (
            "Norway reminded Israel of its obligations under international "
            "humanitarian law.",
            {("Norway", "RespectForInternationalLaw")},
        ),
        (
            "The EU reminds the parties of the need for an immediate ceasefire.",
            {("European Union", CF)},
        ),
        ("Kenya reminded reporters of the time of the briefing.", set()),
        # what alone can work, and a modal the parser hangs on "be"
        (
            "The UK said only a negotiated political solution will lead to lasting "
            "peace.",
            {("United Kingdom", PS)},
        ),
        ("Only two people were killed, the mayor of Kherson said.", set()),
        (
            "Brazil said political dialogue should be preferred to military "
            "confrontation.",
            {("Brazil", PS), ("Brazil", "Negotiations")},
        ),
    ],
)
def test_more_statement_shapes(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ground taken: the capture condemned is the one the text reports
        (
            "Russian forces captured the village of Pokrovka. Poland condemned the "
            "capture of the village.",
            {("Poland", "Russia")},
        ),
        (
            "M23 and Rwandan troops took control of Walikale last week. We strongly "
            "condemn the capture of Walikale, the British ambassador said.",
            {("United Kingdom", "M23")},
        ),
        # what is violated is no target
        (
            "The EU condemns Rwanda's military presence in the DRC as a clear "
            "violation of international law, the UN Charter, and the territorial "
            "integrity of the DRC.",
            {("European Union", "Rwanda")},
        ),
    ],
)
def test_condemned_captures_and_violations(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert condemnations(read(text)) == expected
