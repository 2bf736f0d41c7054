"""Claims, other parties and reported obligations, in shapes written anew for
these tests:

- "the bombing in Kabul, which the Islamic State claimed", "the raid that
  al-Shabaab claimed": a claim in a relative clause names the doer of the act
  condemned; "which no group has claimed" names no one;
- "Ethiopia's neighbours", "Russia's allies": others than the state named,
  never its voice;
- "According to the EU, Russia must withdraw": the one it is according to
  states the obligation;
- "stop firing missiles", "hand power back to civilians", "troops leave X":
  demands in open phrasing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import EO, HA, PS, WD, attackers_of
from conftest import calls_of as calls
from conftest import condemnations_of as condemnations

from kg.extract.demands import classify
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
    ("words", "concept"),
    [
        ("to stop firing missiles", EO),
        ("cease shelling the town", EO),
        ("refrain from targeting aid convoys", EO),
        ("to hand power back to civilians", PS),
        ("return power to a civilian government", PS),
        ("Eritrean troops leave Tigray", WD),
        ("the foreign fighters quit the country", WD),
    ],
)
def test_demands_in_open_phrasing(words: str, concept: str) -> None:
    assert concept in classify(words)


@pytest.mark.parametrize(
    "words",
    ["to stop firing staff", "to hand out leaflets", "troops leave for training"],
)
def test_words_that_only_look_like_those_demands(words: str) -> None:
    assert classify(words) == ()


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
    ("text", "expected"),
    [
        (
            "Dozens die in Baghdad suicide blast claimed by IS.",
            {"Islamic State"},
        ),
        (
            "The attack on the market, claimed by al-Shabaab, killed ten people.",
            {"al-Shabaab"},
        ),
        (
            "A bomber struck a crowded tent in Baghdad. A tweet sent in the name "
            "of the Islamic State group claimed responsibility for the attack.",
            {"Islamic State"},
        ),
    ],
)
def test_claimed_by_and_claims_in_a_groups_name(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) - {None} == expected


def test_territory_claimed_by_a_state_owns_no_attack(
    read: Callable[..., Extraction],
) -> None:
    ex = read("Gunmen attacked a village in the area claimed by Sudan.")
    assert "Sudan" not in attackers_of(ex)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens died in a Baghdad suicide blast on Saturday.",
        "A Kabul car bomb killed 12 people.",
        "The Kyiv strike killed five people.",
    ],
)
def test_a_capital_before_an_act_is_where_not_who(
    read: Callable[..., Extraction], text: str
) -> None:
    assert attackers_of(read(text)) == {None}


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


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("that there be no further attacks", (EO,)),
        ("that the attacks stop", (EO,)),
        ("the shelling stop immediately", (EO,)),
        ("no further comment", ()),
        ("that attacks ended last week", ()),
    ],
)
def test_a_demand_in_the_subjunctive(words: str, expected: tuple) -> None:
    assert classify(words) == expected


def _statuses(ex: Extraction) -> list[str | None]:
    return [e.status for e in ex.events if e.kind is EventKind.ATTACK]


@pytest.mark.parametrize(
    "text",
    [
        "Allies have not sent enough air defences to protect the city against "
        "such attacks.",
        "The minister said such strikes were a crime.",
        "Zelensky criticised partners for not permitting Ukraine to use their "
        "weapons to strike launchers in Russia.",
    ],
)
def test_a_kind_of_attack_or_one_not_permitted_did_not_happen(
    read: Callable[..., Extraction], text: str
) -> None:
    assert "Happened" not in _statuses(read(text))
    assert None not in _statuses(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "The army was ordered to attack the town.",
        "The US allowed Ukraine to strike targets inside Russia.",
        "The commander told his men to shell the village.",
    ],
)
def test_an_attack_ordered_or_allowed_is_planned(
    read: Callable[..., Extraction], text: str
) -> None:
    assert _statuses(read(text)) == ["Planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces went on to attack the town.",
        "Russia used drones to strike Kyiv overnight.",
        "Militants managed to storm the base before dawn.",
    ],
)
def test_an_attack_done_is_still_reported(
    read: Callable[..., Extraction], text: str
) -> None:
    assert set(_statuses(read(text))) <= {"Happened", None}
    assert _statuses(read(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An anti-ship missile launched from Houthi-controlled territory in "
            "Yemen killed three crew members.",
            {"Houthis"},
        ),
        (
            "A rocket fired from Hamas-held territory killed two people in Sderot.",
            {"Hamas"},
        ),
        # a place is no holder
        ("A shell fired from the village killed a boy.", {None}),
    ],
)
def test_who_holds_the_ground_a_missile_came_from_fired_it(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab fighters stormed the base at dawn. Witnesses said attackers "
            "rammed a car into the gate, then opened fire on soldiers.",
            {"al-Shabaab"},
        ),
        (
            "Boko Haram raided the village on Sunday. The militants then opened "
            "fire on residents.",
            {"Boko Haram"},
        ),
        # other gunmen, maybe others' attack: no doer is lent
        (
            "Al-Shabaab attacked the base on Monday. Three days later, gunmen "
            "opened fire on a bus in the north.",
            {"al-Shabaab", None},
        ),
    ],
)
def test_doers_named_by_what_they_did_point_back(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) == expected


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
    "words",
    [
        "the return to power of democratically elected leaders",
        "restore the democratically elected government",
        "the return of the elected officials to their posts",
    ],
)
def test_restoring_elected_leaders_is_a_political_solution(words: str) -> None:
    assert PS in classify(words)


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
    ("words", "concept"),
    [
        ("to abide by the Jeddah Declaration", "RespectForInternationalLaw"),
        ("to honour the agreement they signed", "RespectForInternationalLaw"),
        ("to stop recruiting children", "ProtectionOfCivilians"),
        ("an end to the use of starvation as a weapon of war", "ProtectionOfCivilians"),
        ("stop the flow of weapons into Darfur", "DeEscalation"),
        ("to end external interference", "DeEscalation"),
    ],
)
def test_more_demands_in_open_phrasing(words: str, concept: str) -> None:
    assert concept in classify(words)


@pytest.mark.parametrize(
    "words",
    [
        "to allow the free movement of civilians",
        "freedom of the press for journalists",
        "to honour the agreement they signed",
    ],
)
def test_free_the_adjective_and_freedom_free_no_one(words: str) -> None:
    assert "ReleaseOfDetainees" not in classify(words)


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
    ("words", "concept"),
    [
        (
            "enforce international humanitarian standards in IDP camps",
            "RespectForInternationalLaw",
        ),
        ("grant visas to international aid groups", HA),
        ("issue visas for humanitarian staff", HA),
    ],
)
def test_standards_enforced_and_visas_granted(words: str, concept: str) -> None:
    assert concept in classify(words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The killing of eleven soldiers by the FARC is a serious obstacle.", {"FARC"}),
        (
            "Eleven members of the armed forces were killed and others wounded by "
            "a FARC brigade.",
            {"FARC"},
        ),
        (
            "Ten soldiers were killed and 12 were wounded by al-Shabaab fighters.",
            {"al-Shabaab"},
        ),
    ],
)
def test_the_doer_of_a_counted_killing_by_noun_or_joined_passive(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We meet again in response to Russia's continuing and intensifying "
            "attacks against Ukraine.",
            {"Russia"},
        ),
        (
            "The Houthis also joined Iran in launching drone and missile attacks.",
            {"Houthis"},
        ),
        ("Iran was accused of launching the drone attacks.", {"Iran"}),
        ("Israeli warplanes carried out strikes on Gaza.", {"Israel"}),
    ],
)
def test_who_launched_or_owns_the_attacks(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) == expected


def test_attacks_a_country_deserves_not_to_suffer_are_none(
    read: Callable[..., Extraction],
) -> None:
    ex = read("Afghanistan deserves peace and security, not attacks that hurt parents.")
    assert "Happened" not in _statuses(ex) and None not in _statuses(ex)


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
    ("text", "expected"),
    [
        (
            "The United States condemns today's attack against MINUSMA, the UN "
            "mission in Mali, which killed four peacekeepers.",
            {None},
        ),
        ("The airstrike on the market, which killed 12 people, was condemned.", {None}),
        ("Russian forces, which killed 12 civilians, shelled the town.", {"Russia"}),
    ],
)
def test_which_after_an_attacks_target_is_not_its_doer(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers_of(read(text)) == expected
