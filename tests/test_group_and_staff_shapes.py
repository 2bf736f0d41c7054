"""Who did it and who said it, in phrases that name a group or a body only
through its members, staff, backers or bases (all sentences invented).

- "fighters / militants / members of X" act for X;
- "the Pakistan-based group", "Iran-backed militias": the place or backer is
  not the group;
- "the attack, in which five soldiers died": a relative clause joined by a
  preposition names who it befell, not who did it;
- "a researcher at Human Rights Watch", "our colleagues at UNICEF" speak for
  the body;
- "Council members" are the council the text named;
- a quote is not attributed to a later paragraph's "X did not respond".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import AC, CF, DE, HA, NG, PC, PS
from conftest import attackers_of as attackers
from conftest import calls_of as calls
from conftest import condemnations_of as condemnations

from kg.model import EventKind, Extraction

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants of the Islamic State group attacked a checkpoint.",
            {"Islamic State"},
        ),
        ("Rebels of the M23 movement shelled Goma on Friday.", {"M23"}),
        ("Members of the Wagner Group stormed the village at dawn.", {"Wagner Group"}),
    ],
)
def test_members_of_a_group_act_for_it(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert attackers(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # the base or the backer named before a hyphen is not who attacked
        (
            "The bombing was carried out by terrorists of the Pakistan-based "
            "Lashkar-e-Taiba.",
            "Pakistan",
        ),
        ("Fighters of the Iran-backed Kataib Hezbollah attacked the base.", "Iran"),
        # an apposition says who else is behind them, not who attacked
        (
            "The raid was carried out by fighters of the Zintan Brigade, a proxy "
            "of Egypt.",
            "Egypt",
        ),
    ],
)
def test_a_base_backer_or_sponsor_is_not_the_attacker(
    read: Callable[..., Extraction], text: str, unwanted: str
) -> None:
    found = attackers(read(text))
    assert found and unwanted not in found


@pytest.mark.parametrize(
    "text",
    [
        "India condemns the attack on an army convoy in Poonch, in which five "
        "Indian soldiers were killed.",
        "Nigeria mourns the ambush near Maiduguri, during which twelve Nigerian "
        "troops died.",
        "Kenya deplores the bombing at the market, in which Kenyan police "
        "officers were wounded.",
    ],
)
def test_who_died_in_an_attack_did_not_carry_it_out(
    read: Callable[..., Extraction], text: str
) -> None:
    found = attackers(read(text))
    assert not found & {"India", "Nigeria", "Kenya"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Both sides must agree to a ceasefire now," said a senior researcher '
            "at Human Rights Watch.",
            {("Human Rights Watch", CF)},
        ),
        (
            "Our colleagues at UNICEF have called for safe access for aid convoys.",
            {("UNICEF", HA)},
        ),
        (
            "The director at Amnesty International urged the army to protect "
            "civilians.",
            {("Amnesty International", PC)},
        ),
    ],
)
def test_staff_at_a_body_speak_for_it(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


def test_staff_at_a_place_are_nobody(read: Callable[..., Extraction]) -> None:
    ex = read("Officials at the hospital said 12 people were killed.")
    assert all(e.agent is None for e in ex.events if e.kind is EventKind.ATTACK)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN Security Council met on Friday. M23 fighters opened fire on a "
            "UN patrol. Council members condemned the attack.",
            {("UN Security Council", "M23")},
        ),
        (
            "The Security Council held consultations. Council members condemned "
            "Russia.",
            {("UN Security Council", "Russia")},
        ),
        # no council named, nor a UN or EU text: nobody
        ("Council members condemned Russia.", set()),
    ],
)
def test_council_members_are_the_council(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert condemnations(read(text)) == expected


def test_a_later_paragraph_does_not_attribute_a_quote(
    read: Callable[..., Extraction],
) -> None:
    text = (
        'Amnesty International said on Monday: "The army must release the '
        'detained journalists."\n\n"States should impose an arms embargo," the '
        "group added.\n\nThe army's spokesman did not respond to a request for "
        "comment."
    )
    ex = read(text)
    agents = {e.agent.label for e in ex.events if e.kind is EventKind.CALL}
    assert agents == {"Amnesty International"}


def test_a_quote_resumed_after_its_attribution_keeps_its_speaker(
    read: Callable[..., Extraction],
) -> None:
    text = (
        '"The Taliban must release these women," said a director at Amnesty '
        'International. "States should back an independent accountability '
        'mechanism." The Taliban did not respond.'
    )
    assert calls(read(text)) == {
        ("Amnesty International", "ReleaseOfDetainees"),
        ("Amnesty International", AC),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare verbs joined to the cue continue its infinitive
        (
            "China calls on the two sides to exercise restraint, prevent further "
            "escalation and resolve their differences through dialogue.",
            {("China", DE), ("China", PS), ("China", NG)},
        ),
        (
            "Kenya urged both parties to halt the fighting, open the crossings and "
            "return to talks.",
            {("Kenya", CF), ("Kenya", HA), ("Kenya", PS), ("Kenya", NG)},
        ),
        # a verb with its own tense is another statement, not the demand
        (
            "Norway called on Israel to allow aid in and said it would host a "
            "conference on reconstruction.",
            {("Norway", HA)},
        ),
    ],
)
def test_a_list_of_demands_after_one_cue(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It renews the State of Qatar's call for the international community "
            "to compel the occupation to respect international law.",
            {("Qatar", "RespectForInternationalLaw")},
        ),
        (
            "Egypt's foreign minister renewed his country's call for aid trucks "
            "waiting at Rafah to be allowed into Gaza.",
            {("Egypt", HA)},
        ),
        (
            "Peru reiterated its call for both armies to pull back their troops "
            "from the border.",
            {("Peru", "Withdrawal")},
        ),
    ],
)
def test_a_renewed_call_for_someone_to_act(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spokesperson for a ministry or a group speaks for its state or group
        (
            "A spokesperson for the Chinese foreign ministry called on both sides "
            "to exercise restraint.",
            {("China", "DeEscalation")},
        ),
        (
            "The spokesperson for the Chinese foreign ministry, Mao Ning, called on "
            "both sides to exercise restraint.",
            {("China", "DeEscalation")},
        ),
        ("A spokesman for Hamas called for a ceasefire.", {("Hamas", "Ceasefire")}),
        # an envoy or coordinator "for" a country works on it, not for it
        ("The Special Envoy for Yemen called for a ceasefire.", set()),
        (
            "The Humanitarian Coordinator for Yemen called for a ceasefire.",
            set(),
        ),
    ],
)
def test_who_a_spokesperson_for_speaks_for(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" after an office named without a name: the office's body
        (
            "Kenya's foreign minister was briefed on the attack. He called for "
            "restraint.",
            {("Kenya", "DeEscalation")},
        ),
        (
            "The UN Secretary-General arrived in Port Sudan. He called for an "
            "immediate ceasefire.",
            {("United Nations", "Ceasefire")},
        ),
        # "they" after a conjoined subject: each of them
        (
            "Norway and Iceland issued a joint statement. They called for the "
            "release of all hostages.",
            {("Norway", "ReleaseOfDetainees"), ("Iceland", "ReleaseOfDetainees")},
        ),
        # a named party asked only "to stop" stops what it does; anyone else
        # asked to stop is asked for nothing we code
        (
            "The Houthis fired missiles at a tanker. The United States called for "
            "the Houthis to stop.",
            {("United States", "EndOfOffensive")},
        ),
        ("France urged Russia to stop immediately.", {("France", "EndOfOffensive")}),
        ("Kenya asked the protesters to stop.", set()),
    ],
)
def test_who_a_pronoun_or_a_bare_stop_means(
    read: Callable[..., Extraction], text: str, expected: set
) -> None:
    assert calls(read(text)) == expected
