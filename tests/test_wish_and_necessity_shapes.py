"""Calls said as a wish, a hope, a necessity or a prohibition, written anew for
these tests:

- "X wants an inquiry", "X hopes all parties will exercise restraint": a call
  when what is wished names a demand, nothing when it does not ("wants
  control of the region", "hopes the operation will be over");
- "what is needed is X", "it is high time for X to ...", "X is the only way
  forward": necessity said in other words;
- "aid should not be obstructed", "the siege cannot continue": a prohibition
  asks for the opposite;
- "reminded all parties that hospitals must never be targeted": the one who
  reminds asks, not the one reminded;
- 'repeated his call "for the army to end ..."': the quote mark does not hide
  the demand; "it is crucial to ..." is no document's voice.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import AC, CF, DE, EO, HA, IL, NG, PC, PS, RD, WD
from conftest import calls_of as calls

from kg.model import Extraction

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wishes naming a demand
        (
            "France wants an independent investigation into the massacre.",
            {("France", AC)},
        ),
        ("Egypt wants a lasting truce in Gaza.", {("Egypt", CF)}),
        (
            "China hopes all parties will exercise restraint and avoid escalation.",
            {("China", DE)},
        ),
        (
            "Norway hoped the two sides would return to the negotiating table.",
            {("Norway", PS), ("Norway", NG)},
        ),
        # wishes that name none
        ("Russia wants control of the whole region.", set()),
        ("Israel hopes the operation will be over within weeks.", set()),
        ("Ukraine wants more air defence systems from its allies.", set()),
    ],
)
def test_a_wish_is_a_call_when_it_names_a_demand(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "What is needed now is unhindered humanitarian access, the UN relief "
            "chief said.",
            {("United Nations", HA)},
        ),
        (
            "What Sudan needs is a ceasefire, the Kenyan president said.",
            {("Kenya", CF)},
        ),
        (
            "It is high time for the warring parties to lay down their arms, the "
            "UN envoy said.",
            {("United Nations", CF)},
        ),
        (
            "Turkey said a political solution was the only way forward.",
            {("Turkey", PS)},
        ),
        (
            "Dialogue is the only path to lasting peace, India said.",
            {("India", PS), ("India", NG)},
        ),
        # a sole option that names no demand asks for nothing
        ("Russia said force was the only option left.", set()),
    ],
)
def test_necessity_in_other_words(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU said aid workers should not be obstructed.", {("European Union", HA)}),
        ("Germany said relief convoys must never be blocked.", {("Germany", HA)}),
        ("The UN said that the blockade must not continue.", {("United Nations", EO)}),
        (
            "Spain's foreign minister said the siege of the city cannot continue.",
            {("Spain", EO)},
        ),
        # what cannot go on for want of money is no prohibition
        ("Brazil said the talks cannot continue without funding.", set()),
    ],
)
def test_a_prohibition_asks_for_the_opposite(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ICRC reminded all parties that hospitals must never be targeted.",
            {("International Committee of the Red Cross", PC)},
        ),
        (
            "Ireland reminded Israel that civilians must be protected.",
            {("Ireland", PC)},
        ),
        (
            "Qatar reminded the warring parties that aid must be allowed to reach "
            "Gaza.",
            {("Qatar", HA)},
        ),
    ],
)
def test_the_one_who_reminds_asks(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guterres repeated his call \u201cfor the military to end the campaign of "
            "violence against civilians.\u201d",
            {("United Nations", EO), ("United Nations", PC)},
        ),
        (
            "Norway renewed its appeal \u201cfor all parties to lay down their "
            "arms.\u201d",
            {("Norway", CF)},
        ),
        (
            "The UN relief chief reiterated his call for basic humanitarian norms "
            "to be respected.",
            {("United Nations", IL)},
        ),
    ],
)
def test_a_call_noun_before_a_quoted_clause(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Foreign Secretary said the use of chemical weapons breaches UN "
            "Security Council resolutions. It is crucial to hold those responsible "
            "to account.",
            {("United Kingdom", AC)},
        ),
        (
            "The UK said foreign forces should also leave the country.",
            {("United Kingdom", WD)},
        ),
        (
            "France said that humanitarian principles must be upheld.",
            {("France", IL)},
        ),
    ],
)
def test_more_necessities_in_statements(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(
        read(text, publisher="Foreign, Commonwealth & Development Office")
    ) == (expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "pleaded with X to": X is addressed
        (
            "The Pope pleaded with the warring parties to stop the fighting.",
            {("Vatican", CF)},
        ),
        # a headline-like parse: "NATO allies" is the subject
        (
            "NATO allies called on Russia to withdraw its forces from Ukraine.",
            {("NATO", WD)},
        ),
        # "told X it must ...": a demand on X
        (
            "The United States told Israel it must do more to protect civilians.",
            {("United States", PC)},
        ),
        ("Germany told Iran that it should release the detainees.", {("Germany", RD)}),
        # lobbying and campaigning for a named demand
        (
            "Brazil lobbied for a ceasefire resolution at the Security Council.",
            {("Brazil", CF)},
        ),
        ("The group lobbied the government on tax policy.", set()),
        # "was quick / eager to call": the subject of "be"; never an expletive
        ("Kenya was eager to call for a ceasefire in Sudan.", {("Kenya", CF)}),
        ("It is important to call for a ceasefire in Sudan.", set()),
    ],
)
def test_more_ways_to_ask(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's third person read by the parser as a plural noun
        ("Belgium advocates for a two-state solution.", {("Belgium", PS)}),
        (
            "The African Union Commission Chairperson appeals to all Sudanese "
            "parties to stop fighting.",
            {("African Union", CF)},
        ),
        (
            "The State of Kuwait expresses its categorical rejection of the attacks "
            "and calls for holding the occupiers accountable.",
            {("Kuwait", AC)},
        ),
        (
            "The Netherlands underlines that humanitarian workers must be protected.",
            {("Netherlands", HA), ("Netherlands", PC)},
        ),
        # a held position whose clause says what must happen
        (
            "Indonesia reiterates its firm position that the siege of Gaza must be "
            "lifted.",
            {("Indonesia", EO), ("Indonesia", HA)},
        ),
        # backing a demand named as the object; not backing an actor, nor an
        # infinitive of purpose
        (
            "Australia supports an immediate humanitarian ceasefire.",
            {("Australia", CF)},
        ),
        ("The United States backs Israel.", set()),
        (
            "Japan said freedom of movement is essential to support the protection "
            "of civilians.",
            {("Japan", PC)},
        ),
        ("Qatar welcomed the ceasefire.", set()),
        # "the appeals court", "the demands of the protesters": nouns indeed
        ("The appeals court ruled on Monday.", set()),
    ],
)
def test_statement_voices_the_parser_misreads(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call joined to what an official underscores is the official's
        (
            "The Secretary-General underscores that attacks on peacekeepers are war "
            "crimes and calls for the perpetrators to be brought to justice.",
            {("United Nations", AC)},
        ),
        # demands in the words statements use
        (
            "The United Kingdom said strikes must be in compliance with Israel's "
            "IHL obligations.",
            {("United Kingdom", IL)},
        ),
        (
            "Britain called on its partners to join and support this initiative.",
            {("United Kingdom", "InternationalInitiative")},
        ),
        (
            "The United States urges the government to protect its most vulnerable "
            "citizens.",
            {("United States", PC)},
        ),
        (
            "Guterres appealed to all armed groups to respect the civilian population.",
            {("United Nations", PC)},
        ),
        (
            "Colombia called on the authorities to find and punish the perpetrators.",
            {("Colombia", AC)},
        ),
        (
            "The EU said all those responsible shall be held accountable.",
            {("European Union", AC)},
        ),
        # "shall" of what will happen asks for nothing
        ("The EU said the summit shall take place in Brussels.", set()),
    ],
)
def test_demands_in_statement_words(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


UK_STATEMENT = dict(
    title="UK statement at the UN Security Council on Sudan",
    publisher="Foreign, Commonwealth & Development Office",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There is an urgent need for unhindered humanitarian access to El Fasher.",
            {("United Kingdom", HA)},
        ),
        ("Humanitarian access remains essential.", {("United Kingdom", HA)}),
        (
            "The priority now is an immediate cessation of hostilities.",
            {("United Kingdom", CF)},
        ),
        ("Allowing aid into Gaza is a moral imperative.", {("United Kingdom", HA)}),
        # an imperative in the author's voice, also after a lead-in
        (
            "Our message to the RSF is clear: stop the siege of El Fasher.",
            {("United Kingdom", EO)},
        ),
        ("Stop the killing now.", {("United Kingdom", EO)}),
        ("Stop by our booth at the conference.", set()),
        # someone named and what they are to do
        (
            "We look to the Sudanese Armed Forces to open the Adre crossing.",
            {("United Kingdom", HA)},
        ),
        ("We count on Russia to respect the ceasefire.", {("United Kingdom", CF)}),
        ("We look forward to working with Kenya.", set()),
    ],
)
def test_a_statement_asks_in_many_words(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    ex = read(text, **UK_STATEMENT)
    found = {
        (e.agent.label, d)
        for e in ex.events
        if e.kind.value == "CallFor" and e.agent and not e.evidence.in_title
        for d in e.demands
    }
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway called for an immediate reduction of violence.", {("Norway", DE)}),
        (
            "The UK believes that the Security Council must bring its influence to "
            "bear.",
            {("United Kingdom", "InternationalInitiative")},
        ),
        (
            "The UN said funding is urgently needed for the response.",
            {("United Nations", "InternationalInitiative")},
        ),
        (
            "The AU urges the international community to combine their efforts.",
            {("African Union", "InternationalInitiative")},
        ),
        # people in need ask for nothing
        ("The UN said the people need food.", set()),
        # ... also over sentences whose subject is "they" again
        (
            "The members of the Security Council condemned the attack. They "
            "recalled that all parties must respect international law. They "
            "underlined that attacks on UN personnel may be war crimes, and "
            "stressed the urgent need to bring the perpetrators to justice.",
            {("UN Security Council", IL), ("UN Security Council", AC)},
        ),
        # "they" continues the last plural subject
        (
            "The members of the Security Council condemned the attack on UN "
            "personnel by the Taliban. They stressed the urgent need to bring the "
            "perpetrators to justice.",
            {("UN Security Council", AC)},
        ),
    ],
)
def test_more_demands_and_who_they_are(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # working to bring a demand about
        (
            "We will continue to work with partners to secure a ceasefire.",
            {("United Kingdom", CF)},
        ),
        ("We work with partners to deliver training.", set()),
        # a world body asked to act is asked for international action
        (
            "We would urge the Council to act.",
            {("United Kingdom", "InternationalInitiative")},
        ),
        (
            "Kenya urged the United Nations to act swiftly.",
            {("Kenya", "InternationalInitiative")},
        ),
        ("Norway urged Russia to act responsibly.", set()),
    ],
)
def test_working_for_and_asking_the_world_to_act(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    ex = read(text, **UK_STATEMENT)
    found = {
        (e.agent.label, d)
        for e in ex.events
        if e.kind.value == "CallFor" and e.agent and not e.evidence.in_title
        for d in e.demands
    }
    assert found == expected
