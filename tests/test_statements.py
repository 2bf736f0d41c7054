"""Statements as their authors make them: who "we" is, offices and bodies named by
role, groups spelled out, obligations, endorsements and joined calls, and the
rule that the one called on is never the caller.

Every text is our own, written for the construction it tests; each rule has at
least three of them, in different shapes.  They run through the real model
(``read``), with the record's publisher where a statement would have one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest
from conftest import AC, CF, DE, EO, HA, II, IL, NG, PC, PS, RD, WD, case

from kg.extract.actors import Context
from kg.extract.authorship import find_author
from kg.model import EventKind, Extraction

pytestmark = pytest.mark.model

UK = "UK Foreign, Commonwealth & Development Office"
US = "US Department of State"
EU = "European External Action Service"
KE = "Ministry of Foreign and Diaspora Affairs of Kenya"


class Fact(NamedTuple):
    """(agent label, demand concept) of one call."""

    agent: str
    demand: str


def facts(ex: Extraction) -> set[Fact]:
    return {
        Fact(e.agent.label, d)
        for e in ex.events
        if e.kind is EventKind.CALL and e.agent is not None
        for d in e.demands
    }


def agents(ex: Extraction) -> set[str]:
    return {
        e.agent.label
        for e in ex.events
        if e.kind is EventKind.CALL and e.agent is not None
    }


# --- who "we" is ------------------------------------------------------------------

AUTHORS = [
    # a speaker the text introduces, with the office that gives the state
    case(
        "Statement by Ambassador Jane Mwangi, UK Deputy Permanent Representative to "
        "the UN, at the Security Council.\n\nWe call on all parties to agree an "
        "immediate ceasefire.",
        None,
        None,
        {Fact("United Kingdom", CF)},
        name="intro speaker with her office",
    ),
    case(
        "Remarks by Ambassador Tom Okafor at a Security Council briefing.\n\nI urge "
        "the warring parties to open the crossings for aid.",
        None,
        US,
        {Fact("United States", HA)},
        name="intro speaker without an office: the publisher's",
    ),
    # the title
    case(
        "We urge all parties to release the hostages without delay.",
        "Canada statement on the hostage crisis",
        None,
        {Fact("Canada", RD)},
        name="'X statement' title",
    ),
    case(
        "We ask both sides to show maximum restraint.",
        "Norway calls for restraint on the border",
        None,
        {Fact("Norway", DE)},
        name="title subject of a speech verb",
    ),
    case(
        "We demand that the siege of the city is lifted so that aid can reach it.",
        "Statement by the High Representative on the siege",
        None,
        {Fact("European Union", HA)},
        name="title 'by' an office",
    ),
    # the publisher, its name or its host
    case(
        "We demand an immediate cessation of hostilities.",
        None,
        US,
        {Fact("United States", CF)},
        name="publisher name",
    ),
    case(
        "We urge an end to the shelling of residential areas.",
        None,
        "German Federal Foreign Office",
        {Fact("Germany", EO)},
        name="publisher named by its demonym",
    ),
    # a joint statement: each member
    case(
        "We, the foreign ministers of France, Germany and Italy, call for an "
        "immediate ceasefire.",
        None,
        None,
        {Fact("France", CF), Fact("Germany", CF), Fact("Italy", CF)},
        name="we, the ministers of A, B and C",
    ),
    case(
        "Norway, Sweden and Finland condemn the attack. We call on the parties to "
        "return to negotiations.",
        "Joint statement on the fighting",
        None,
        {Fact(c, x) for c in ("Norway", "Sweden", "Finland") for x in (PS, NG)},
        name="joint statement with a conjoined first subject",
    ),
    # nobody: a news outlet, or no author at all
    case(
        "We demand an immediate ceasefire.",
        None,
        "Reuters",
        set(),
        name="a wire service is never an author",
    ),
    case("We call for an end to the war.", None, None, set(), name="no author"),
]


@pytest.mark.parametrize(("text", "title", "publisher", "expected"), AUTHORS)
def test_first_person_statements_speak_for_their_author(
    read: Callable[..., Extraction],
    text: str,
    title: str | None,
    publisher: str | None,
    expected: set[Fact],
) -> None:
    assert facts(read(text, title=title, publisher=publisher)) == expected


def test_an_official_host_authors_a_record_without_a_publisher(
    read: Callable[..., Extraction],
) -> None:
    found = read(
        "We call on Russia to withdraw its forces.",
        url="https://www.gov.uk/government/speeches/some-speech",
    )
    assert facts(found) == {Fact("United Kingdom", WD)}
    assert not facts(read("We call on Russia to withdraw.", url="https://bbc.co.uk/x"))


def test_the_author_says_where_it_was_found(nlp, gazetteer) -> None:  # noqa: ANN001
    from conftest import make_article

    article = make_article(
        "Statement by Ambassador Jane Mwangi, UK Deputy Permanent Representative to "
        "the UN.\n\nWe call for calm.",
        publisher=US,  # the introduced speaker's office wins over the publisher
    )
    ctx = Context(nlp(article.doc_text), article, gazetteer)
    author = find_author(ctx)
    assert author is not None
    assert ([a.label for a in author.actors], author.found_in) == (
        ["United Kingdom"],
        "intro",
    )
    assert author.speaker is not None and author.speaker.label == "Jane Mwangi"


# --- the one called on is never the caller ---------------------------------------------

ADDRESSEES = [
    case(
        "We call on the Rapid Support Forces to halt their siege of the city.",
        UK,
        {"United Kingdom"},
        name="addressee of 'call on', author known",
    ),
    case(
        "We call on the Rapid Support Forces to halt their siege of the city.",
        None,
        set(),
        name="no author: no call rather than the addressee",
    ),
    case(
        "The United Nations urged both warring parties to agree an immediate "
        "ceasefire.",
        None,
        {"United Nations"},
        name="'both parties' is not guessed from the actors named before",
    ),
    case(
        "Russia must withdraw its troops from Ukraine, the minister said.",
        None,
        set(),
        name="obligation reported by an unnamed speaker: nobody",
    ),
]


@pytest.mark.parametrize(("text", "publisher", "expected"), ADDRESSEES)
def test_an_addressee_never_becomes_the_agent(
    read: Callable[..., Extraction], text: str, publisher: str | None, expected: set
) -> None:
    ex = read(text, publisher=publisher)
    assert agents(ex) == expected
    for e in ex.events:
        if e.kind is EventKind.CALL and e.agent is not None:
            assert e.agent.key not in {a.key for a in e.addressees}


# --- obligations, necessity and endorsement ------------------------------------------

OBLIGATIONS = [
    case(
        "Russia must withdraw its troops from Ukraine.",
        EU,
        {Fact("European Union", WD)},
    ),
    case(
        "The Houthis should cease their attacks on shipping.",
        UK,
        {Fact("United Kingdom", EO)},
    ),
    case(
        "All hostages must be released immediately and unconditionally.",
        US,
        {Fact("United States", RD)},
    ),
    case(
        "There can be no military solution to this conflict.",
        UK,
        {Fact("United Kingdom", PS)},
    ),
    case(
        "There can be no impunity for these crimes.", EU, {Fact("European Union", AC)}
    ),
    case(
        "It is vital that aid reaches everyone in need.",
        UK,
        {Fact("United Kingdom", HA)},
    ),
    case(
        "It is unacceptable that the UN has still not been given access to the camp.",
        UK,
        {Fact("United Kingdom", HA)},
    ),
    case(
        "Humanitarian access still needs to be scaled up.",
        US,
        {Fact("United States", HA)},
    ),
    case("A ceasefire is urgently needed.", EU, {Fact("European Union", CF)}),
    case(
        "Respect for international humanitarian law is essential.",
        UK,
        {Fact("United Kingdom", IL)},
    ),
    case(
        "It is time for the parties to return to the negotiating table.",
        US,
        {Fact("United States", PS), Fact("United States", NG)},
    ),
    case(
        "Israel has a responsibility to protect civilians in Gaza.",
        UK,
        {Fact("United Kingdom", PC)},
    ),
    case("We need an immediate humanitarian pause.", US, {Fact("United States", CF)}),
    # in news, an obligation nobody is said to state is nobody's call
    case("Russia must withdraw its troops from Ukraine.", "Reuters", set()),
    case("There can be no military solution to this conflict.", None, set()),
    case(
        "The only way out is an inclusive political process.",
        UK,
        {Fact("United Kingdom", PS)},
    ),
    case(
        "There will be no lasting security without a political horizon.",
        EU,
        {Fact("European Union", PS)},
    ),
    case(
        "Children must be protected from the fighting.",
        UK,
        {Fact("United Kingdom", PC)},
    ),
    case(
        "Hospitals must be spared, whatever the military aim.",
        EU,
        {Fact("European Union", PC)},
    ),
    case(
        "Aid workers must be allowed to reach the wounded.",
        US,
        {Fact("United States", HA)},
    ),
    case(
        "The mission needs the resources to fulfil its mandate, and we call on "
        "member states to contribute personnel and funding.",
        US,
        {Fact("United States", II)},
    ),
]


@pytest.mark.parametrize(("text", "publisher", "expected"), OBLIGATIONS)
def test_obligations_in_a_statement_are_its_authors_calls(
    read: Callable[..., Extraction], text: str, publisher: str | None, expected: set
) -> None:
    assert facts(read(text, publisher=publisher)) == expected


ENDORSEMENTS = [
    case(
        "We echo the Secretary-General's call for a humanitarian ceasefire.",
        UK,
        {Fact("United Kingdom", CF), Fact("United Nations", CF)},
        name="echo X's call",
    ),
    case(
        "We fully back the calls made by the African Union for an end to the siege.",
        US,
        {Fact("United States", EO), Fact("African Union", EO)},
        name="back the calls made by X",
    ),
    case(
        "The United Kingdom joins the international call for an immediate cessation "
        "of hostilities.",
        None,
        {Fact("United Kingdom", CF)},
        name="join the call",
    ),
    case(
        "Through its resolution the Security Council joined the African Union and "
        "the Arab League to call on the parties to silence the guns.",
        None,
        {
            Fact("UN Security Council", CF),
            Fact("African Union", CF),
            Fact("Arab League", CF),
        },
        name="X joined Y and Z to call",
    ),
    case(
        "We once again appeal to the warring parties to return to negotiations.",
        UK,
        {Fact("United Kingdom", PS), Fact("United Kingdom", NG)},
        name="appeal to X to",
    ),
    case(
        "We expect Russia to withdraw its forces from Ukrainian territory.",
        US,
        {Fact("United States", WD)},
        name="expect X to",
    ),
    case(
        "We would like to see an immediate ceasefire in Gaza.",
        EU,
        {Fact("European Union", CF)},
        name="would like to see",
    ),
    case(
        "Germany wants Russia to withdraw its troops.",
        None,
        {Fact("Germany", WD)},
        name="want X to",
    ),
    case(
        "The United States wants to see a nationwide ceasefire.",
        None,
        {Fact("United States", CF)},
        name="wants to see",
    ),
    # endorsing the call made just before
    case(
        "Oman called for a truce in Yemen. Qatar welcomed that appeal.",
        None,
        {Fact("Oman", CF), Fact("Qatar", CF)},
        name="welcomed that appeal",
    ),
    case(
        "Mexico urged the parties to protect civilians. Chile and Peru supported "
        "the call.",
        None,
        {Fact(c, PC) for c in ("Mexico", "Chile", "Peru")},
        name="A and B supported the call",
    ),
    case(
        "The African Union demanded the release of all detainees. Ghana "
        "associated itself with the appeal.",
        None,
        {Fact("African Union", RD), Fact("Ghana", RD)},
        name="associated itself with the appeal",
    ),
    case(
        "The Secretary-General asked for humanitarian access to the camps. We "
        "share his call.",
        UK,
        {Fact("United Nations", HA), Fact("United Kingdom", HA)},
        name="we share his call",
    ),
    case(
        "Canada supports that call for a ceasefire.",
        None,
        {Fact("Canada", CF)},
        name="supports that call for X (read as a clause by the parser)",
    ),
    case(
        "Brazil called for negotiations. Brazil reiterated that call on Tuesday.",
        None,
        {Fact("Brazil", NG)},
        name="repeating one's own call is one call",
    ),
    case(
        "The Arab League called for a ceasefire in Gaza. Egypt had hosted talks. "
        "The talks failed. Months passed. Jordan supports the call.",
        None,
        {Fact("Arab League", CF)},
        name="too far back to know which call",
    ),
    # associating with, adding a voice to, aligning with another's call
    case(
        "Italy associates itself with the appeal made by the Pope on Sunday for an "
        "exchange of all prisoners.",
        None,
        {Fact("Italy", RD), Fact("Vatican", RD)},
        name="associates itself with the appeal made by X for Y",
    ),
    case(
        "Ireland adds its voice to the call by UNICEF for humanitarian access to Gaza.",
        None,
        {Fact("Ireland", HA), Fact("UNICEF", HA)},
        name="adds its voice to the call by X for Y",
    ),
    case(
        "Spain aligned itself with the EU's demand for a ceasefire.",
        None,
        {Fact("Spain", CF), Fact("European Union", CF)},
        name="aligned itself with X's demand",
    ),
    # "as X urged, Y must ...": X asks it, and so does who says it now
    case(
        "As the African Union urged last week, the leaders in Juba must release "
        "detained opposition officials.",
        KE,
        {Fact("African Union", RD), Fact("Kenya", RD)},
        name="as X urged, Y must",
    ),
    case(
        "As ASEAN demanded, the junta must free all political prisoners.",
        None,
        {Fact("ASEAN", RD)},
        name="as X demanded, in news: X only",
    ),
    # "called for X to be done": the parser makes "for" the clause's mark
    case(
        "Pakistan condemned the attack and called for the perpetrators to be "
        "brought to justice.",
        None,
        {Fact("Pakistan", AC)},
        name="called for X to be done",
    ),
    case(
        "Kenya called for all hostages to be released.",
        None,
        {Fact("Kenya", RD)},
        name="called for X to be released",
    ),
    # "the minister" after "the UK's Africa minister": the same office
    case(
        "The UK's Africa minister visited Chad. The minister said the paramilitary "
        "group must allow humanitarian access. The RSF did not respond.",
        "Reuters",
        {Fact("United Kingdom", HA)},
        name="the minister, named before",
    ),
    # what a named actor holds must happen is its call, not the author's
    case(
        "Kenya believes that the parties must return to the negotiating table.",
        UK,
        {Fact("Kenya", PS), Fact("Kenya", NG)},
        name="X believes that Y must",
    ),
    case(
        "Chile agrees that those responsible must be brought to justice.",
        None,
        {Fact("Chile", AC)},
        name="X agrees that Y must",
    ),
    case(
        "The minister believes the fighting must stop.",
        None,
        set(),
        name="held by someone unnamed: nobody's",
    ),
    # commands
    case(
        "South Sudan's president told soldiers to stop fighting.",
        None,
        {Fact("South Sudan", CF)},
        name="told X to",
    ),
    case(
        "Kenya ordered its troops to withdraw from the border town.",
        None,
        {Fact("Kenya", WD)},
        name="ordered X to",
    ),
    case(
        "The minister told reporters that talks would resume.",
        None,
        set(),
        name="told X that: a report, no command",
    ),
]


@pytest.mark.parametrize(("text", "publisher", "expected"), ENDORSEMENTS)
def test_endorsed_and_joined_calls_are_everyone_s(
    read: Callable[..., Extraction], text: str, publisher: str | None, expected: set
) -> None:
    assert facts(read(text, publisher=publisher)) == expected


# --- documents speak for whoever issued them ------------------------------------------

DOCUMENTS = [
    case(
        "The declaration adopted by the African Union calls for an immediate "
        "ceasefire in Sudan.",
        None,
        {Fact("African Union", CF)},
        name="the declaration adopted by X calls for",
    ),
    case(
        "The G7 statement calls on Iran to release the detainees.",
        None,
        {Fact("G7", RD)},
        name="the X statement calls on",
    ),
    case(
        "ECOWAS's communiqué urges the junta to release the detainees.",
        None,
        {Fact("ECOWAS", RD)},
        name="X's communiqué urges",
    ),
    case(
        "The communiqué from the summit called for talks.",
        None,
        set(),
        name="a document nobody is said to have issued",
    ),
    # the parser's "demands" as a noun with a subject
    case(
        "The Security Council met. We also recall that resolution 2736 demands "
        "that the Rapid Support Forces halt the siege of El Fasher.",
        UK,
        {Fact("UN Security Council", EO)},
        name="recall that resolution N demands that",
    ),
    case(
        "The Security Council met. Resolution 2417 demands that all parties allow "
        "humanitarian access.",
        None,
        {Fact("UN Security Council", HA)},
        name="resolution N demands that",
    ),
    # a participle echoing another's call: both call
    case(
        "Echoing the G7's call last month, Canada demands that Russia withdraw its "
        "troops from the plant.",
        None,
        {Fact("Canada", WD), Fact("G7", WD)},
        name="echoing X's call",
    ),
    case(
        "Joining the African Union, Ghana urged the junta to release the detainees.",
        None,
        {Fact("Ghana", RD), Fact("African Union", RD)},
        name="joining X",
    ),
    case(
        "Echoing earlier warnings, Kenya called for a ceasefire.",
        None,
        {Fact("Kenya", CF)},
        name="echoing what is no actor",
    ),
]


@pytest.mark.parametrize(("text", "publisher", "expected"), DOCUMENTS)
def test_documents_and_echoes_speak_for_their_issuers(
    read: Callable[..., Extraction], text: str, publisher: str | None, expected: set
) -> None:
    assert facts(read(text, publisher=publisher)) == expected


# --- roles and groups ---------------------------------------------------------------

ROLES = [
    # a state's ministry: the state named after it, else the author's own
    case(
        "The Foreign Ministry of Egypt called for restraint.",
        None,
        {Fact("Egypt", DE)},
    ),
    case(
        "The Ministry of Defence of the United Kingdom called for restraint.",
        None,
        {Fact("United Kingdom", DE)},
    ),
    case(
        "The Ministry of Foreign Affairs and Expatriates calls for an immediate "
        "ceasefire.",
        "Ministry of Foreign Affairs of Jordan",
        {Fact("Jordan", CF)},
    ),
    case("The Ministry of Foreign Affairs calls for restraint.", None, set()),
    case(
        "The Prime Minister of Israel called for a ceasefire.",
        UK,
        {Fact("Israel", CF)},
    ),
    # a UN office in a text about the UN; alone, or "of Norway", it is not the UN's
    case(
        "The United Nations is alarmed by the fighting. The Special Envoy called "
        "for talks between the parties.",
        None,
        {Fact("United Nations", PS), Fact("United Nations", NG)},
    ),
    case("The Special Envoy called for talks between the parties.", None, set()),
    case(
        "The Special Envoy of Norway called for talks at the United Nations.",
        None,
        {Fact("Norway", NG)},
    ),
    # the head of a body's mission speaks for the body
    case(
        '"We call on the M23 to halt its advance immediately," the head of the UN '
        "peacekeeping mission told reporters.",
        "Reuters",
        {Fact("United Nations", EO)},
    ),
    case(
        "The head of the NATO mission in Kosovo called for calm.",
        None,
        {Fact("NATO", DE)},
    ),
    # an organ the gazetteer does not know, named after its body
    case(
        "The UN mission in Libya called for the release of detainees.",
        None,
        {Fact("United Nations", RD)},
    ),
    case(
        "The EU Special Representative for the Sahel urged the junta to release "
        "detainees.",
        None,
        {Fact("European Union", RD)},
    ),
    case("The Unity Party called for talks.", None, {Fact("Unity Party", NG)}),
    case(
        "The Secretary-General called for a truce.", None, {Fact("United Nations", CF)}
    ),
    case(
        "The Foreign Secretary urged both sides to show restraint.",
        UK,
        {Fact("United Kingdom", DE)},
    ),
    case(
        "The Security Council met on Monday. This Council demands an end to the siege.",
        None,
        {Fact("UN Security Council", EO)},
    ),
    case(
        "The Secretary spoke today with the Foreign Minister of Egypt. He urged "
        "all parties to allow unhindered humanitarian access.",
        US,
        {Fact("United States", HA)},
    ),
    case(
        "The Prime Minister of Israel called for the release of the hostages.",
        UK,
        {Fact("Israel", RD)},
    ),
]


@pytest.mark.parametrize(("text", "publisher", "expected"), ROLES)
def test_offices_and_bodies_named_by_role(
    read: Callable[..., Extraction], text: str, publisher: str | None, expected: set
) -> None:
    assert facts(read(text, publisher=publisher)) == expected


# --- quotes a statement opens with "X said:" -----------------------------------------


def test_a_quote_after_said_colon_and_its_following_paragraphs(
    read: Callable[..., Extraction],
) -> None:
    text = (
        "The Foreign Secretary welcomed the talks.\n\n"
        "The Foreign Secretary said:\n\n"
        '"We call on both sides to agree a lasting ceasefire.\n\n'
        '"We also urge them to release all hostages."\n'
    )
    assert facts(read(text, publisher=UK)) == {
        Fact("United Kingdom", CF),
        Fact("United Kingdom", RD),
    }
