"""Shapes met in wire copy written for these tests (not the seeds): datelines,
inverted casualty clauses, state bodies named through their state, and
condemnations whose doer sits in an "as ..." complement."""

from __future__ import annotations

import pytest

from kg.model import CasualtyType, EventKind

pytestmark = pytest.mark.model


def _calls(ex):
    return {
        (e.agent.label, d)
        for e in ex.events
        if e.kind is EventKind.CALL
        for d in e.demands
    }


def test_call_after_a_wire_dateline(nlp, gazetteer) -> None:
    from conftest import make_article

    from kg.extract import extract
    from kg.ingest import clean

    raw = (
        "GENEVA, Nov 6 (Reuters) - United Nations Secretary-General Antonio Guterres "
        "on Monday urged Israel and Hamas to agree to an immediate humanitarian "
        "ceasefire."
    )
    text, _ = clean(raw)
    article = make_article(text)
    ex = extract(nlp(article.doc_text), article, gazetteer)
    (call,) = [e for e in ex.events if e.kind is EventKind.CALL]
    assert (call.agent.label, call.speaker.label) == (
        "United Nations",
        "Antonio Guterres",
    )
    assert call.demands == ("Ceasefire",)
    assert {a.label for a in call.addressees} == {"Israel", "Hamas"}


@pytest.mark.parametrize(
    ("text", "count", "victims"),
    [
        ("Among the dead were three children, he said.", 3, "children"),
        ("Two aid workers were among those killed.", 2, "aid workers"),
    ],
)
def test_inverted_casualty_clauses(read, text: str, count: int, victims: str) -> None:
    (casualty,) = [c for e in read(text).events for c in e.casualties]
    assert (casualty.type, casualty.amount.value, casualty.victim) == (
        CasualtyType.KILLED,
        count,
        victims,
    )


def test_state_body_named_through_its_state(read) -> None:
    ex = read(
        "Ukraine's Foreign Ministry condemned the attack as \"another war crime "
        'by Russia" and called on the international community to hold Moscow '
        "accountable."
    )
    (condemnation,) = [e for e in ex.events if e.kind is EventKind.CONDEMNATION]
    assert condemnation.agent.label == "Ukraine"
    assert [t.label for t in condemnation.targets] == ["Russia"]
    assert _calls(ex) == {("Ukraine", "Accountability")}


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        (
            "Jordan's King Abdullah condemned Israel's bombardment of the Jabalia refugee "
            "camp, which Palestinian officials said killed dozens of people.",
            "Israel",
        ),
        ("Russian troops shelled the village, killing 5 people.", "Russia"),
    ],
)
def test_perpetrator_is_not_the_source(read, text: str, perpetrator: str) -> None:
    (attack,) = [e for e in read(text).events if e.kind is EventKind.ATTACK]
    assert attack.agent is not None and attack.agent.label == perpetrator
