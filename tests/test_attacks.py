"""Attacks and deaths with or without numbers, read by the real model.

Each construction has at least three sentences of our own, in different
shapes: verbs, nouns and weapons; perpetrators named, labelled or pointed back
to; and the acts that did not happen (negated, threatened, planned,
hypothetical, demanded, historical), which are never events of the article's
time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

import pytest
from conftest import case

from kg.model import EventKind, Extraction, Qualifier

pytestmark = pytest.mark.model

DATE = dt.date(2024, 5, 1)


class Hit(NamedTuple):
    """One attack as an annotator records it."""

    perpetrator: str | None  # an actor's label, else the label of the words, else None
    status: str


def hits(ex: Extraction) -> set[Hit]:
    out = set()
    for e in ex.events:
        if e.kind is not EventKind.ATTACK:
            continue
        who = (
            e.agent.label
            if e.agent
            else (f"({e.agent_text})" if e.agent_text else None)
        )
        out.add(Hit(who, e.status or "Happened"))
    return out


def happened(ex: Extraction) -> set[str | None]:
    return {h.perpetrator for h in hits(ex) if h.status == "Happened"}


REPORTED = [
    # verbs, active and passive
    case("Russian jets pounded rebel-held districts overnight.", {"Russia"}),
    case("Government forces shelled the town on Tuesday.", {"(Government forces)"}),
    case("Israel struck Hezbollah targets in southern Lebanon.", {"Israel"}),
    case("A grain terminal in Odesa was hit by a Russian missile.", {"Russia"}),
    case("Gunmen stormed a hotel in Mogadishu on Friday.", {"(Gunmen)"}),
    case("A militant stabbed him and then shot him in the head.", {"(militant)"}),
    case("His body was hanged in the square.", {None}),
    case("Houthi rebels fired on a merchant vessel in the Red Sea.", {"Houthis"}),
    # a site in the act's name is where it happened, not who did it
    case("Five soldiers died in the Somalia base attack.", {None}),
    case("Death Toll in Kenya Hotel Attack Rises", {None}),
    case("The Hezbollah drone attack hit a base.", {"Hezbollah"}),
    # what the doers did it to names the victim, not the doer
    case(
        "Unknown assailants attacked the United Nations convoy near Yei.",
        {"(Unknown assailants)"},
    ),
    case(
        "The attack by unknown assailants on the UN convoy killed a peacekeeper.",
        {"(unknown assailants)"},
    ),
    # a group linked to a named one is not that one
    case("An al-Qaida-linked group attacked a church in the north.", {None}),
    case("An Islamic State-affiliated group raided the village.", {None}),
    # who documents the strikes is a source, not the striker
    case(
        "The rights group has documented 24 drone strikes in 17 incidents, "
        "killing 87 people.",
        {None},
    ),
    # weapons and bombers in other verbs
    case("A roadside bomb tore through a military convoy in Balochistan.", {None}),
    case("Artillery fire hit a residential area of Donetsk.", {None}),
    case(
        "A suicide bomber blew himself up at a checkpoint in Mogadishu.",
        {"(suicide bomber)"},
    ),
    case("Militants blew up a bridge near Mosul.", {"(Militants)"}),
    case("The village was torched by militia fighters.", {"(militia fighters)"}),
    # where the doers were is not who they were
    case("Bombings in Iraq kill dozens", {None}),
    case("Multiple car bombs in Iraq's capital killed at least 58 people.", {None}),
    case(
        "The four were killed on Sunday by an armed group in Norte de Santander.",
        {None},
    ),
    case("Russian strikes on Kharkiv killed five people.", {"Russia"}),
    # a relative pronoun's antecedent did it
    case(
        "Troops killed eight al-Shabaab militants who attacked their base.",
        {"al-Shabaab"},
    ),
    case("Police arrested Houthi fighters who fired on the ship.", {"Houthis"}),
    # a common noun in a new act's name points back to no one named before
    case(
        "Afghanistan held talks with Pakistan. A coalition air strike killed 11 "
        "civilians in Kunar.",
        {None},
    ),
    # nouns
    case("The airstrike on the hospital was carried out by Israel.", {"Israel"}),
    case("A car bomb exploded near a market in Kabul.", {None}),
    case("The Ukrainian drone attack on the refinery caused a fire.", {"Ukraine"}),
    case("Clashes erupted in the capital overnight.", {None}),
    case("An Israeli strike hit a school sheltering displaced families.", {"Israel"}),
    case("Al-Shabaab militants ambushed a convoy in Lower Shabelle.", {"al-Shabaab"}),
    # pointed back to: the attack named before, a claim of responsibility
    case(
        "Russian strikes hit Kyiv overnight. The attack damaged a hospital.",
        {"Russia"},
    ),
    case(
        "A bomb exploded at a checkpoint. Al-Shabaab claimed responsibility.",
        {"al-Shabaab"},
    ),
    case("Canada condemns Russia for its strikes on the power grid.", {"Russia"}),
    # a gerund's by-phrase; and not whoever voiced concern over the strike
    case("Three children died in shelling by Russian forces.", {"Russia"}),
    case(
        "Two homes were destroyed in shelling by government forces.",
        {"(government forces)"},
    ),
    case(
        "Chile shares the concern expressed by the United Nations over the drone "
        "strike on the market.",
        {None},
    ),
    # "the paramilitary group" is the group just named; "an armed group" is new
    case(
        "Rapid Support Forces fighters shelled a market. The paramilitary group "
        "has besieged the city for a year.",
        {"Rapid Support Forces"},
    ),
    case(
        "The EU condemns the attack by an armed group on a police patrol.",
        {None},
    ),
    # the one held responsible, or condemned for it, did it
    case(
        "We strongly condemn the repeated rocket attacks against Israel and hold "
        "Hamas responsible.",
        {"Hamas"},
    ),
    case(
        "Al-Shabaab fighters were seen near the town. Kenya condemned the bombing "
        "of the market.",
        {None},  # being seen is no attack: nobody to condemn, nobody to blame
    ),
    # a place does not act: "..., which killed 30" hung by the parser on the place
    case(
        "We condemn the airstrike on a hospital in Rakhine State, which killed more "
        "than 30 civilians.",
        {None},
    ),
    # "Usterzai's residents" are a village's people, whatever the model tags
    case("A police car was attacked by Usterzai's residents.", {None}),
    # groups that are no state: kept as words, never turned into the state
    case("Israeli settlers attacked the village of Huwara.", {"(Israeli settlers)"}),
    case("Armed bandits raided a village in Zamfara.", {"(Armed bandits)"}),
]


# "blamed the attack on X": X is who attacked, never its target
BLAMED = [
    case("Officials blamed the attack on the Islamic State.", "Islamic State"),
    case("The government attributed the ambush to JNIM.", "JNIM"),
    case("Kabul blamed the suicide bombing on the Taliban.", "Taliban"),
]


# a temper, a blaze or a sacking is no attack
@pytest.mark.parametrize(
    "text",
    [
        "He blew up at reporters after the briefing.",
        "Fire broke out in the market on Sunday.",
        "The minister fired the general.",
        "Protesters torched tyres.",
    ],
)
def test_not_every_blow_or_fire_is_an_attack(
    read: Callable[..., Extraction], text: str
) -> None:
    assert hits(read(text)) == set()


# "militants" in a report of one named group's attack are that group; not
# when a state attacks too, nor "gunmen", who may be anyone
GENERIC = [
    case(
        "Al-Shabaab claimed an attack on a base in Elbe. Militants then attacked "
        "the base from two sides.",
        {"al-Shabaab"},
    ),
    case(
        "Boko Haram fighters raided a village in Borno. Later, insurgents "
        "attacked a nearby army post.",
        {"Boko Haram"},
    ),
    case(
        "Russian troops shelled Kherson. Militants attacked a checkpoint in Donetsk.",
        {"Russia", "(Militants)"},
    ),
    case(
        "Al-Shabaab claimed an attack on a base. Gunmen later attacked a hotel.",
        {"al-Shabaab", "(Gunmen)"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC)
def test_militants_in_a_one_group_report_are_that_group(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert happened(read(text)) == expected


# "X accused Y of shelling": Y did it, never the accuser X, and the deaths the
# sentence counts are Y's too
ACCUSED = [
    case("Ukraine accused Russia of shelling the city overnight.", "Russia"),
    case("Israel accused Hamas of carrying out the attack on the base.", "Hamas"),
    case(
        "Sudan's army blamed the RSF for the shelling of the market.",
        "Rapid Support Forces",
    ),
    case(
        "Kyiv has accused Moscow of deliberately targeting energy facilities.",
        "Russia",
    ),
    case(
        "Ukraine accused Russia of shelling the city overnight, wounding four people.",
        "Russia",
    ),
    case(
        "The army blamed the RSF for the shelling of the market, which killed "
        "20 people.",
        "Rapid Support Forces",
    ),
]


# "the army said it struck ...": a party reporting its own act did it; not
# when it denies it, nor when those who say so are no party
OWN_REPORT = [
    case(
        "The Israeli military said it struck Hezbollah targets in southern Lebanon.",
        {"Israel"},
    ),
    case(
        "Myanmar's ruling junta has confirmed it carried out airstrikes on a village.",
        {"Myanmar"},
    ),
    case("Hamas said it fired rockets at Tel Aviv.", {"Hamas"}),
    case("Al-Shabaab said they attacked the base.", {"al-Shabaab"}),
    case("Witnesses said it struck the market at noon.", {None}),
    # air defence downing drones is an interception, no attack
    case("Ukraine's air force said it had shot down 30 drones.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OWN_REPORT)
def test_a_party_reporting_its_own_act_did_it(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert happened(read(text)) == expected


@pytest.mark.parametrize(("text", "doer"), ACCUSED)
def test_the_accused_is_the_perpetrator(
    read: Callable[..., Extraction], text: str, doer: str
) -> None:
    attacks = [e for e in read(text).events if e.kind is EventKind.ATTACK]
    assert attacks
    assert {e.agent.label if e.agent else None for e in attacks} == {doer}


@pytest.mark.parametrize(("text", "doer"), BLAMED)
def test_the_one_blamed_is_the_perpetrator(
    read: Callable[..., Extraction], text: str, doer: str
) -> None:
    attacks = [e for e in read(text).events if e.kind is EventKind.ATTACK]
    assert [e.agent.label if e.agent else None for e in attacks] == [doer]
    assert attacks[0].targets == ()


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_attacks_reported_as_having_happened(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert happened(read(text, date=DATE)) == expected


NOT_HAPPENED = [
    # negated
    case("No strikes were reported in the city overnight.", set()),
    case("Russia did not attack the plant, officials said.", set()),
    case(
        "Inspectors found no evidence that the site had been shelled.",
        set(),
    ),
    # hypothetical or demanded
    case("A full-scale attack on the city would be catastrophic.", set()),
    case("The Houthis must stop their attacks on shipping.", set()),
    case("The UN urged Russia to halt its offensive in the east.", set()),
    # threatened or planned: kept, marked
    case(
        "Iran vowed to strike Israel in retaliation.",
        {Hit("Iran", "Threatened")},
    ),
    case(
        "Police foiled a planned bombing of a shopping mall.",
        set(),
    ),
    case(
        "Officials warned of the risk of an assault on the port.",
        {Hit(None, "Threatened")},
    ),
    # recalled history
    case(
        "The city never recovered from the 1994 massacre.",
        {Hit(None, "Historical")},
    ),
    case(
        "Twenty years ago, terrorists bombed commuter trains in Madrid.",
        {Hit("(terrorists)", "Historical")},
    ),
    # the deaths a recalled act caused are as old as the act
    case(
        "Six years ago, rebels stormed the town and killed dozens of villagers.",
        {Hit("(rebels)", "Historical")},
    ),
    case(
        "In 2011 the army shelled the camp, killing 300 people.",
        {Hit("(army)", "Historical")},
    ),
    case(
        "A decade ago, militants attacked the school and killed 12 pupils.",
        {Hit("(militants)", "Historical")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_HAPPENED)
def test_what_did_not_happen_is_no_event_of_the_time(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    found = hits(read(text, date=DATE))
    assert {h for h in found if h.status == "Happened"} == set()
    assert {h for h in found if h.status != "Happened"} == expected


def test_an_attack_carries_its_means_as_a_concept_and_its_place(
    read: Callable[..., Extraction],
) -> None:
    [e] = [e for e in read("Russian forces shelled Kharkiv on Tuesday.").events]
    assert (e.means, e.means_type, e.place) == ("shelling", "Shelling", "Kharkiv")
    [e] = read("A suicide attack hit a mosque in Peshawar.").events
    assert e.means_type == "SuicideBombing"
    [e] = read("Russian drones struck the port of Izmail.").events
    assert e.means_type == "AerialAttack"


def test_a_headline_attack_is_the_bodys_named_attack(
    read: Callable[..., Extraction],
) -> None:
    ex = read(
        "The United States condemns the al-Shabaab attack at a hotel in Mogadishu.",
        title="Terrorist attack in Mogadishu",
    )
    assert happened(ex) == {"al-Shabaab"}


# --- deaths with no number -----------------------------------------------------------


class Death(NamedTuple):
    count: int | None
    qualifier: Qualifier
    inferred: bool
    victim_person: str | None


def deaths(ex: Extraction) -> list[Death]:
    return [
        Death(
            c.amount.value,
            c.amount.qualifier,
            c.amount.inferred,
            c.victim_actor.label if c.victim_actor else None,
        )
        for e in ex.events
        for c in e.casualties
        if c.type.value == "Killed"
    ]


ONE = Death(1, Qualifier.EXACTLY, True, None)
SOME = Death(None, Qualifier.UNKNOWN, False, None)

DEATHS = [
    case("The journalist was shot dead at a checkpoint.", [ONE]),
    case("A U.S. service member was killed in Somalia on Monday.", [ONE]),
    case("The drone strike hit the car, killing the commander.", [ONE]),
    case("Civilians were killed in the shelling of the market.", [SOME]),
    case("Several soldiers were killed when their convoy was ambushed.", [SOME]),
    case("The strikes killed civilians and destroyed homes.", [SOME]),
    case(
        "Ambassador Anna Kowalski was killed in the explosion.",
        [Death(1, Qualifier.EXACTLY, True, "Anna Kowalski")],
    ),
    case("The attacks led to the tragic loss of life of innocent sailors.", [SOME]),
    # condolence language reports no death of its own
    case("We are saddened by the loss of life.", []),
    # deaths denied or taken back are not reported deaths; what is said in
    # rejecting a claim still is
    case(
        "Police later corrected initial reports that a civilian had been killed.",
        [],
    ),
    case("The army denied that any civilians were killed in the strike.", []),
    case("Officials dismissed claims that 20 people had died in the bombing.", []),
    case(
        "The army rejected the accusation, saying 20 militants were killed.",
        [Death(20, Qualifier.EXACTLY, False, None)],
    ),
    case("There were no reports that any troops were killed in the raid.", []),
    # a death long before the article's own time is background; an undated
    # article's time is the latest year it names
    case(
        "Rebels killed 24 soldiers on 2 May 2024. The president's father was "
        "killed by FARC in 1983.",
        [Death(24, Qualifier.EXACTLY, False, None)],
    ),
    # deaths from illness are counted by no one as killed
    case("More than 140 cholera cases and eight deaths were reported in Buea.", []),
    # killing in other words
    case("A journalist was fatally shot at a checkpoint.", [ONE]),
    case("A wounded soldier later succumbed to his injuries.", [ONE]),
    case("He was fatally wounded in the blast.", [ONE]),
    case(
        "Two brothers were gunned down outside their home.",
        [Death(2, Qualifier.EXACTLY, False, None)],
    ),
    # condolences for deaths told before are no new deaths ...
    case(
        "One peacekeeper was killed in the ambush. The Council expressed its "
        "condolences to the family of the peacekeeper killed.",
        [Death(1, Qualifier.EXACTLY, False, None)],
    ),
    case(
        "Two soldiers were killed near the border. The minister paid tribute to "
        "those killed.",
        [Death(2, Qualifier.EXACTLY, False, None)],
    ),
    # ... but they tell the deaths the text has not told otherwise
    case(
        "We extend our condolences to the families of the victims killed in "
        "the attack.",
        [SOME],
    ),
    # "violence that has killed and injured thousands": the violence did it
    case(
        "The clashes unleashed violence that has killed many civilians.",
        [SOME],
    ),
    # one victim told of twice is one death
    case(
        "A soldier was killed in the raid. The soldier died defending the base.",
        [ONE],
    ),
    # a number: the casualty reader's, once
    case(
        "At least 12 people were killed in the attack.",
        [Death(12, Qualifier.AT_LEAST, False, None)],
    ),
    case(
        "Fourteen people were killed, including a journalist.",
        [Death(14, Qualifier.EXACTLY, False, None)],
    ),
    # lives lost or claimed
    case("Several soldiers lost their lives when the convoy hit a mine.", [SOME]),
    case("The police chief lost his life in the ambush.", [ONE]),
    case("The bombing claimed lives in the crowded bazaar.", [SOME]),
    case("The blast claimed the life of a local reporter.", [ONE]),
    # left or found dead
    case("The shooting left a teenager dead.", [ONE]),
    case("Gunfire left villagers dead in their fields.", [SOME]),
    case(
        "Three soldiers were found dead after the raid.",
        [Death(3, Qualifier.EXACTLY, False, None)],
    ),
    # among the dead
    case("Children were among the dead, the hospital said.", [SOME]),
    case("An aid worker was among those killed in the strike.", [ONE]),
    case(
        "Two pilgrims were among the fatalities.",
        [Death(2, Qualifier.EXACTLY, False, None)],
    ),
    # hanged
    case("Militants hanged a suspected informer in the square.", [ONE]),
    case(
        "The insurgents hanged two farmers from a tree.",
        [Death(2, Qualifier.EXACTLY, False, None)],
    ),
    # persons the list knows beyond the usual ones
    case("Al-Shabaab fighters killed a district commissioner.", [ONE]),
    case("A second journalist has died after the attack.", [ONE]),
    # coordinated victims are counted, each one person or a stated number
    case(
        "A nurse and a driver were killed when the ambulance was hit.",
        [Death(2, Qualifier.EXACTLY, True, None)],
    ),
    case(
        "The strike killed a farmer and his wife.",
        [Death(2, Qualifier.EXACTLY, True, None)],
    ),
    case("A boy and several women were killed.", [SOME]),
    # a number and people coordinated with it
    case(
        "The strike killed a woman and her two children.",
        [Death(3, Qualifier.EXACTLY, False, None)],
    ),
    case(
        "Three pupils and their teacher died when the school was shelled.",
        [Death(4, Qualifier.EXACTLY, False, None)],
    ),
    case(
        "Shelling killed four civilians and several fighters.",
        [Death(4, Qualifier.EXACTLY, False, None)],
    ),
    # nouns of death with their dead
    case(
        "Canada condemns the killing of two aid workers in El Geneina.",
        [Death(2, Qualifier.EXACTLY, False, None)],
    ),
    case(
        "The massacre of 40 villagers shocked the region.",
        [Death(40, Qualifier.EXACTLY, False, None)],
    ),
    case(
        "Officials blamed the rebels for the deaths of 14 miners.",
        [Death(14, Qualifier.EXACTLY, False, None)],
    ),
    case("The group threatened the execution of three hostages.", []),
    # one death told by its own verb beside a count is a death of its own
    case(
        "A radio reporter was shot dead as he fled, and at least 25 residents were killed.",
        [Death(25, Qualifier.AT_LEAST, False, None), ONE],
    ),
    case(
        "A soldier died and 12 others were killed.",
        [Death(12, Qualifier.EXACTLY, False, None), ONE],
    ),
    case(
        "At least 12 people were killed in the attack, among them a nurse.",
        [Death(12, Qualifier.AT_LEAST, False, None)],
    ),
    # no death
    case("The militants threatened to kill the hostages.", []),
    case("A soldier was wounded in the attack.", []),
    case("Nobody was among the dead, officials said.", []),
    case("The strike did not claim any lives.", []),
    case("Rebels hung banners across the main road.", []),
    case("Rebels hung three banners across the main road.", []),
    case("The governor was among the victims of the fraud.", []),
]


@pytest.mark.parametrize(("text", "expected"), DEATHS)
def test_deaths_with_and_without_numbers(
    read: Callable[..., Extraction], text: str, expected: list
) -> None:
    assert deaths(read(text)) == expected


def test_an_attack_condemned_in_its_sentence_is_the_condemned_one_s(
    read: Callable[..., Extraction],
) -> None:
    # the condemnation finds its doer two sentences back; the attack it
    # condemns, read in its own sentence, takes that doer too
    ex = read(
        "Al-Shabaab fighters attacked an army base on Monday. Officials counted "
        "the losses. Kenya condemned the bombing of the market on Tuesday."
    )
    bombing = [
        e
        for e in ex.events
        if e.kind is EventKind.ATTACK and "bombing" in e.evidence.sentence
    ]
    assert [e.agent.label if e.agent else None for e in bombing] == ["al-Shabaab"]
