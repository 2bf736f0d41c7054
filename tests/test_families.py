"""Agreements, meetings, support, threats, territory and quotes, on sentences of our own."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract.actors import Context
from kg.extract.support import extract_support
from kg.model import Article, EventKind

pytestmark = pytest.mark.model


def _events(ex, kind):
    return [e for e in ex.events if e.kind is kind]


def _labels(actors):
    return sorted(a.label for a in actors)


@pytest.mark.parametrize(
    ("text", "kind", "parties", "brokers", "status"),
    [
        (
            "Ankara and Moscow signed an agreement to prevent an attack on Idlib.",
            "agreement",
            ["Russia", "Turkey"],
            [],
            "Agreed",
        ),
        (
            "Fighting continued despite the ceasefire agreement between Armenia and "
            "Azerbaijan.",
            "ceasefire",
            ["Armenia", "Azerbaijan"],
            [],
            "Violated",
        ),
        (
            "A truce brokered by Egypt and Qatar took effect on Friday.",
            "truce",
            [],
            ["Egypt", "Qatar"],
            "Agreed",
        ),
        (
            "Ukraine and Russia reached a deal with Turkey.",
            "deal",
            ["Russia", "Turkey", "Ukraine"],
            [],
            "Agreed",
        ),
        # asked for, not concluded: the ones asked are the parties
        (
            "NATO urged Russia to agree a ceasefire in Idlib.",
            "ceasefire",
            ["Russia"],
            [],
            "CalledFor",
        ),
        (
            "The EU asked Armenia and Azerbaijan to sign a peace treaty.",
            "treaty",
            ["Armenia", "Azerbaijan"],
            [],
            "CalledFor",
        ),
        (
            "The UN has called for a truce between Israel and Hamas.",
            "truce",
            ["Hamas", "Israel"],
            [],
            "CalledFor",
        ),
        # only planned
        (
            "Turkey and Russia will sign a deal on Idlib next week.",
            "deal",
            ["Russia", "Turkey"],
            [],
            "Planned",
        ),
        (
            "Kyiv and Moscow hope to reach an agreement on grain exports.",
            "agreement",
            ["Russia", "Ukraine"],
            [],
            "Planned",
        ),
        # a call to keep one that exists does not unmake it
        (
            "The EU urged both sides to respect the ceasefire agreement between "
            "Turkey and Russia.",
            "ceasefire",
            ["Russia", "Turkey"],
            [],
            "Agreed",
        ),
    ],
)
def test_agreements(read, text, kind, parties, brokers, status) -> None:
    (agreement,) = _events(read(text), EventKind.AGREEMENT)
    assert agreement.kind_text == kind
    assert _labels(agreement.participants) == parties
    assert _labels(agreement.brokers) == brokers
    assert agreement.status == status


def test_an_agreement_without_named_parties_is_no_fact(read) -> None:
    assert (
        _events(read("The agreement was welcomed by many."), EventKind.AGREEMENT) == []
    )


@pytest.mark.parametrize(
    ("text", "participants", "requested", "status"),
    [
        (
            "Putin and Erdogan could meet next week.",
            ["Recep Tayyip Erdogan", "Vladimir Putin"],
            [],
            "Planned",
        ),
        (
            "The UN Security Council is set to hold an emergency session at the request "
            "of France and Mexico.",
            ["UN Security Council"],
            ["France", "Mexico"],
            "Planned",
        ),
        (
            "Zelensky met Biden in Washington on Thursday.",
            ["Joe Biden", "Volodymyr Zelensky"],
            [],
            "Happened",
        ),
        ("NATO held an emergency meeting in Brussels.", ["NATO"], [], "Happened"),
    ],
)
def test_meetings(read, text, participants, requested, status) -> None:
    (meeting,) = _events(read(text), EventKind.MEETING)
    assert _labels(meeting.participants) == participants
    assert _labels(meeting.brokers) == requested
    assert meeting.status == status


def test_no_plans_to_meet_is_no_meeting(read) -> None:
    ex = read("The Kremlin said there were no plans for Putin and Erdogan to meet.")
    assert _events(ex, EventKind.MEETING) == []


@pytest.mark.parametrize(
    ("text", "agent", "targets"),
    [
        (
            "All NATO member states expressed solidarity with Turkey.",
            "NATO",
            ["Turkey"],
        ),
        ("Germany offered its condolences to Israel.", "Germany", ["Israel"]),
        ("Iran backs the Houthis.", "Iran", ["Houthis"]),
        (
            "We stand by Ukraine, the British prime minister said.",
            "United Kingdom",
            ["Ukraine"],
        ),
    ],
)
def test_support(read, text, agent, targets) -> None:
    (support,) = _events(read(text), EventKind.SUPPORT)
    assert support.agent.label == agent
    assert _labels(support.targets) == targets


def test_passive_backing_names_no_supporter(read) -> None:
    ex = read("Syrian government forces backed by air strikes entered the town.")
    assert _events(ex, EventKind.SUPPORT) == []


@pytest.mark.parametrize(
    ("text", "agent", "targets", "demands"),
    [
        (
            "Ankara has vowed to retaliate against the Syrian regime.",
            "Turkey",
            ["Syria"],
            (),
        ),
        (
            "The Syrian regime shelled Turkish posts. Turkey threatened to drive back "
            "regime forces unless they withdraw by the "
            "end of the month.",
            "Turkey",
            ["Syria"],
            ("Withdrawal",),
        ),
        ("Iran warned Israel of a crushing response.", "Iran", ["Israel"], ()),
    ],
)
def test_threats(read, text, agent, targets, demands) -> None:
    ex = read(text)
    (threat,) = _events(ex, EventKind.THREAT)
    assert threat.agent.label == agent
    assert _labels(threat.targets) == targets
    calls = [c for c in _events(ex, EventKind.CALL) if c.cue == "unless"]
    assert tuple(d for c in calls for d in c.demands) == demands


def test_a_warning_without_force_is_no_threat(read) -> None:
    ex = read("The WHO warned Sudan about a cholera outbreak.")
    assert _events(ex, EventKind.THREAT) == []


@pytest.mark.parametrize(
    ("text", "agent", "place", "cue"),
    [
        (
            "Syrian government forces surrounded and entered Saraqib.",
            "Syria",
            "Saraqib",
            "surround",
        ),
        (
            "Russian troops captured Avdiivka after months of fighting.",
            "Russia",
            "Avdiivka",
            "capture",
        ),
        (
            "Ukrainian forces retook Kherson in November.",
            "Ukraine",
            "Kherson",
            "retake",
        ),
        (
            "Bakhmut was captured by Wagner fighters.",
            "Wagner Group",
            "Bakhmut",
            "capture",
        ),
    ],
)
def test_territory(read, text, agent, place, cue) -> None:
    changes = _events(read(text), EventKind.TERRITORY)
    assert changes
    first = changes[0]
    assert (first.agent.label, first.place, first.cue) == (agent, place, cue)


def test_territory_needs_a_place(read) -> None:
    ex = read("Rebels captured three soldiers.")
    assert _events(ex, EventKind.TERRITORY) == []


def test_quotes_carry_speaker_and_facts_point_to_them(read) -> None:
    ex = read(
        'NATO Secretary General Jens Stoltenberg spoke in Brussels. "We urge an '
        'immediate return to the cease-fire," he said.'
    )
    (quote,) = _events(ex, EventKind.QUOTE)
    assert quote.speaker.label == "Jens Stoltenberg"
    assert quote.agent.label == "NATO"
    assert quote.cue == "say"
    assert quote.quote.startswith("We urge an immediate return")
    (call,) = _events(ex, EventKind.CALL)
    assert call.in_quote == quote.evidence.start


def test_scare_quotes_are_no_quotes(read) -> None:
    ex = read('Ankara vowed to retaliate against the "illegitimate" regime.')
    assert _events(ex, EventKind.QUOTE) == []


def test_support_on_a_hand_built_doc(nlp, gazetteer) -> None:
    # "Germany expressed solidarity with Israel ." frozen as the model parses it
    words = ["Germany", "expressed", "solidarity", "with", "Israel", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, True, False, False],
        heads=[1, 1, 1, 2, 3, 1],
        deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["Germany", "express", "solidarity", "with", "Israel", "."],
        ents=["B-GPE", "O", "O", "O", "B-GPE", "O"],
        sent_starts=[True, False, False, False, False, False],
    )
    text = doc.text
    ctx = Context(doc, Article("t", text, text), gazetteer)
    (event,) = list(extract_support(ctx))
    assert (event.agent.label, _labels(event.targets)) == ("Germany", ["Israel"])


@pytest.mark.parametrize(
    ("text", "attacker", "targets", "place", "means"),
    [
        (
            "Russian forces shelled Kharkiv on Tuesday.",
            "Russia",
            [],
            "Kharkiv",
            "shelling",
        ),
        (
            "Israel struck Hezbollah targets in southern Lebanon.",
            "Israel",
            ["Hezbollah"],
            "Lebanon",
            "airstrike",
        ),
        (
            "Houthi rebels attacked a commercial ship in the Red Sea.",
            "Houthis",
            [],
            "the Red Sea",
            None,
        ),
    ],
)
def test_attacks_without_counts(read, text, attacker, targets, place, means) -> None:
    (attack,) = _events(read(text), EventKind.ATTACK)
    assert attack.agent.label == attacker
    assert _labels(attack.targets) == targets
    assert (attack.place, attack.means) == (place, means)
    assert attack.casualties == ()


def test_an_attack_with_counts_is_one_event(read) -> None:
    ex = read(
        "An airstrike by the Syrian regime on Turkish troops killed 33 soldiers "
        "in Idlib."
    )
    (attack,) = _events(ex, EventKind.ATTACK)
    assert attack.agent.label == "Syria"
    assert _labels(attack.targets) == ["Turkey"]
    assert [c.amount.value for c in attack.casualties] == [33]
    assert attack.place == "Idlib"


def test_a_hypothetical_attack_is_no_attack(read) -> None:
    assert _events(read("Russia could attack Kyiv again."), EventKind.ATTACK) == []


def test_the_two_leaders_are_the_last_two_people_named(read) -> None:
    ex = read(
        "Putin spoke with Erdogan by phone. The two leaders agreed to meet in Sochi."
    )
    (meeting,) = _events(ex, EventKind.MEETING)
    assert _labels(meeting.participants) == ["Recep Tayyip Erdogan", "Vladimir Putin"]
    assert meeting.status == "Planned"


def test_both_sides_are_the_last_two_parties_named(read) -> None:
    ex = read(
        "Armenia accused Azerbaijan of shelling. Both sides called for restraint."
    )
    calls = _events(ex, EventKind.CALL)
    assert sorted(c.agent.label for c in calls) == ["Armenia", "Azerbaijan"]
    assert all(c.demands == ("DeEscalation",) for c in calls)
