"""Shapes of a mixed news feed, on sentences of our own: bodies named through
their owner, calls renewed as nouns, feelings expressed as condemnation, verbs
the parser takes for nouns, weapons sent in salvoes, ages that are no counts,
and questions, which state nothing."""

from __future__ import annotations

import pytest
from conftest import CF, EO, HA, PC, WD
from conftest import attackers_of as attackers
from conftest import calls_of as calls
from conftest import condemnations_of as condemnations

from kg.model import EventKind

pytestmark = pytest.mark.model


def killed(ex) -> list[int | None]:  # noqa: ANN001
    return [
        c.amount.value
        for e in ex.events
        for c in e.casualties
        if c.type.value == "Killed"
    ]


# --- who a body or a person belongs to ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN's Integrated Office in Haiti called on the authorities to "
            "protect civilians.",
            {("United Nations", PC)},
        ),
        (
            "Jordan's King Abdullah calls for an immediate end to the fighting.",
            {("Jordan", CF)},
        ),
        ("Egypt's President Sisi called for a ceasefire in Gaza.", {("Egypt", CF)}),
    ],
)
def test_an_owner_in_front_names_whose_it_is(read, text: str, expected: set) -> None:
    assert calls(read(text)) == expected


def test_a_council_of_another_body_is_that_bodys(read) -> None:
    ex = read(
        "The Peace and Security Council of the African Union strongly condemns "
        "the al-Shabaab attack on the base."
    )
    assert condemnations(ex) == {("African Union", "al-Shabaab")}
    # the UN's own is still the UN's
    ex = read("The Security Council condemned the al-Shabaab attack on the base.")
    assert condemnations(ex) == {("UN Security Council", "al-Shabaab")}


def test_a_name_the_model_cut_before_of_keeps_its_end(read) -> None:
    ex = read(
        "The Episcopal Conference of Colombia demanded the release of everyone "
        "the group holds hostage."
    )
    assert {a for a, _ in calls(ex)} == {"Episcopal Conference of Colombia"}


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Africa Command conducted an airstrike against ISIS-Somalia.",
        "U.S. Central Command forces struck Houthi radar sites near Hodeidah.",
    ],
)
def test_a_command_is_its_states(read, text: str) -> None:
    assert attackers(read(text)) == {"United States"}


# --- calls renewed as nouns ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU reiterates its call on Rwanda to withdraw its forces.",
            {("European Union", WD)},
        ),
        (
            "The EU renewed its call on the M23 to halt its offensive.",
            {("European Union", EO)},
        ),
        (
            "Norway repeated its call upon Israel to let aid into Gaza.",
            {("Norway", HA)},
        ),
        (
            "Manila demanded that China withdraw its vessels from the shoal.",
            {("Philippines", WD)},
        ),
    ],
)
def test_a_call_on_someone_as_a_noun(read, text: str, expected: set) -> None:
    assert calls(read(text)) == expected


# --- feelings and misread verbs that condemn -----------------------------------------


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        (
            "The Ministry of Foreign Affairs of the State of Qatar expresses its "
            "outrage at the raid carried out by the Israeli forces on the camp.",
            None,
            {("Qatar", "Israel")},
        ),
        (
            "Egypt voiced indignation over the Israeli strike on the school.",
            None,
            {("Egypt", "Israel")},
        ),
        (
            "Sudan denounces in the strongest terms the drone attack carried out by "
            "the Rapid Support Forces militia.",
            None,
            {("Sudan", "Rapid Support Forces")},
        ),
        (
            "The Ministry of Foreign Affairs denounces in the strongest terms the "
            "drone attack carried out by the Rapid Support Forces militia.",
            "Ministry of Foreign Affairs of the Republic of the Sudan",
            {("Sudan", "Rapid Support Forces")},
        ),
        # outrage at a decision names no doer; an unknown ministry is nobody
        ("Turkey expressed outrage at the decision.", None, set()),
        (
            "The Ministry of Foreign Affairs denounces the attack by Hamas.",
            None,
            set(),
        ),
    ],
)
def test_condemnation_by_feeling_and_by_misread_verb(
    read, text: str, publisher: str | None, expected: set
) -> None:
    assert condemnations(read(text, publisher=publisher)) == expected


# --- weapons in salvoes, fires set ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hours later, Hezbollah launched a salvo of rockets at northern Israel.",
            {"Hezbollah"},
        ),
        ("Hamas fired a barrage of rockets toward Tel Aviv.", {"Hamas"}),
        (
            "Ukrainian drones set fire to an oil refinery in Saratov overnight.",
            {"Ukraine"},
        ),
        ("Russian missiles damaged the power plant near Kyiv.", {"Russia"}),
        # a salvo of words, a fire set by nobody's weapon
        ("The minister launched a barrage of criticism at the press.", set()),
        ("Farmers set fire to the stubble in their fields.", set()),
    ],
)
def test_salvoes_and_fires(read, text: str, expected: set) -> None:
    assert attackers(read(text)) == expected


# --- ages are no counts ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling killed a 64-year-old man in his garden.", [1]),
        ("Shelling killed a 64-year-old man and his wife.", [2]),
        ("A drone strike killed a two-year-old girl.", [1]),
    ],
)
def test_an_age_is_not_a_count(read, text: str, expected: list) -> None:
    assert killed(read(text)) == expected


# --- questions state nothing ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Will the Foreign Secretary condemn the United Arab Emirates for its role?",
        "Q: Is the next step striking Iran directly?",
        "Is the Secretary-General still pushing for a ceasefire?",
        'He asked: "Did the strike kill 12 people?"',
    ],
)
def test_a_question_states_nothing(read, text: str) -> None:
    ex = read(text)
    assert (calls(ex), condemnations(ex), killed(ex)) == (set(), set(), [])
    assert attackers(ex) <= {None} and not any(
        e.kind is EventKind.ATTACK and e.agent is not None for e in ex.events
    )


# --- joint statements the parser loses, short names, state forces ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Foreign Ministers of the Arab Republic of Egypt, the Hashemite "
            "Kingdom of Jordan, the State of Qatar and the Republic of Türkiye "
            "condemn in the strongest terms Israel's bombardment of Rafah.",
            {
                ("Egypt", "Israel"),
                ("Jordan", "Israel"),
                ("Qatar", "Israel"),
                ("Turkey", "Israel"),
            },
        ),
        (
            "The Troika (Norway, the United Kingdom and the United States) and the "
            "European Union condemn the aerial bombardment of Nasir by the South "
            "Sudan People's Defence Forces.",
            {
                ("Norway", "South Sudan"),
                ("United Kingdom", "South Sudan"),
                ("United States", "South Sudan"),
                ("European Union", "South Sudan"),
            },
        ),
        # a verb before the cue: the parse, not the fallback, decides
        ("Egypt said it does not condemn the Israeli strike.", set()),
        # no doer named for the act
        (
            "The Foreign Ministers of Egypt and Jordan condemn the bombing of the market.",
            set(),
        ),
    ],
)
def test_a_long_list_of_signatories_condemns_each(
    read, text: str, expected: set
) -> None:
    assert condemnations(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The League of Arab States met on Thursday. The League called for the "
            "protection of Palestinian civilians.",
            {("Arab League", PC)},
        ),
        (
            "The ECOWAS Commission met in Abuja. The Commission calls for an "
            "immediate ceasefire.",
            {("ECOWAS", CF)},
        ),
        # no body named before: the short name is nobody
        ("The Commission calls for an immediate ceasefire.", set()),
    ],
)
def test_a_short_name_is_the_body_named_before(read, text: str, expected: set) -> None:
    assert calls(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The South Sudan People's Defence Forces bombed Nasir.", {"South Sudan"}),
        (
            "The People's Defence Force attacked a junta convoy in Sagaing.",
            {"People's Defence Force"},
        ),
    ],
)
def test_a_states_forces_are_the_states(read, text: str, expected: set) -> None:
    assert attackers(read(text)) == expected


def test_one_target_once_however_often_it_is_named(read) -> None:
    ex = read(
        "The members of the Security Council condemned the attack against a "
        "MONUSCO patrol near Beni, carried out by the Allied Democratic Forces (ADF)."
    )
    [event] = [e for e in ex.events if e.kind is EventKind.CONDEMNATION]
    assert [t.label for t in event.targets] == ["Allied Democratic Forces"]


# --- a joint statement's authors -----------------------------------------------------


def test_the_ministers_of_a_joint_statement_are_each_signatory(read) -> None:
    ex = read(
        "The Foreign Ministers of the Arab Republic of Egypt, the Hashemite Kingdom "
        "of Jordan and the State of Qatar condemn in the strongest terms Israel's "
        "bombardment of Rafah. The Ministers call for an immediate ceasefire.",
        title="Joint statement by the Foreign Ministers of Egypt, Jordan and Qatar",
    )
    assert calls(ex) == {("Egypt", CF), ("Jordan", CF), ("Qatar", CF)}


def test_a_publisher_that_lists_signatories_authors_for_each(read) -> None:
    ex = read(
        "We call for an immediate cessation of hostilities.",
        publisher="Troika (Norway, United Kingdom, United States) and European Union",
    )
    assert calls(ex) == {
        ("Norway", CF),
        ("United Kingdom", CF),
        ("United States", CF),
        ("European Union", CF),
    }


def test_the_ministers_of_one_state_are_no_signatories(read) -> None:
    ex = read(
        "The Ministers call for an immediate ceasefire.",
        publisher="Reuters",
    )
    assert calls(ex) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Council condemned the attack by Hamas.", set()),
        (
            "The UN Security Council met on Monday. The Council condemned the attack "
            "by Hamas.",
            {("UN Security Council", "Hamas")},
        ),
        (
            "The Council of the European Union condemned Russia's attack on Kyiv.",
            {("European Union", "Russia")},
        ),
    ],
)
def test_the_council_is_one_named_before_or_nobody(
    read, text: str, expected: set
) -> None:
    assert condemnations(read(text)) == expected
