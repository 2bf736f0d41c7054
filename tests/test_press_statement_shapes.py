"""Press statements, joint statements and Council speeches, written anew for
these tests:

- "We re-iterate our call", "The EU re-affirms": a hyphen after "re" keeps
  the verb one token with its lemma;
- "The UK expresses its regret ... and calls on X": a second verb of the
  subject, parsed as a clause without one;
- "the United States, Ireland, and the United Kingdom called for": a list the
  parser splits into an apposition and a conjunct, each a caller;
- a joint statement's bare "Ministers also called for": each signatory;
- "condemns the violence between X and Y": both sides; "deplores the killings,
  and targeting of villages by X": the doer of the second act;
- "a deadly attack for which X claimed credit", "X took responsibility": the
  claimant is the attack's perpetrator and the condemned;
- "welcome the truce and call for its full implementation", "urge them to
  respect it": what "it" stands for;
- demands in open phrasing: lay down weapons, reject violence, "this, too,
  must stop", the application of IHL and human rights law, targeting of
  humanitarian personnel, protecting activists and leaders, a mission that
  needs access or has the resources, appointing an envoy, resolving
  differences, reaching an agreement.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import (
    AC,
    CF,
    DE,
    EO,
    HA,
    II,
    IL,
    PC,
    PS,
    RD,
    attackers_of,
    condemnations_of,
)
from conftest import calls_of as calls

from kg.extract.demands import classify
from kg.model import Extraction

pytestmark = pytest.mark.model

UK = "UK Foreign, Commonwealth & Development Office"
STATE = "US Department of State"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We re-iterate our call for an immediate ceasefire in the north.",
            {("European Union", CF)},
        ),
        (
            "The EU re-affirms its call for unhindered humanitarian access.",
            {("European Union", HA)},
        ),
        (
            "Re-stating our position, we call for the release of all hostages.",
            {("European Union", RD)},
        ),
    ],
)
def test_a_hyphen_after_re_keeps_the_verb(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    ex = read(
        text,
        title="Statement by the High Representative on the crisis",
        publisher="European External Action Service",
    )
    assert calls(ex) == expected


def test_re_hyphen_verbs_keep_their_lemma(nlp) -> None:  # noqa: ANN001
    doc = nlp("Norway re-affirmed its support and re-doubled its efforts.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["re-affirmed"] == "reaffirm"
    assert lemmas["re-doubled"] == "redouble"
    assert len(doc) == 9  # "re-affirmed" and "re-doubled" are one token each


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UK expresses its heartfelt regret for the loss of lives by those "
            "caught up in this violence and calls on both armies to cease all "
            "hostilities against each other.",
            {("United Kingdom", CF)},
        ),
        (
            "Japan expresses its deep sorrow for the victims of the floods and "
            "calls on all parties to allow aid convoys through.",
            {("Japan", HA)},
        ),
        (
            "Canada voices its concern over the fate of the detainees held by "
            "the militia and calls for their immediate release.",
            {("Canada", RD)},
        ),
    ],
)
def test_a_second_verb_parsed_without_a_subject(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On July 2, the United States, Ireland, and the United Kingdom called "
            "for a public meeting of the Council on the protection of civilians.",
            {"United States", "Ireland", "United Kingdom"},
        ),
        (
            "Last week, France, Germany, and Italy called for an immediate ceasefire.",
            {"France", "Germany", "Italy"},
        ),
    ],
)
def test_every_name_of_a_split_list_calls(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert {agent for agent, _ in calls(read(text))} == expected


JOINT = (
    "A joint statement from the Governments of Norway, Kenya and Japan after "
    "their meeting on the crisis\n\n"
    "The Foreign Ministers of Norway, Kenya and Japan met on 4 May in Oslo.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("Ministers also called for the release of all political prisoners.", RD),
        ("The Ministers stressed that now was the time to reach an agreement.", PS),
        ("Ministers urged the parties to lay down their weapons.", CF),
    ],
)
def test_a_joint_statements_ministers_are_its_signatories(
    read: Callable[..., Extraction], sentence: str, concept: str
) -> None:
    ex = read(JOINT + sentence, title="Joint statement on the crisis")
    assert calls(ex) == {(s, concept) for s in ("Norway", "Kenya", "Japan")}


def test_some_ministers_are_no_signatories(read: Callable[..., Extraction]) -> None:
    ex = read(
        JOINT + "Two ministers later called for a ceasefire.",
        title="Joint statement on the crisis",
    )
    assert {a for a, _ in calls(ex)} <= {"Norway", "Kenya", "Japan"}
    assert len({a for a, _ in calls(ex)}) != 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UK condemns the fighting between Hamas and Israel.",
            {("United Kingdom", "Hamas"), ("United Kingdom", "Israel")},
        ),
        (
            "Kenya condemned the clashes between the army and the RSF in Khartoum.",
            {("Kenya", "Rapid Support Forces")},
        ),
        (
            "We condemn the renewed violence between the M23 and the Congolese army.",
            {
                ("United States", "M23"),
                ("United States", "Democratic Republic of the Congo"),
            },
        ),
    ],
)
def test_violence_between_two_sides_condemns_both(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    found = condemnations_of(read(text, title="Press statement", publisher=STATE))
    assert expected <= found


def test_a_place_between_two_names_condemns_neither(
    read: Callable[..., Extraction],
) -> None:
    ex = read("Norway condemns the attack on the road between Goma and Rutshuru.")
    assert condemnations_of(ex) == set()


def test_the_doer_of_an_act_parsed_as_a_verb(read: Callable[..., Extraction]) -> None:
    ex = read(
        "The United Kingdom deplores the killings of unarmed civilians, and "
        "targeting of villages by Wagner."
    )
    assert ("United Kingdom", "Wagner Group") in condemnations_of(ex)


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        (
            "Kabul suffered a deadly attack for which the Taliban claimed credit. "
            "The Embassy condemns this act of violence.",
            "Taliban",
        ),
        (
            "A bomb exploded at a bus station in Jos. Boko Haram took "
            "responsibility for the bombing.",
            "Boko Haram",
        ),
        (
            "Gunmen stormed a hotel in Mogadishu. Al-Shabaab later took "
            "responsibility for the assault.",
            "al-Shabaab",
        ),
    ],
)
def test_who_owns_an_attack(
    read: Callable[..., Extraction], text: str, perpetrator: str
) -> None:
    assert perpetrator in attackers_of(read(text))


def test_a_claim_of_victory_is_no_claim_of_an_attack(
    read: Callable[..., Extraction],
) -> None:
    ex = read("A bomb exploded in Jos. The ruling party claimed victory in the vote.")
    assert attackers_of(ex) == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We welcome the decision of both sides to extend the current ceasefire "
            "for 72 hours and call for its full implementation.",
            {("United States", CF)},
        ),
        (
            "The parties signed a peace agreement last week. We urge them to "
            "implement it without delay.",
            {("United States", PS)},
        ),
        (
            "We welcome the truce and call on all sides to respect it.",
            {("United States", CF)},
        ),
    ],
)
def test_what_it_stands_for(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text, title="Press statement", publisher=STATE)) == expected


def test_implementing_what_is_no_demand_asks_nothing(
    read: Callable[..., Extraction],
) -> None:
    ex = read(
        "The government published its budget and we call for its full implementation.",
        title="Press statement",
        publisher=STATE,
    )
    assert calls(ex) == set()


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("for armed groups to lay down their weapons", CF),
        ("the militias to put down their arms", CF),
        ("to reject violence and pursue dialogue", DE),
        ("to renounce all forms of violence", DE),
        ("and this, too, must stop immediately", EO),
        ("those responsible must cease these dangerous and provocative actions", EO),
        (
            "to ensure the full application of international humanitarian and "
            "human rights law",
            IL,
        ),
        ("the targeting of humanitarian personnel must stop", PC),
        ("to step up efforts to protect activists and local leaders", PC),
        ("the mission needs access when civilians are in danger", HA),
        ("that the mission has the resources it needs", II),
        ("to agree to the appointment of a special envoy", II),
        ("for the international community to wake up and take action", II),
        ("for all sides to resolve their differences", PS),
        ("now is the time to reach an agreement", PS),
        ("remains the only way to achieve long-term peace", PS),
    ],
)
def test_demands_in_open_phrasing(text: str, concept: str) -> None:
    assert concept in classify(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("to lay down new rules for exports", CF),
        ("the mission has a new headquarters", II),
        ("to protect their market share", PC),
        ("to apply for membership", IL),
        ("to investigate the leak", HA),
    ],
)
def test_open_phrasing_keeps_its_bounds(text: str, concept: str) -> None:
    assert concept not in classify(text)


def test_accountability_still_read_with_leaders(
    read: Callable[..., Extraction],
) -> None:
    ex = read("Peru urged the army to bring the killers of local leaders to justice.")
    assert ("Peru", AC) in calls(ex)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel is committed to reaching another agreement – now Hamas must "
            "agree to a ceasefire.",
            {("United States", CF)},
        ),
        (
            "The talks in Geneva have failed; the army must now stop the shelling "
            "of the city.",
            {("United States", EO)},
        ),
        (
            "France has offered to host negotiations: the militia must release "
            "the hostages.",
            {("United States", RD)},
        ),
    ],
)
def test_an_obligation_is_read_from_its_own_clause(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text, title="Press statement", publisher=STATE)) == expected
