"""Who speaks, calls and condemns, in shapes written anew for these tests
(found missing on blind sets of real statements and news):

- "the bombing in Kabul, which the Islamic State claimed": a claim in a
  relative clause names the doer of the act condemned; "no group" is no one;
- "Ethiopia's neighbours", "Russia's allies" are not the state; "Both the
  United States and Iran" are those two, never "both states" from before;
- "According to the EU, Russia must withdraw"; "Alongside the AU, we call";
  "the members of the council"; "X issued a statement denouncing Y";
- "We call upon X, and Y to stop": an infinitive the parser joined to the cue;
- "condemn in the strongest terms the attacks carried out by X", whatever the
  parser hangs on "terms"; "the group" is no state and not its verb's subject.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import EO, HA, WD, attackers_of
from conftest import calls_of as calls
from conftest import condemnations_of as condemnations

from kg.model import EventKind, Extraction

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States strongly condemned Sunday's suicide bombing in "
            "Kabul, which the Islamic State claimed.",
            {("United States", "Islamic State")},
        ),
        (
            "France condemned the attack on the army base, which JNIM later claimed.",
            {("France", "JNIM")},
        ),
        (
            "Kenya denounced the raid that al-Shabaab claimed on Monday.",
            {("Kenya", "al-Shabaab")},
        ),
    ],
)
def test_a_claim_in_a_relative_clause_names_the_doer(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert condemnations(read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Britain condemned the attack, which no group has claimed.",
        "Kenya condemned the bombing, which neither side has claimed.",
        "Canada condemned the raid. No group has claimed it so far.",
    ],
)
def test_no_group_is_no_one(read: Callable[..., Extraction], text: str) -> None:
    ex = read(text)
    assert condemnations(ex) == set()
    # the condemner never becomes the doer of what it condemns
    assert attackers_of(ex) <= {None}


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia's neighbours demanded that Eritrean troops leave Tigray.",
        "Russia's allies urged a ceasefire.",
        "Israel's Western backers called for restraint.",
    ],
)
def test_a_states_neighbours_allies_or_backers_are_not_the_state(
    read: Callable[..., Extraction], text: str
) -> None:
    assert calls(read(text)) == set()


def test_a_states_own_officials_still_speak_for_it(
    read: Callable[..., Extraction],
) -> None:
    got = calls(
        read("Ethiopia's foreign minister demanded that Eritrean troops leave.")
    )
    assert got == {("Ethiopia", WD)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the UN, the parties should allow aid convoys through.",
            {("United Nations", HA)},
        ),
        (
            "According to the European Union, Russia must withdraw its forces "
            "from Ukraine.",
            {("European Union", WD)},
        ),
        (
            "According to Washington, Hamas should accept the deal and stop "
            "firing rockets.",
            {("United States", EO)},
        ),
        # a report or witnesses are no actor: nothing is asked of anyone
        ("According to the report, the army must end its attacks on villages.", set()),
        ("According to witnesses, the soldiers must have fired on the crowd.", set()),
    ],
)
def test_according_to_names_who_states_an_obligation(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kabul officials called for a ceasefire.", {("Afghanistan", "Ceasefire")}),
        (
            "The Kabul government urged the Taliban to free the hostages.",
            {("Afghanistan", "ReleaseOfDetainees")},
        ),
        ("Moscow's strikes on Kyiv killed five people.", None),
    ],
)
def test_a_capital_before_an_organ_or_as_owner_is_the_state(
    read: Callable[..., Extraction], text: str, expected: set | None
) -> None:
    ex = read(text)
    if expected is None:
        assert attackers_of(ex) == {"Russia"}
    else:
        assert calls(ex) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both the United States and Iran called for restraint.",
            {("United States", "DeEscalation"), ("Iran", "DeEscalation")},
        ),
        (
            "Talks were held in Doha. Both Qatar and Egypt urged Hamas to free "
            "the hostages.",
            {("Qatar", "ReleaseOfDetainees"), ("Egypt", "ReleaseOfDetainees")},
        ),
        (
            "Russia and Ukraine met in Istanbul. Both states called for a "
            "prisoner swap.",
            {("Russia", "ReleaseOfDetainees"), ("Ukraine", "ReleaseOfDetainees")},
        ),
    ],
)
def test_both_before_names_is_those_names(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The members of the Security Council demand that there be no "
            "further attacks.",
            {("UN Security Council", EO)},
        ),
        (
            "The Security Council met on Monday. The members of the council "
            "called for an immediate ceasefire.",
            {("UN Security Council", "Ceasefire")},
        ),
        (
            "The EU Council met in Brussels. Members of the council urged "
            "Russia to withdraw.",
            {("European Union", WD)},
        ),
    ],
)
def test_the_members_of_a_body_speak_for_it(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("The members of the Security Council demand that the attacks stop.", "VERB"),
        ("Both delegations call for calm.", "VERB"),
        ("The council's demand was ignored.", "NOUN"),
    ],
)
def test_a_statement_verb_read_as_a_noun_is_a_verb(nlp, text: str, pos: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    word = next(t for t in doc if t.lower_ in ("demand", "call"))
    assert word.pos_ == pos


STATE = "US Department of State"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We condemn in the strongest possible terms the outrageous attacks "
            "carried out today by Daesh at a market in Hilla.",
            {("United States", "Islamic State")},
        ),
        (
            "We condemn in the strongest terms continuing attacks on civilians "
            "by the RSF in Darfur.",
            {("United States", "Rapid Support Forces")},
        ),
        (
            "The United States condemns in the strongest terms the attack "
            "perpetrated by JNIM against the army.",
            {("United States", "JNIM")},
        ),
    ],
)
def test_condemned_in_the_strongest_terms_whatever_the_parse(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    ex = read(text, publisher=STATE)
    assert condemnations(ex) == expected
    # and the act condemned is the doer's
    assert attackers_of(ex) - {None} <= {t for _, t in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alongside the AU and other partners, we call for the release of the "
            "detainees.",
            {
                ("United Kingdom", "ReleaseOfDetainees"),
                ("African Union", "ReleaseOfDetainees"),
            },
        ),
        (
            "Together with France, Germany called for a ceasefire.",
            {("Germany", "Ceasefire"), ("France", "Ceasefire")},
        ),
        (
            "Britain, along with Canada, urged Russia to withdraw.",
            {("United Kingdom", WD), ("Canada", WD)},
        ),
        # "with" alone makes no partner
        (
            "Britain called with urgency for a ceasefire.",
            {("United Kingdom", "Ceasefire")},
        ),
    ],
)
def test_who_makes_a_call_alongside_the_caller(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    ex = read(text, publisher="UK Foreign, Commonwealth & Development Office")
    assert calls(ex) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Islamic State group claimed the bombing. The White House "
            "condemned the group.",
            {("United States", "Islamic State")},
        ),
        (
            "Al-Shabaab attacked the hotel. Kenya condemned the group and vowed to "
            "hunt down the attackers.",
            {("Kenya", "al-Shabaab")},
        ),
        # a state named before is never "the group"
        (
            "Russia shelled the city. Amnesty International condemned the group "
            "responsible.",
            set(),
        ),
    ],
)
def test_the_group_is_the_last_body_named_that_is_no_state(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert condemnations(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected_demands", "addressed"),
    [
        (
            "We call upon the government and military of Sri Lanka, and the Tamil "
            "Tigers to immediately stop hostilities.",
            {"Ceasefire"},
            {"Sri Lanka", "Liberation Tigers of Tamil Eelam"},
        ),
        (
            "We urge the army, and the RSF to protect civilians.",
            {"ProtectionOfCivilians"},
            {"Rapid Support Forces"},
        ),
        (
            "We call on the junta, and all armed groups to release every detainee.",
            {"ReleaseOfDetainees"},
            set(),
        ),
    ],
)
def test_an_infinitive_the_parser_joins_to_the_call(
    read: Callable[..., Extraction], text: str, expected_demands: set, addressed: set
) -> None:
    ex = read(text, publisher=STATE)
    [call] = [e for e in ex.events if e.kind is EventKind.CALL]
    assert call.agent is not None and call.agent.label == "United States"
    assert set(call.demands) == expected_demands
    assert addressed <= {a.label for a in call.addressees}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt's foreign ministry issued a statement denouncing the Israeli strike.",
            {("Egypt", "Israel")},
        ),
        (
            "Egypt issued a statement condemning the Israeli strike on the school.",
            {("Egypt", "Israel")},
        ),
        (
            "Gunmen from Boko Haram attacked a village. Amnesty International called "
            "the killings a war crime and condemned the group.",
            {("Amnesty International", "Boko Haram")},
        ),
    ],
)
def test_a_statement_issued_condemning_and_the_group_condemned(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert condemnations(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt issued a statement urging Hamas to free the hostages.",
            {("Egypt", "ReleaseOfDetainees")},
        ),
        (
            "Qatar published a statement demanding that Israel allow aid into Gaza.",
            {("Qatar", HA)},
        ),
        (
            "The M23 seized Goma. The Security Council demanded their withdrawal.",
            {("UN Security Council", WD)},
        ),
    ],
)
def test_a_statement_issued_calling_is_its_issuers_call(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


UK_FCDO = "UK Foreign, Commonwealth & Development Office"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Like the Secretary-General, we call for the release of all hostages.",
            {
                ("United Kingdom", "ReleaseOfDetainees"),
                ("United Nations", "ReleaseOfDetainees"),
            },
        ),
        (
            "As the Secretary-General has said, those responsible must be held to "
            "account.",
            {
                ("United Kingdom", "Accountability"),
                ("United Nations", "Accountability"),
            },
        ),
        # "like" naming no one lends no voice
        (
            "Like many others, we call for a ceasefire.",
            {("United Kingdom", "Ceasefire")},
        ),
    ],
)
def test_a_call_made_like_or_as_another_is_both_of_theirs(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text, publisher=UK_FCDO)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "According to the UN Charter, Russia must withdraw its troops from Ukraine.",
        "According to the Security Council resolution, Israel must withdraw from Gaza.",
    ],
)
def test_review_according_to_a_text_is_no_call(
    read: Callable[..., Extraction], text: str
) -> None:
    assert calls(read(text)) == set()


def test_review_the_armed_group_addressed_is_not_the_caller(
    read: Callable[..., Extraction],
) -> None:
    ex = read(
        "Boko Haram abducted 50 girls. UNICEF called on the armed group to release them."
    )
    [call] = [e for e in ex.events if e.kind is EventKind.CALL]
    assert call.agent is not None and call.agent.label == "UNICEF"
    assert [a.label for a in call.addressees] == ["Boko Haram"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.N. Secretary-General Ban Ki-moon spoke to the Libyan prime minister. "
            '"The Libyan authorities must stop attacking civilians," said Ban.',
            {("United Nations", EO), ("United Nations", "ProtectionOfCivilians")},
        ),
        (
            "Chinese President Xi Jinping met the Russian president. Xi called for "
            "talks.",
            {("China", "Negotiations")},
        ),
        (
            "Antony Blinken arrived in Kyiv. Blinken called for restraint.",
            {("United States", "DeEscalation")},
        ),
    ],
)
def test_a_name_alone_is_the_full_name_before_family_name_first_too(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels ignored calls by the African Union for a truce.",
            {("African Union", "Ceasefire")},
        ),
        (
            "The junta has defied calls from ASEAN to release political prisoners.",
            {("ASEAN", "ReleaseOfDetainees")},
        ),
        (
            "The rebels ignored the African Union's call for a truce.",
            {("African Union", "Ceasefire")},
        ),
        # a call no one is said to have made, rejected: none
        ("Russia rejected calls for a ceasefire.", set()),
        ("Russia rejected its own call for a ceasefire.", set()),
    ],
)
def test_a_call_ignored_or_defied_is_still_its_makers(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected
