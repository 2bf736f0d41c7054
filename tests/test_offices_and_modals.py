"""Offices speaking for their body, headline topic labels, recommended calls,
weapons sent at a target, and condemnations of an act named before or in a
relative clause: sentences of our own, several shapes per rule, with the cases
that must give nothing."""

from __future__ import annotations

import pytest
from conftest import AC, CF, HA, NG, PC, PS, RD
from conftest import attackers_of as attackers
from conftest import calls_of as calls
from conftest import condemnations_of as condemnations

pytestmark = pytest.mark.model


# --- an office speaks for the body whose text it is ---------------------------------


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        (
            "The Humanitarian Coordinator calls on all parties to allow "
            "humanitarian access to the town.",
            "OCHA",
            {("OCHA", HA)},
        ),
        (
            "The Chairperson calls for an immediate ceasefire in the east.",
            "African Union Commission",
            {("African Union", CF)},
        ),
        (
            "The Executive Director urged the warring parties to protect civilians.",
            "UNICEF",
            {("UNICEF", PC)},
        ),
        (
            "This Government continues to call for an immediate ceasefire.",
            "Foreign, Commonwealth & Development Office",
            {("United Kingdom", CF)},
        ),
        # a news outlet's text: whose office it is, the text does not say
        ("The Chairperson calls for an immediate ceasefire.", "Reuters", set()),
        # nor is a bare "the Government" anybody's
        ("The Government calls for an immediate ceasefire.", None, set()),
    ],
)
def test_an_office_of_the_author_speaks_for_it(
    read, text: str, publisher: str | None, expected: set
) -> None:
    assert calls(read(text, publisher=publisher)) == expected


def test_a_bare_office_is_the_one_named_with_its_owner_before(read) -> None:
    ex = read(
        "The Chairperson of the African Union Commission met envoys on Monday. "
        "The Chairperson calls for an immediate ceasefire.",
        publisher="Reuters",
    )
    assert calls(ex) == {("African Union", CF)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attack was denounced by the Arab League, whose secretary-general "
            "condemned Russia.",
            {("Arab League", "Russia")},
        ),
        (
            "The strike was condemned by NATO, whose Secretary-General condemned "
            "Russia.",
            {("NATO", "Russia")},
        ),
    ],
)
def test_whose_office_is_the_one_it_hangs_on(read, text: str, expected: set) -> None:
    assert not any(a == "United Nations" for a, _ in condemnations(read(text)))
    assert condemnations(read(text)) >= expected


# --- a headline's topic label is no subject ----------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Sudan: MSF condemns RSF shelling of a hospital",
            {("Doctors Without Borders", "Rapid Support Forces")},
        ),
        (
            "Ukraine: EU condemns Russian strike on Odesa",
            {("European Union", "Russia")},
        ),
        (
            "Middle East and North Africa: Jordan condemns Israeli raid",
            {("Jordan", "Israel")},
        ),
    ],
)
def test_a_topic_label_is_not_the_one_who_condemns(
    read, title: str, expected: set
) -> None:
    ex = read("The statement was issued on Monday.", title=title)
    assert condemnations(ex) == expected


# --- calls someone should make are no calls ----------------------------------------


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        ("Washington should demand an immediate ceasefire in Sudan.", None, set()),
        (
            "London and Paris ought to press the Emirates to stop arming the militia.",
            None,
            set(),
        ),
        ("The EU could call for a ceasefire next week.", None, set()),
        ("They would call for a ceasefire if the talks failed.", None, set()),
        # the speaker's own call, said politely
        (
            "I would urge both sides to come back to the negotiating table.",
            "Qatar",
            {("Qatar", PS), ("Qatar", NG)},
        ),
        (
            "We would call on all parties to respect the ceasefire.",
            "Norway",
            {("Norway", CF)},
        ),
    ],
)
def test_recommended_and_hypothetical_calls(
    read, text: str, publisher: str | None, expected: set
) -> None:
    assert calls(read(text, publisher=publisher)) == expected


# --- weapons sent at a target ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last night Russia launched more than 400 drones and 40 missiles at our cities.",
            {"Russia"},
        ),
        ("Hamas fired rockets into southern Israel on Saturday.", {"Hamas"}),
        ("The Houthis launched a drone at a tanker in the Red Sea.", {"Houthis"}),
        ("Israel dropped bombs on Rafah overnight.", {"Israel"}),
        (
            "The Russian Armed Forces delivered a group strike on plants in Kharkiv.",
            {"Russia"},
        ),
        # nothing hit, nothing happened
        ("NASA launched a rocket into orbit.", set()),
        ("North Korea fired two missiles into the sea.", set()),
        ("Russia could launch missiles at Kyiv, officials warned.", set()),
    ],
)
def test_weapons_sent_at_a_target(read, text: str, expected: set) -> None:
    assert attackers(read(text)) == expected


# --- the act condemned, named in a relative clause or before ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attack on the market in the town, which monitors said was carried "
            "out by Russian aircraft, was condemned by France.",
            {("France", "Russia")},
        ),
        (
            "France condemned the bombing, which witnesses said was carried out by "
            "Israeli jets.",
            {("France", "Israel")},
        ),
        (
            "The EU condemned the strikes on the villages, which were conducted by "
            "the Syrian air force.",
            {("European Union", "Syria")},
        ),
        # a clause about the place names no doer
        (
            "France condemned the attack on the hospital in Gaza, which was run by MSF.",
            set(),
        ),
        ("France condemned the bombing, which Israel said was a mistake.", set()),
    ],
)
def test_the_doer_in_a_relative_clause(read, text: str, expected: set) -> None:
    assert condemnations(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russian strike on Kharkiv was condemned by France. It was also "
            "condemned by Germany.",
            {("France", "Russia"), ("Germany", "Russia")},
        ),
        (
            "Turkey condemned the Israeli raid on Jenin. Egypt denounced it too.",
            {("Turkey", "Israel"), ("Egypt", "Israel")},
        ),
        (
            "Spain condemned the RSF attack on the camp. This was also condemned by "
            "Kenya.",
            {("Spain", "Rapid Support Forces"), ("Kenya", "Rapid Support Forces")},
        ),
        # too far back to be the same act
        (
            "Spain condemned the RSF attack on the camp. Talks resumed. Aid arrived. "
            "Officials met. It was condemned by Kenya.",
            {("Spain", "Rapid Support Forces")},
        ),
    ],
)
def test_it_is_the_act_condemned_just_before(read, text: str, expected: set) -> None:
    assert condemnations(read(text)) == expected


# --- armed forces' own communiques ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        (
            "Troops have neutralised 17 Boko Haram terrorists near Bama.",
            "Nigerian Army",
            {"Nigeria"},
        ),
        (
            "Our forces struck militia positions near the city.",
            "Sudanese Armed Forces",
            {"Sudan"},
        ),
        (
            "The Ministry of National Defence said its forces had killed 14 PKK "
            "militants in air operations.",
            "Turkish Ministry of National Defence",
            {"Turkey"},
        ),
        (
            "We struck a weapons depot in Belgorod overnight.",
            "General Staff of the Armed Forces of Ukraine",
            {"Ukraine"},
        ),
        # a repelled or intercepted attack happened; its doer is the one repelled
        (
            "Our heroic forces repelled an attack by the Rapid Support Forces on El Fasher.",
            "Sudanese Armed Forces",
            {"Rapid Support Forces"},
        ),
        (
            "Ukrainian forces repelled a Russian assault near Pokrovsk.",
            None,
            {"Russia"},
        ),
        # a foiled one did not; and troops in a ministry of foreign affairs' text
        # are nobody's in particular
        ("The police foiled an attack by Hamas.", None, set()),
        (
            "Troops shelled the village on Monday.",
            "Foreign, Commonwealth & Development Office",
            {None},
        ),
    ],
)
def test_a_communique_speaks_of_its_own_forces(
    read, text: str, publisher: str | None, expected: set
) -> None:
    assert attackers(read(text, publisher=publisher)) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The army eliminated 20 terrorists in the operation.", 20),
        ("Troops neutralised five bandits near the border.", 5),
        ("The army eliminated 20 checkpoints in the operation.", None),
    ],
)
def test_communique_words_for_killing(read, text: str, count: int | None) -> None:
    found = [
        c.amount.value
        for e in read(text).events
        for c in e.casualties
        if c.type.value == "Killed"
    ]
    assert found == ([count] if count else [])


# --- transcripts: the label opens the speaker's turn --------------------------------


def test_a_labelled_turn_speaks_for_the_labels_state(read) -> None:
    ex = read(
        "Q: Are the talks over?\n"
        "Sheikh Mohammed, Qatar's prime minister: No. I would urge both sides to "
        "return to the negotiating table. The hostages must be released.\n"
        "Q: And aid?\n"
        "A: Israel must let aid into Gaza without conditions."
    )
    assert calls(ex) == {("Qatar", PS), ("Qatar", NG), ("Qatar", RD), ("Qatar", HA)}


@pytest.mark.parametrize(
    "text",
    [
        # the questioner is nobody
        "QUESTION: Should Israel not let aid into Gaza? Israel must let aid in.\n",
        # a label that names no one leaves the turn to the author, here none
        "The Minister for Africa: Israel must let aid into Gaza.\n",
    ],
)
def test_a_turn_without_a_named_speaker_calls_for_nothing(read, text: str) -> None:
    assert calls(read(text)) == set()


def test_a_turn_of_a_named_minister(read) -> None:
    ex = read(
        "MR SMITH (UK Foreign Secretary): We condemn the attack by the Houthis on "
        "the ship. The fighting in Sudan must stop."
    )
    assert calls(ex) == {("United Kingdom", CF)}
    assert condemnations(ex) == {("United Kingdom", "Houthis")}


# --- whose office, whose operation ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arab League secretary-general said those responsible must be held "
            "to account.",
            {("Arab League", AC)},
        ),
        (
            "The OIC Secretary-General called for a ceasefire.",
            {("Organisation of Islamic Cooperation", CF)},
        ),
        ("The UN Secretary-General called for a ceasefire.", {("United Nations", CF)}),
    ],
)
def test_a_body_named_before_its_secretary_general_owns_it(
    read, text, expected
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops of Operation Hadin Kai killed 17 fighters near Bama.",
        "Operation Desert Shield troops struck the convoy.",
        "The militants were killed in Operation Lion Heart.",
    ],
)
def test_an_operation_is_no_actor(read, text: str) -> None:
    assert all(
        a is None
        or "Operation" not in a
        and a not in ("Hadin Kai", "Desert Shield", "Lion Heart")
        for a in attackers(read(text))
    )


# --- no sentence starts in lower case after a word ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M23 rebels shelled the outskirts of Sake on Monday, killing two civilians.",
            {"M23"},
        ),
        ("Hamas fighters stormed the kibbutz at dawn.", {"Hamas"}),
        (
            "RSF militiamen raided the village of Wad al-Noura.",
            {"Rapid Support Forces"},
        ),
    ],
)
def test_a_name_and_its_fighters_stay_in_one_sentence(read, text, expected) -> None:
    assert attackers(read(text)) == expected


def test_a_clause_before_a_colon_is_no_turn_label(read) -> None:
    ex = read(
        "It is essential that this Council speak with one voice: the Houthis must "
        "stop their attacks on shipping.",
        publisher="United States Mission to the United Nations",
    )
    assert calls(ex) == {("United States", "EndOfOffensive")}
