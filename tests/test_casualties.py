"""Tests for kg.extract.casualties: how many were killed, wounded or displaced.

A count is kept only when the sentence ties it to a casualty predicate; numbers
that are years, dates, ages, identifiers, money or hypotheticals are not counts
of casualties.  The counts of a sentence hang on one ``Attack`` (anyone killed
or wounded) or ``Displacement`` event, with a perpetrator, place and means when
the sentence names them.

Two layers, as in ``test_calls.py``: frozen parses on hand-built Docs (same
table format: word, lemma or ``=``, POS, tag, dependency, absolute head,
entity ``B-<label>[=<gazetteer key>]`` / ``I`` / ``-``), then invented sentences
read by the real model (``@pytest.mark.model``).  Rule gaps are strict xfails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest
from conftest import Parse, case, context, gap
from spacy.vocab import Vocab

from kg.extract.casualties import extract_casualties
from kg.gazetteer import Gazetteer
from kg.model import CasualtyType, Event, EventKind, Extraction, Qualifier

K, W, D = CasualtyType.KILLED, CasualtyType.WOUNDED, CasualtyType.DISPLACED
EX, AL, MT = Qualifier.EXACTLY, Qualifier.AT_LEAST, Qualifier.MORE_THAN
AP, AM = Qualifier.APPROXIMATELY, Qualifier.AT_MOST
ATTACK, DISPLACEMENT = EventKind.ATTACK, EventKind.DISPLACEMENT


class Count(NamedTuple):
    """What an annotator records for one count: fate, number, hedge, range, victims."""

    type: CasualtyType
    value: int
    qualifier: Qualifier = Qualifier.EXACTLY
    maximum: int | None = None
    victim: str | None = None


class Incident(NamedTuple):
    """The event a sentence's counts hang on: class, perpetrator, place, means."""

    kind: EventKind
    agent: str | None = None
    place: str | None = None
    means: str | None = None


def counts(events: tuple[Event, ...] | list[Event]) -> list[Count]:
    """Every count of every casualty event, in order."""
    return [
        Count(c.type, c.amount.value, c.amount.qualifier, c.amount.maximum, c.victim)
        for e in events
        if e.kind in (EventKind.ATTACK, EventKind.DISPLACEMENT)
        for c in e.casualties
    ]


def incidents(events: tuple[Event, ...] | list[Event]) -> list[Incident]:
    """The casualty events, without their counts."""
    return [
        Incident(e.kind, e.agent.label if e.agent else None, e.place, e.means)
        for e in events
        if e.kind in (EventKind.ATTACK, EventKind.DISPLACEMENT)
    ]


# --- frozen parses -----------------------------------------------------------

OBJECT = Parse(
    "An airstrike killed 33 soldiers in Idlib.",
    r"""
    An        an      DET   DT  det    1 -
    airstrike =       NOUN  NN  nsubj  2 -
    killed    kill    VERB  VBD ROOT   2 -
    33        =       NUM   CD  nummod 4 B-CARDINAL
    soldiers  soldier NOUN  NNS dobj   2 -
    in        =       ADP   IN  prep   2 -
    Idlib     =       PROPN NNP pobj   5 B-GPE
    .         =       PUNCT .   punct  2 -
""",
)

PASSIVE = Parse(
    "At least 12 people were killed in Kharkiv.",
    r"""
    At      at   ADV   RB  advmod    1 B-CARDINAL
    least   =    ADJ   JJS advmod    2 I
    12      =    NUM   CD  nummod    3 I
    people  =    NOUN  NNS nsubjpass 5 -
    were    be   AUX   VBD auxpass   5 -
    killed  kill VERB  VBN ROOT      5 -
    in      =    ADP   IN  prep      5 -
    Kharkiv =    PROPN NNP pobj      6 B-LOC
    .       =    PUNCT .   punct     5 -
""",
)

WOUNDED = Parse(
    "More than 200 civilians were wounded.",
    r"""
    More      =        ADJ   JJR amod      2 B-CARDINAL
    than      =        ADP   IN  quantmod  2 I
    200       =        NUM   CD  nummod    3 I
    civilians civilian NOUN  NNS nsubjpass 5 -
    were      be       AUX   VBD auxpass   5 -
    wounded   wound    VERB  VBN ROOT      5 -
    .         =        PUNCT .   punct     5 -
""",
)

WORDS = Parse(
    "Thirty-three people died.",
    r"""
    Thirty thirty NUM   CD   compound 2 B-CARDINAL
    -      =      PUNCT HYPH punct    2 I
    three  =      NUM   CD   nummod   3 I
    people =      NOUN  NNS  nsubj    4 -
    died   die    VERB  VBD  ROOT     4 -
    .      =      PUNCT .    punct    4 -
""",
)

TOLL = Parse(
    "The death toll rose to 52.",
    r"""
    The   the  DET   DT  det      2 -
    death =    NOUN  NN  compound 2 -
    toll  =    NOUN  NN  nsubj    3 -
    rose  rise VERB  VBD ROOT     3 -
    to    =    ADP   IN  prep     3 -
    52    =    NUM   CD  pobj     4 B-CARDINAL
    .     =    PUNCT .   punct    3 -
""",
)

FORCED = Parse(
    "The fighting forced 50,000 people to flee.",
    r"""
    The      the   DET   DT  det    1 -
    fighting =     NOUN  NN  nsubj  2 -
    forced   force VERB  VBD ROOT   2 -
    50,000   =     NUM   CD  nummod 4 B-CARDINAL
    people   =     NOUN  NNS dobj   2 -
    to       =     PART  TO  aux    6 -
    flee     =     VERB  VB  xcomp  2 -
    .        =     PUNCT .   punct  2 -
""",
)

DISPLACED = Parse(
    "Some 900,000 people have been displaced.",
    r"""
    Some      some     DET   DT  quantmod  1 B-CARDINAL
    900,000   =        NUM   CD  nummod    2 I
    people    =        NOUN  NNS nsubjpass 5 -
    have      =        AUX   VBP aux       5 -
    been      be       AUX   VBN auxpass   5 -
    displaced displace VERB  VBN ROOT      5 -
    .         =        PUNCT .   punct     5 -
""",
)

LEFT_DEAD = Parse(
    "The bombing left 25 dead and 60 wounded.",
    r"""
    The     the   DET   DT  det   1 -
    bombing =     NOUN  NN  nsubj 2 -
    left    leave VERB  VBD ROOT  2 -
    25      =     NUM   CD  dobj  2 B-CARDINAL
    dead    =     ADJ   JJ  oprd  2 -
    and     =     CCONJ CC  cc    2 -
    60      =     NUM   CD  nsubj 7 B-CARDINAL
    wounded wound VERB  VBN conj  2 -
    .       =     PUNCT .   punct 7 -
""",
)

BY_AGENT = Parse(
    "Fifteen civilians were killed by Russian forces in Izium.",
    r"""
    Fifteen   fifteen  NUM   CD  nummod    1 B-CARDINAL
    civilians civilian NOUN  NNS nsubjpass 3 -
    were      be       AUX   VBD auxpass   3 -
    killed    kill     VERB  VBN ROOT      3 -
    by        =        ADP   IN  agent     3 -
    Russian   russian  ADJ   JJ  amod      6 B-NORP
    forces    force    NOUN  NNS pobj      4 -
    in        =        ADP   IN  prep      3 -
    Izium     =        PROPN NNP pobj      7 B-GPE
    .         =        PUNCT .   punct     3 -
""",
)

SUBJECT_AGENT = Parse(
    "The Taliban killed two policemen in Kandahar.",
    r"""
    The       the       DET   DT  det    1 -
    Taliban   =         PROPN NNP nsubj  2 B-ORG=taliban
    killed    kill      VERB  VBD ROOT   2 -
    two       =         NUM   CD  nummod 4 B-CARDINAL
    policemen policeman NOUN  NNS dobj   2 -
    in        =         ADP   IN  prep   2 -
    Kandahar  =         PROPN NNP pobj   5 B-GPE
    .         =         PUNCT .   punct  2 -
""",
)

VAGUE = Parse(
    "Dozens of civilians were killed.",
    r"""
    Dozens    dozen    NOUN  NNS nsubjpass 4 B-CARDINAL
    of        =        ADP   IN  prep      0 -
    civilians civilian NOUN  NNS pobj      1 -
    were      be       AUX   VBD auxpass   4 -
    killed    kill     VERB  VBN ROOT      4 -
    .         =        PUNCT .   punct     4 -
""",
)

TITLE = Parse(
    "The attack happened on Sunday.",
    r"""
    At       at     ADV   RB  advmod  1 B-CARDINAL
    least    =      ADJ   JJS advmod  2 I
    12       =      NUM   CD  ROOT    2 I
    killed   kill   VERB  VBN acl     2 -
    in       =      ADP   IN  prep    3 -
    strike   =      NOUN  NN  pobj    4 -
    on       =      ADP   IN  prep    5 -
    market   =      NOUN  NN  pobj    6 -
    \n\n     =      SPACE _SP dep     7 -
    The      the    DET   DT  det    10 -
    attack   =      NOUN  NN  nsubj  11 -
    happened happen VERB  VBD ROOT   11 -
    on       =      ADP   IN  prep   11 -
    Sunday   =      PROPN NNP pobj   12 B-DATE
    .        =      PUNCT .   punct  11 -
""",
    title="At least 12 killed in strike on market",
)

SINCE_YEAR = Parse(
    "Since 2011, the conflict has killed more than 500,000 people.",
    r"""
    Since    since SCONJ IN  prep      6 -
    2011     =     NUM   CD  pobj      0 B-DATE
    ,        =     PUNCT ,   punct     6 -
    the      =     DET   DT  det       4 -
    conflict =     NOUN  NN  nsubj     6 -
    has      have  AUX   VBZ aux       6 -
    killed   kill  VERB  VBN ROOT      6 -
    more     =     ADJ   JJR amod      9 B-CARDINAL
    than     =     ADP   IN  quantmod  9 I
    500,000  =     NUM   CD  nummod   10 I
    people   =     NOUN  NNS dobj      6 -
    .        =     PUNCT .   punct     6 -
""",
)

DATE = Parse(
    "The shelling killed three people on January 12.",
    r"""
    The      the  DET   DT  det    1 -
    shelling =    NOUN  NN  nsubj  2 -
    killed   kill VERB  VBD ROOT   2 -
    three    =    NUM   CD  nummod 4 B-CARDINAL
    people   =    NOUN  NNS dobj   2 -
    on       =    ADP   IN  prep   2 -
    January  =    PROPN NNP pobj   5 B-DATE
    12       =    NUM   CD  nummod 6 I
    .        =    PUNCT .   punct  2 -
""",
)

# the model tags "20-year-old" DATE; the entity is dropped here so that the
# compound-modifier rule, not the DATE veto, keeps the age from being a count
AGE = Parse(
    "A 20-year-old man was killed in Hebron.",
    r"""
    A      a    DET   DT   det       6 -
    20     =    NUM   CD   nummod    3 -
    -      =    PUNCT HYPH punct     3 -
    year   =    NOUN  NN   npadvmod  5 -
    -      =    PUNCT HYPH punct     5 -
    old    =    ADJ   JJ   amod      6 -
    man    =    NOUN  NN   nsubjpass 8 -
    was    be   AUX   VBD  auxpass   8 -
    killed kill VERB  VBN  ROOT      8 -
    in     =    ADP   IN   prep      8 -
    Hebron =    PROPN NNP  pobj      9 B-GPE
    .      =    PUNCT .    punct     8 -
""",
)

HYPOTHETICAL = Parse(
    "A strike could kill 1,000 people.",
    r"""
    A      a DET   DT  det    1 -
    strike = NOUN  NN  nsubj  3 -
    could  = AUX   MD  aux    3 -
    kill   = VERB  VB  ROOT   3 -
    1,000  = NUM   CD  nummod 5 B-CARDINAL
    people = NOUN  NNS dobj   3 -
    .      = PUNCT .   punct  3 -
""",
)

NEGATED = Parse(
    "The attack did not kill 40 people, officials said.",
    r"""
    The       the      DET   DT  det    1 -
    attack    =        NOUN  NN  nsubj  4 -
    did       do       AUX   VBD aux    4 -
    not       =        PART  RB  neg    4 -
    kill      =        VERB  VB  ccomp  9 -
    40        =        NUM   CD  nummod 6 B-CARDINAL
    people    =        NOUN  NNS dobj   4 -
    ,         =        PUNCT ,   punct  9 -
    officials official NOUN  NNS nsubj  9 -
    said      say      VERB  VBD ROOT   9 -
    .         =        PUNCT .   punct  9 -
""",
)

DEMONYM = Parse(
    "Israeli strikes killed 18 Palestinians in Gaza City.",
    r"""
    Israeli      israeli ADJ   JJ   amod     1 B-NORP
    strikes      strike  NOUN  NNS  nsubj    2 -
    killed       kill    VERB  VBD  ROOT     2 -
    18           =       NUM   CD   nummod   4 B-CARDINAL
    Palestinians =       PROPN NNPS dobj     2 B-NORP
    in           =       ADP   IN   prep     2 -
    Gaza         =       PROPN NNP  compound 7 B-GPE
    City         =       PROPN NNP  pobj     5 I
    .            =       PUNCT .    punct    2 -
""",
)

LOST_LIVES = Parse(
    "Five people lost their lives in the blast.",
    r"""
    Five   five NUM   CD   nummod 1 B-CARDINAL
    people =    NOUN  NNS  nsubj  2 -
    lost   lose VERB  VBD  ROOT   2 -
    their  =    PRON  PRP$ poss   4 -
    lives  life NOUN  NNS  dobj   2 -
    in     =    ADP   IN   prep   2 -
    the    =    DET   DT   det    7 -
    blast  =    NOUN  NN   pobj   5 -
    .      =    PUNCT .    punct  2 -
""",
)


# --- rules on hand-built Docs ----------------------------------------------------

HAND_BUILT = [
    # object of an active verb, with means and place
    pytest.param(
        OBJECT,
        [Count(K, 33, EX, None, "soldiers")],
        [Incident(ATTACK, None, "Idlib", "airstrike")],
        id="object-of-killed",
    ),
    # subject of a passive, hedged
    pytest.param(
        PASSIVE,
        [Count(K, 12, AL, None, "people")],
        [Incident(ATTACK, None, "Kharkiv", None)],
        id="passive-at-least",
    ),
    pytest.param(
        WOUNDED,
        [Count(W, 200, MT, None, "civilians")],
        [Incident(ATTACK)],
        id="wounded-more-than",
    ),
    # a number in words, subject of a verb of dying
    pytest.param(
        WORDS, [Count(K, 33, EX, None, "people")], [Incident(ATTACK)], id="words-died"
    ),
    # "the death toll rose to N"
    pytest.param(TOLL, [Count(K, 52)], [Incident(ATTACK)], id="death-toll"),
    # "forced N to flee": displacement, with the fighting as means
    pytest.param(
        FORCED,
        [Count(D, 50000, EX, None, "people")],
        [Incident(DISPLACEMENT, None, None, "clashes")],
        id="forced-to-flee",
    ),
    pytest.param(
        DISPLACED,
        [Count(D, 900000, AP, None, "people")],
        [Incident(DISPLACEMENT)],
        id="some-displaced",
    ),
    # "left N dead and M wounded"
    pytest.param(
        LEFT_DEAD,
        [Count(K, 25), Count(W, 60)],
        [Incident(ATTACK, None, None, "bombing")],
        id="left-dead-and-wounded",
    ),
    # the perpetrator: passive agent, active subject
    pytest.param(
        BY_AGENT,
        [Count(K, 15, EX, None, "civilians")],
        [Incident(ATTACK, "Russia", "Izium", None)],
        id="killed-by-forces",
    ),
    pytest.param(
        SUBJECT_AGENT,
        [Count(K, 2, EX, None, "policemen")],
        [Incident(ATTACK, "Taliban", "Kandahar", None)],
        id="subject-killed",
    ),
    # a vague amount: the lower bound, at least, with its maximum
    pytest.param(
        VAGUE, [Count(K, 12, AL, 99, "civilians")], [Incident(ATTACK)], id="dozens-of"
    ),
    # the year is not a count; the count after it is
    pytest.param(
        SINCE_YEAR,
        [Count(K, 500000, MT, None, "people")],
        [Incident(ATTACK)],
        id="since-year",
    ),
    pytest.param(
        DATE,
        [Count(K, 3, EX, None, "people")],
        [Incident(ATTACK, None, None, "shelling")],
        id="date-not-a-count",
    ),
    pytest.param(AGE, [], [], id="age-not-a-count"),
    pytest.param(HYPOTHETICAL, [], [], id="could-kill"),
    pytest.param(NEGATED, [], [], id="did-not-kill"),
    # the perpetrator: a demonym on the act noun
    pytest.param(
        DEMONYM,
        [Count(K, 18, EX, None, "Palestinians")],
        [Incident(ATTACK, "Israel", "Gaza City", "airstrike")],
        id="demonym-perpetrator",
    ),
    case(
        LOST_LIVES,
        [Count(K, 5, EX, None, "people")],
        [Incident(ATTACK)],
        name="lost-their-lives",
    ),
]


@pytest.mark.parametrize(("parse", "expected", "events"), HAND_BUILT)
def test_casualties_on_hand_built_docs(
    vocab: Vocab,
    gazetteer: Gazetteer,
    parse: Parse,
    expected: list[Count],
    events: list[Incident],
) -> None:
    found = list(extract_casualties(context(vocab, parse, gazetteer)))
    assert (counts(found), incidents(found)) == (expected, events)


def test_casualty_carries_text_cue_and_evidence(
    vocab: Vocab, gazetteer: Gazetteer
) -> None:
    (event,) = extract_casualties(context(vocab, PASSIVE, gazetteer))
    (casualty,) = event.casualties
    assert casualty.amount.text == "At least 12"
    assert casualty.evidence == event.evidence
    assert event.cue == "kill"
    assert event.evidence.extractor == "casualties.v1"
    assert event.evidence.sentence == PASSIVE.text


def test_casualty_in_a_title_points_into_the_title(
    vocab: Vocab, gazetteer: Gazetteer
) -> None:
    (event,) = extract_casualties(context(vocab, TITLE, gazetteer))
    assert counts([event]) == [Count(K, 12, AL)]
    assert event.evidence.in_title
    assert event.evidence.sentence == TITLE.title


# --- the real model: many shapes of casualty counts -----------------------------

MODEL_CASES = [
    # digits, words, hedges
    ("An airstrike killed 33 soldiers in Idlib.", [Count(K, 33, EX, None, "soldiers")]),
    (
        "At least 12 people were killed in Kharkiv on Tuesday.",
        [Count(K, 12, AL, None, "people")],
    ),
    (
        "More than 200 civilians were wounded in the shelling.",
        [Count(W, 200, MT, None, "civilians")],
    ),
    ("Thirty-three people died in the attack.", [Count(K, 33, EX, None, "people")]),
    ("Twelve Ukrainian soldiers died.", [Count(K, 12, EX, None, "Ukrainian soldiers")]),
    (
        "Some 900,000 people have been displaced since December.",
        [Count(D, 900000, AP, None, "people")],
    ),
    (
        "About 150 Houthi fighters were killed in Saudi-led airstrikes.",
        [Count(K, 150, AP, None, "Houthi fighters")],
    ),
    (
        "Nearly 40 people were killed when a drone hit a wedding in Sudan.",
        [Count(K, 40, AM, None, "people")],
    ),
    (
        "Up to 300 people died, according to local officials.",
        [Count(K, 300, AM, None, "people")],
    ),
    ("Nearly 2,000 people were injured.", [Count(W, 2000, AM, None, "people")]),
    (
        "Over 2 million people have been displaced.",
        [Count(D, 2000000, MT, None, "people")],
    ),
    ("More than a dozen people were killed.", [Count(K, 12, MT, None, "people")]),
    # vague amounts
    (
        "Dozens of civilians were killed in the Russian strike on Kramatorsk.",
        [Count(K, 12, AL, 99, "civilians")],
    ),
    (
        "Hundreds of thousands of people have fled their homes in Darfur.",
        [Count(D, 100000, AL, 999999, "people")],
    ),
    ("Thousands fled the town of Bakhmut.", [Count(D, 1000, AL, 9999)]),
    ("The bombing wounded dozens.", [Count(W, 12, AL, 99)]),
    (
        "Tens of thousands of people have fled Rafah.",
        [Count(D, 10000, AL, 99999, "people")],
    ),
    ("Several hundred people were wounded.", [Count(W, 200, AL, 999, "people")]),
    ("Scores of civilians were killed.", [Count(K, 20, AL, 99, "civilians")]),
    (
        "Between 20 and 30 people were killed in the attack.",
        [Count(K, 20, AL, 30, "people")],
    ),
    ("As many as 5,000 fighters have died.", [Count(K, 5000, AM, None, "fighters")]),
    ("Fewer than 100 people died.", [Count(K, 100, AM, None, "people")]),
    (
        "An estimated 1.5 million people have been displaced.",
        [Count(D, 1500000, AP, None, "people")],
    ),
    (
        "Almost half a million people have fled the fighting.",
        [Count(D, 500000, AM, None, "people")],
    ),
    # constructions
    ("The bombing left 25 dead and 60 wounded.", [Count(K, 25), Count(W, 60)]),
    ("The death toll rose to 52.", [Count(K, 52)]),
    ("The Health Ministry said the death toll had risen to 31,000.", [Count(K, 31000)]),
    ("The number of people killed rose to 400.", [Count(K, 400)]),
    (
        "A missile hit a shopping centre in Kremenchuk, killing 21 people.",
        [Count(K, 21, EX, None, "people")],
    ),
    (
        "Gunmen attacked a village in Zamfara, killing at least 30 and wounding 12.",
        [Count(K, 30, AL), Count(W, 12)],
    ),
    (
        "Russian shelling killed 7 civilians and wounded 20 in Kherson.",
        [Count(K, 7, EX, None, "civilians"), Count(W, 20)],
    ),
    (
        "Eight soldiers were killed and 15 injured in the ambush.",
        [Count(K, 8, EX, None, "soldiers"), Count(W, 15)],
    ),
    (
        "At least 70 people were killed and more than 200 wounded in the double bombing.",
        [Count(K, 70, AL, None, "people"), Count(W, 200, MT)],
    ),
    (
        "The attack claimed the lives of 14 peacekeepers.",
        [Count(K, 14, EX, None, "peacekeepers")],
    ),
    ("Rescuers recovered 40 bodies from the rubble.", [Count(K, 40)]),
    (
        "The Houthis said 20 civilians were killed in the raid.",
        [Count(K, 20, EX, None, "civilians")],
    ),
    (
        "In the past 24 hours, 10 people were killed in Gaza.",
        [Count(K, 10, EX, None, "people")],
    ),
    (
        "The shelling killed 5 people, the ministry said on March 3.",
        [Count(K, 5, EX, None, "people")],
    ),
    (
        "Since 2011, the conflict has killed more than 500,000 people.",
        [Count(K, 500000, MT, None, "people")],
    ),
    (
        "Two Russian strikes killed 8 people in Zaporizhzhia.",
        [Count(K, 8, EX, None, "people")],
    ),
    (
        "One person was killed and two others were injured.",
        [Count(K, 1, EX, None, "person"), Count(W, 2, EX, None, "others")],
    ),
    (
        "The UN said 1.7 million Gazans had been displaced.",
        [Count(D, 1700000, EX, None, "Gazans")],
    ),
    # displacement
    (
        "The fighting forced 50,000 people to flee.",
        [Count(D, 50000, EX, None, "people")],
    ),
    (
        "More than 1,500 people have been forced to flee their homes.",
        [Count(D, 1500, MT, None, "people")],
    ),
    (
        "The clashes have displaced 25,000 people.",
        [Count(D, 25000, EX, None, "people")],
    ),
    (
        "The fighting has driven 10,000 people from their homes.",
        [Count(D, 10000, EX, None, "people")],
    ),
    (
        "The offensive has uprooted 1.2 million people.",
        [Count(D, 1200000, EX, None, "people")],
    ),
    (
        "About 10,000 people have fled to neighbouring Chad since April.",
        [Count(D, 10000, AP, None, "people")],
    ),
    ("Some 600,000 refugees have crossed into Chad.", [Count(D, 600000, AP)]),
    # not casualty counts: years, identifiers, ordinals, money, percentages, dates,
    # ages, hypotheticals, negation, things rather than people
    ("The war began in 2011.", []),
    ("The council adopted resolution 2254.", []),
    ("The 33rd brigade attacked the village.", []),
    ("The EU pledged $5 million in aid.", []),
    ("Prices rose 5 percent.", []),
    ("On January 12, the army withdrew.", []),
    # an age is no count: one victim, inferred
    (
        "A 20-year-old man was killed in Hebron.",
        [Count(K, 1, EX, None, "20-year-old man")],
    ),
    (
        "The bombing killed a 7-year-old girl.",
        [Count(K, 1, EX, None, "7-year-old girl")],
    ),
    ("A strike could kill 1,000 people, experts warned.", []),
    ("The UN fears that 10,000 people could die.", []),
    ("The attack did not kill anyone.", []),
    ("The ministry said 4,000 homes were destroyed.", []),
    ("Russia lost 1,200 tanks.", []),
    ("The army said 300 fighters surrendered.", []),
    # gaps
    case(
        "Five people lost their lives in the blast.",
        [Count(K, 5, EX, None, "people")],
    ),
    case(
        "The ministry put the death toll at 120.",
        [Count(K, 120)],
    ),
    case(
        "Two children were among those killed.",
        [Count(K, 2, EX, None, "children")],
    ),
    case(
        "Four aid workers were among the dead.",
        [Count(K, 4, EX, None, "aid workers")],
    ),
    gap(
        "The strike left at least 10 people dead.",
        [Count(K, 10, AL, None, "people")],
        reason="'left N people dead': the victim label is None instead of 'people'",
    ),
    gap(
        "Two days after the attack, five more people died.",
        [Count(K, 5, EX, None, "people")],
        reason="victim label keeps the quantifier: 'more people' instead of 'people'",
    ),
    gap(
        "The death toll from the earthquake rose to 52 on Monday.",
        [],
        reason="a natural-disaster toll becomes an Attack with 52 killed: "
        "'earthquake/flood' tolls are not conflict casualties",
    ),
]

INCIDENT_CASES = [
    (
        "An airstrike killed 33 soldiers in Idlib.",
        [Incident(ATTACK, None, "Idlib", "airstrike")],
    ),
    (
        "The Rapid Support Forces killed 200 people in El Geneina.",
        [Incident(ATTACK, "Rapid Support Forces", "El Geneina", None)],
    ),
    (
        "RSF fighters killed 200 people in El Geneina.",
        [Incident(ATTACK, "Rapid Support Forces", "El Geneina", None)],
    ),
    (
        "Fifteen civilians were killed by Russian forces in Izium.",
        [Incident(ATTACK, "Russia", "Izium", None)],
    ),
    (
        "The Taliban killed two policemen in Kandahar.",
        [Incident(ATTACK, "Taliban", "Kandahar", None)],
    ),
    (
        "Al-Shabaab fighters killed 12 soldiers in an attack on a base in Somalia.",
        [Incident(ATTACK, "al-Shabaab", "Somalia", None)],
    ),
    (
        "Houthi drones wounded 3 sailors in the Red Sea.",
        [Incident(ATTACK, "Houthis", "the Red Sea", "drone strike")],
    ),
    (
        "Ten people were wounded in a suicide bombing in Kabul.",
        [Incident(ATTACK, None, "Kabul", "bombing")],
    ),
    (
        "The fighting forced 50,000 people to flee.",
        [Incident(DISPLACEMENT, None, None, "clashes")],
    ),
    # the speaker of a report is not the perpetrator
    (
        "The Houthis said 20 civilians were killed in the raid.",
        [Incident(ATTACK, None, None, "airstrike")],
    ),
    # a demonym on the act noun names the perpetrator
    (
        "Israeli strikes killed 18 Palestinians in Gaza City.",
        [Incident(ATTACK, "Israel", "Gaza City", "airstrike")],
    ),
    (
        "Russian shelling killed 7 civilians and wounded 20 in Kherson.",
        [Incident(ATTACK, "Russia", "Kherson", "shelling")],
    ),
    (
        "Three journalists were killed by an Israeli airstrike.",
        [Incident(ATTACK, "Israel", None, "airstrike")],
    ),
    (
        "An Israeli strike on a school sheltering displaced families killed at least 27 "
        "people.",
        [Incident(ATTACK, "Israel", None, "airstrike")],
    ),
    (
        "Dozens of civilians were killed in a Russian strike in Kharkiv.",
        [Incident(ATTACK, "Russia", "Kharkiv", "airstrike")],
    ),
]

TITLE_CASES = [
    (
        "At least 12 killed in strike on market",
        "The attack happened on Sunday.",
        [Count(K, 12, AL)],
        [Incident(ATTACK, None, None, "airstrike")],
    ),
    (
        "Israeli strike kills 27 at Gaza school",
        "The school housed displaced families.",
        [Count(K, 27)],
        None,
    ),
    (
        "Sudan: 40 dead in RSF attack on village",
        "The attack happened on Sunday.",
        [Count(K, 40)],
        [Incident(ATTACK, "Rapid Support Forces")],
    ),
]


def _ids(cases: list[object]) -> list[str]:
    return [str(c.values[0] if hasattr(c, "values") else c[0])[:60] for c in cases]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), MODEL_CASES, ids=_ids(MODEL_CASES))
def test_counts_read_by_the_model(
    read: Callable[..., Extraction], text: str, expected: list[Count]
) -> None:
    assert counts(read(text).events) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), INCIDENT_CASES, ids=_ids(INCIDENT_CASES))
def test_incidents_read_by_the_model(
    read: Callable[..., Extraction], text: str, expected: list[Incident]
) -> None:
    assert incidents(read(text).events) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("title", "body", "expected", "events"), TITLE_CASES, ids=_ids(TITLE_CASES)
)
def test_counts_in_titles(
    read: Callable[..., Extraction],
    title: str,
    body: str,
    expected: list[Count],
    events: list[Incident] | None,
) -> None:
    found = [e for e in read(body, title=title).events if e.evidence.in_title]
    assert counts(found) == expected
    if events is not None:
        assert incidents(found) == events
