"""Statements of delegations at the Security Council, in shapes written anew
for these tests:

- text copied at a fixed width: a sentence wrapped over lines is read whole;
- "We call on all parties to de-escalate tensions and preserve ...": the
  parser reads "to de-escalate" as a place; what follows "and" is asked too;
- "return to their bases", "withdraw to their former positions": withdrawal;
  "start talking", "talk to each other": negotiations;
- "the military", "the junta", "the armed forces": the forces of the state
  the text is about (never the author's, never when two states are named as
  often);
- "condemn the violence, including the military's use of air strikes": the
  example names the doer, and so does "X's use / campaign of" acts.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import CF, DE, HA, IL, NG, PC, PS, RD, WD
from conftest import calls_of as calls
from conftest import condemnations_of as condemnations

from kg.extract.demands import classify
from kg.ingest import clean
from kg.model import Extraction

pytestmark = pytest.mark.model

UK = "UK Foreign, Commonwealth & Development Office"
ON_MYANMAR = "UK statement at the UN Security Council on Myanmar"


def _read_raw(read: Callable[..., Extraction], text: str, **kw: str) -> Extraction:
    """Read ``text`` after ingest's cleaning, as a build reads a record."""
    return read(clean(text)[0], **kw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Statement at the Security Council\nmeeting on the region.\n"
            "We call on all parties to\nhalt the fighting at once.",
            {("United Kingdom", CF)},
        ),
        (
            "Remarks by the Ambassador.\nWe urge the\nparties to release every "
            "hostage\nwithout delay.",
            {("United Kingdom", RD)},
        ),
        (
            "Thank you, President.\nThe United Kingdom calls on both\n"
            "sides to exercise restraint.",
            {("United Kingdom", DE)},
        ),
    ],
)
def test_a_sentence_wrapped_over_lines_is_read_whole(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(_read_raw(read, text, title="UK statement", publisher=UK)) == expected


def test_a_list_line_by_line_keeps_its_breaks() -> None:
    text = "Our priorities\n- a ceasefire\n- aid access\nThe envoy spoke."
    assert clean(text)[0] == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We call on all parties to de-escalate tensions and preserve the "
            "space for negotiations.",
            {("United Kingdom", DE), ("United Kingdom", NG)},
        ),
        (
            "We call upon the armed groups to de-escalate immediately and "
            "release all detainees.",
            {("United Kingdom", DE), ("United Kingdom", RD)},
        ),
        (
            "The United Kingdom calls on the militias to de-escalate and "
            "withdraw to their former positions.",
            {("United Kingdom", DE), ("United Kingdom", WD)},
        ),
    ],
)
def test_a_second_verb_after_a_misread_infinitive_is_asked_too(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text, title="UK statement", publisher=UK)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("for the militia to withdraw to its former positions", (WD,)),
        ("rebel fighters must return to their bases", (WD,)),
        ("the units need to go back to their barracks", (WD,)),
        ("to fall back to the lines held in March", (WD,)),
        ("to stop fighting and start talking", (CF, NG)),
        ("leaders should talk to one another", (NG,)),
        ("the two presidents must resume talking", (NG,)),
        # a return to something else is no withdrawal
        ("displaced families must return to their homes", ()),
        ("to return to normal life", ()),
        ("to talk about the weather", ()),
    ],
)
def test_open_phrasings_of_withdrawal_and_talks(text: str, expected: tuple) -> None:
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar has suffered for three years. We condemn the military's "
        "indiscriminate air strikes on villages.",
        "Since the coup in Myanmar thousands have died. We condemn the junta's "
        "continued bombing of schools.",
        "The people of Myanmar deserve peace. We condemn the attacks on "
        "civilians carried out by the armed forces.",
    ],
)
def test_the_military_of_the_state_the_text_is_about(
    read: Callable[..., Extraction], text: str
) -> None:
    found = condemnations(read(text, title=ON_MYANMAR, publisher=UK))
    assert found == {("United Kingdom", "Myanmar")}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # two states named as often: whose military is it?
        (
            "Ethiopia and Eritrea both sent troops. We condemn the military's "
            "air strikes.",
            "UK statement on the Horn of Africa",
        ),
        # the only state named is the author's own
        (
            "The United Kingdom has long supported the region. We condemn the "
            "military's air strikes.",
            "UK statement on the region",
        ),
        # a military with its own name is that one, and "a military" is nobody
        (
            "Myanmar has suffered for years. We condemn the strikes by a "
            "military unit seen near the border.",
            ON_MYANMAR,
        ),
    ],
)
def test_no_home_state_no_military(
    read: Callable[..., Extraction], text: str, title: str
) -> None:
    found = condemnations(read(text, title=title, publisher=UK))
    assert ("United Kingdom", "Myanmar") not in found
    assert all(
        target not in ("Ethiopia", "Eritrea", "United Kingdom") for _, target in found
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Myanmar has suffered. We condemn the violence, including the "
            "military's use of air strikes.",
            {("United Kingdom", "Myanmar")},
        ),
        (
            "We condemn Russia's use of drones against power stations.",
            {("United Kingdom", "Russia")},
        ),
        (
            "We condemn the Houthis' campaign of attacks on shipping.",
            {("United Kingdom", "Houthis")},
        ),
        (
            "We condemn all violence, particularly the RSF's wave of attacks "
            "on displacement camps.",
            {("United Kingdom", "Rapid Support Forces")},
        ),
    ],
)
def test_the_doer_of_an_example_or_of_a_use_of_acts(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert condemnations(read(text, title=ON_MYANMAR, publisher=UK)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "addressed"),
    [
        (
            "The occupying power is duty bound to ensure unimpeded humanitarian "
            "access.",
            {("United Kingdom", HA)},
            set(),
        ),
        (
            "Russia is required to withdraw its troops from the region.",
            {("United Kingdom", WD)},
            {"Russia"},
        ),
        (
            "Israel is obliged to allow aid convoys through.",
            {("United Kingdom", HA)},
            {"Israel"},
        ),
        # not bound, or bound to nothing asked
        (
            "Israel is not obliged to allow aid through, its lawyers argue.",
            set(),
            set(),
        ),
        ("The envoy is required to report to the Council monthly.", set(), set()),
    ],
)
def test_bound_to_act_is_an_obligation_of_the_one_bound(
    read: Callable[..., Extraction], text: str, expected: set, addressed: set
) -> None:
    ex = read(text, title="UK statement", publisher=UK)
    assert calls(ex) == expected
    assert {a.label for e in ex.events for a in e.addressees} == addressed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The importance of protecting civilians cannot be overstated.",
            {("United Kingdom", PC)},
        ),
        (
            "The need for humanitarian access can never be overemphasised.",
            {("United Kingdom", HA)},
        ),
        (
            "We stress the imperative of protecting aid workers.",
            {("United Kingdom", PC)},
        ),
        # said of something else, or not negated: no demand
        ("The importance of this meeting can be overstated.", set()),
        ("The scale of the crisis cannot be overstated.", set()),
    ],
)
def test_an_importance_that_cannot_be_overstated_is_asked_for(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text, title="UK statement", publisher=UK)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fuel must be able to reach hospitals", (HA,)),
        ("medical supplies must be able to get into the besieged town", (HA,)),
        ("aid convoys should be able to pass", (HA,)),
        ("families must be able to return home", ()),
    ],
)
def test_supplies_able_to_reach_is_access(text: str, expected: tuple) -> None:
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "humanitarian personnel must be protected",
        "to protect medical staff and patients",
        "UN personnel must never be targeted",
    ],
)
def test_the_staff_of_aid_and_health_work_are_protected(text: str) -> None:
    assert classify(text) == (PC,)


def test_staff_of_anything_else_is_no_protection() -> None:
    assert classify("the personnel department must be reorganised") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to conclude a deal without delay", (PS,)),
        ("both sides must finalise the agreement", (PS,)),
        ("to strike a peace deal", (PS,)),
        # deals of another kind
        ("to conclude the arms deal", ()),
        ("to seal the trade agreement", ()),
    ],
)
def test_closing_a_deal_is_a_political_solution(text: str, expected: tuple) -> None:
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The joint statement by Ghana, Kenya and Chile calls for an immediate "
        "ceasefire.",
        "The communique of Ghana, Kenya and Chile calls for an immediate ceasefire.",
        "A declaration by the foreign ministers of Ghana, Kenya and Chile calls "
        "for an immediate ceasefire.",
    ],
)
def test_a_document_of_several_issuers_calls_for_each(
    read: Callable[..., Extraction], text: str
) -> None:
    assert calls(read(text)) == {(s, CF) for s in ("Ghana", "Kenya", "Chile")}


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs "by ..." on the verb and the clause on the last name
        "Chile welcomes the statement by Ghana and Kenya, which calls for an "
        "immediate ceasefire.",
        "Chile welcomes the statement by Ghana and Kenya calling for an immediate "
        "ceasefire.",
        "Chile echoes the call of Ghana and Kenya for an immediate ceasefire.",
    ],
)
def test_a_welcomed_document_calls_for_its_issuers_and_the_welcomer(
    read: Callable[..., Extraction], text: str
) -> None:
    assert calls(read(text)) == {(s, CF) for s in ("Ghana", "Kenya", "Chile")}


def test_a_relative_clause_on_a_name_outside_a_document_is_that_name(
    read: Callable[..., Extraction],
) -> None:
    text = "Chile thanked Ghana, which called for an immediate ceasefire."
    assert calls(read(text)) == {("Ghana", CF)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana has been pushing all parties toward an immediate ceasefire.",
            {("Ghana", CF)},
        ),
        (
            "Kenya is pressing both sides towards a negotiated settlement.",
            {("Kenya", PS)},
        ),
        ("Chile pressed the two leaders toward talks.", {("Chile", NG)}),
        # pushing a thing toward a place asks nothing
        ("Soldiers pushed the truck toward the checkpoint.", set()),
    ],
)
def test_pushing_someone_toward_a_demand_is_a_call(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile reminded all parties to the conflict of their obligations under "
            "international humanitarian law to protect civilians.",
            {("Chile", IL), ("Chile", PC)},
        ),
        (
            "Ghana reminded the parties to the conflict of their obligation to "
            "allow aid through.",
            {("Ghana", HA)},
        ),
        ("Kenya reminded reporters of the need for patience.", set()),
    ],
)
def test_a_reminder_of_a_duty_hung_on_the_addressee_is_a_call(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "to stop providing the rebels with military and financial support",
        "must cease supplying the militia with weapons",
        "to end giving armed groups with funding",
    ],
)
def test_stop_arming_a_side_is_de_escalation(text: str) -> None:
    assert DE in classify(text)


def test_strikes_the_noun_is_no_deal() -> None:
    assert PS not in classify("an end to strikes that violate the agreement")


@pytest.mark.parametrize(
    ("publisher", "text"),
    [
        # an army's own communique: "the army" is its author
        (
            "Israel Defense Forces",
            "The army struck Hezbollah positions in southern Lebanon overnight. "
            "Rockets from Lebanon had hit the north. Lebanon's government was silent.",
        ),
        # another state's forces in the story: whose military is unclear
        (
            None,
            "Israeli jets struck Lebanon on Monday. Lebanon said ten died. Lebanon "
            "protested. The military said it targeted Hezbollah sites.",
        ),
    ],
)
def test_the_military_is_not_the_state_most_named_when_unclear(
    read: Callable[..., Extraction], publisher: str | None, text: str
) -> None:
    ex = read(text, publisher=publisher)
    doers = {e.agent.label for e in ex.events if e.kind.value == "Attack" and e.agent}
    assert "Lebanon" not in doers
