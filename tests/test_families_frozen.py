"""The statement families on frozen parses: hand-built Docs, no model.

Each parse was taken once from ``en_core_web_sm`` 3.8 (with the gazetteer ruler)
and frozen here, so these tests pin the rules, not the model.
"""

from __future__ import annotations

from conftest import Parse, context

from kg.extract.agreements import extract_agreements
from kg.extract.attacks import extract_attacks
from kg.extract.calls import extract_calls
from kg.extract.meetings import extract_meetings
from kg.extract.quotes import extract_quotes
from kg.extract.support import extract_support
from kg.extract.territory import extract_territory
from kg.extract.threats import extract_threats

AGREEMENT = Parse(
    "Ankara and Moscow signed an agreement on Idlib.",
    r"""
    Ankara = PROPN NNP nsubj 3 B-GPE=turkey
    and = CCONJ CC cc 0 -
    Moscow = PROPN NNP conj 0 B-GPE=russia
    signed sign VERB VBD ROOT 3 -
    an = DET DT det 5 -
    agreement = NOUN NN dobj 3 -
    on = ADP IN prep 5 -
    Idlib = PROPN NNP pobj 6 B-GPE
    . = PUNCT . punct 3 -
    """,
)

MEETING = Parse(
    "Putin and Erdogan could meet next week.",
    r"""
    Putin = PROPN NNP nsubj 4 B-PERSON=vladimir-putin
    and = CCONJ CC cc 0 -
    Erdogan = PROPN NNP conj 0 B-PERSON=recep-tayyip-erdogan
    could = AUX MD aux 4 -
    meet = VERB VB ROOT 4 -
    next = ADJ JJ amod 6 B-DATE
    week = NOUN NN npadvmod 4 I
    . = PUNCT . punct 4 -
    """,
)

SUPPORT = Parse(
    "All NATO member states expressed solidarity with Turkey.",
    r"""
    All all DET DT det 3 -
    NATO = PROPN NNP compound 3 B-ORG=nato
    member = NOUN NN compound 3 -
    states state NOUN NNS nsubj 4 -
    expressed express VERB VBD ROOT 4 -
    solidarity = NOUN NN dobj 4 -
    with = ADP IN prep 4 -
    Turkey = PROPN NNP pobj 6 B-GPE=turkey
    . = PUNCT . punct 4 -
    """,
)

THREAT = Parse(
    "Ankara vowed to retaliate against the Syrian regime.",
    r"""
    Ankara = PROPN NNP nsubj 1 B-GPE=turkey
    vowed vow VERB VBD ROOT 1 -
    to = PART TO aux 3 -
    retaliate = VERB VB xcomp 1 -
    against = ADP IN prep 3 -
    the = DET DT det 7 -
    Syrian syrian ADJ JJ amod 7 B-GPE=syria
    regime = NOUN NN pobj 4 I
    . = PUNCT . punct 1 -
    """,
)

TERRITORY = Parse(
    "Syrian government forces surrounded and entered Saraqib.",
    r"""
    Syrian syrian ADJ JJ amod 2 B-GPE=syria
    government = NOUN NN compound 2 I
    forces force NOUN NNS nsubj 3 -
    surrounded surround VERB VBD ROOT 3 -
    and = CCONJ CC cc 3 -
    entered enter VERB VBD conj 3 -
    Saraqib = PROPN NNP dobj 5 B-ORG
    . = PUNCT . punct 3 -
    """,
)

ATTACK = Parse(
    "Israel struck Hezbollah targets in southern Lebanon.",
    r"""
    Israel = PROPN NNP nsubj 1 B-GPE=israel
    struck strike VERB VBD ROOT 1 -
    Hezbollah = PROPN NNP compound 3 B-ORG=hezbollah
    targets target NOUN NNS dobj 1 -
    in = ADP IN prep 3 -
    southern = ADJ JJ amod 6 -
    Lebanon = PROPN NNP pobj 4 B-GPE=lebanon
    . = PUNCT . punct 1 -
    """,
)

QUOTE = Parse(
    'Jens Stoltenberg spoke. "We urge an immediate return to the cease-fire," he said.',
    r"""
    Jens = PROPN NNP compound 1 B-PERSON=jens-stoltenberg
    Stoltenberg = PROPN NNP nsubj 2 I
    spoke speak VERB VBD ROOT 2 -
    . = PUNCT . punct 2 -
    " = PUNCT `` punct 18 -
    We we PRON PRP nsubj 6 -
    urge = VERB VBP ccomp 18 -
    an = DET DT det 9 -
    immediate = ADJ JJ amod 9 -
    return = NOUN NN dobj 6 -
    to = ADP IN prep 9 -
    the = DET DT det 14 -
    cease = NOUN NN compound 14 -
    - = PUNCT HYPH punct 14 -
    fire = NOUN NN pobj 10 -
    , = PUNCT , punct 18 -
    " = PUNCT '' punct 18 -
    he = PRON PRP nsubj 18 -
    said say VERB VBD ROOT 18 -
    . = PUNCT . punct 18 -
    """,
)


def _labels(actors) -> list[str]:  # noqa: ANN001
    return sorted(a.label for a in actors)


def test_agreement(vocab, gazetteer) -> None:
    (e,) = extract_agreements(context(vocab, AGREEMENT, gazetteer))
    assert (e.kind_text, e.status) == ("agreement", "Agreed")
    assert _labels(e.participants) == ["Russia", "Turkey"]


def test_planned_meeting(vocab, gazetteer) -> None:
    (e,) = extract_meetings(context(vocab, MEETING, gazetteer))
    assert e.status == "Planned"
    assert _labels(e.participants) == ["Recep Tayyip Erdogan", "Vladimir Putin"]


def test_support(vocab, gazetteer) -> None:
    (e,) = extract_support(context(vocab, SUPPORT, gazetteer))
    assert (e.agent.label, _labels(e.targets)) == ("NATO", ["Turkey"])


def test_threat(vocab, gazetteer) -> None:
    (e,) = extract_threats(context(vocab, THREAT, gazetteer))
    assert (e.agent.label, _labels(e.targets)) == ("Turkey", ["Syria"])


def test_territory(vocab, gazetteer) -> None:
    events = list(extract_territory(context(vocab, TERRITORY, gazetteer)))
    assert [(e.agent.label, e.place, e.cue) for e in events] == [
        ("Syria", "Saraqib", "surround"),
        ("Syria", "Saraqib", "enter"),
    ]


def test_attack(vocab, gazetteer) -> None:
    (e,) = extract_attacks(context(vocab, ATTACK, gazetteer))
    assert (e.agent.label, _labels(e.targets), e.means) == (
        "Israel",
        ["Hezbollah"],
        "airstrike",
    )


def test_quote_and_the_call_inside(vocab, gazetteer) -> None:
    ctx = context(vocab, QUOTE, gazetteer)
    (quote,) = extract_quotes(ctx)
    assert quote.speaker.label == "Jens Stoltenberg"
    assert quote.agent.label == "NATO"
    assert quote.quote.startswith("We urge an immediate return")
    (call,) = extract_calls(ctx)
    assert (call.agent.label, call.demands) == ("NATO", ("Ceasefire",))


SOURCE = Parse(
    "At least 12 people were killed, according to the Syrian Observatory for Human Rights.",
    r"""
    At at ADV RB advmod 1 B-CARDINAL
    least = ADJ JJS advmod 2 I
    12 = NUM CD nummod 3 I
    people = NOUN NNS nsubjpass 5 -
    were be AUX VBD auxpass 5 -
    killed kill VERB VBN ROOT 5 -
    , = PUNCT , punct 5 -
    according accord VERB VBG prep 5 -
    to = ADP IN prep 7 -
    the = DET DT det 11 -
    Syrian = PROPN NNP compound 11 B-ORG=syrian-observatory-for-human-rights
    Observatory = PROPN NNP pobj 8 I
    for = ADP IN prep 11 I
    Human = PROPN NNP compound 14 I
    Rights = PROPN NNPS pobj 12 I
    . = PUNCT . punct 5 -
    """,
)


def test_source_of_a_casualty_fact(vocab, gazetteer) -> None:
    from kg.extract.casualties import extract_casualties

    ctx = context(vocab, SOURCE, gazetteer)
    (event,) = extract_casualties(ctx)
    assert [c.amount.value for c in event.casualties] == [12]
    sources = ctx.sources(ctx.sents[0])
    assert [s.label for s in sources] == ["Syrian Observatory for Human Rights"]
