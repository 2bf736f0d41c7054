"""Tests for kg.extract.condemnations: who condemns whom.

The target of a condemnation is an actor that did what is condemned: the object
itself ("condemned Russia") or the doer of a condemned act ("the shelling by
Russian forces", "Israel's strikes", "the Houthi attack").  Places and victims
inside the object are not targets.

Two layers, as in ``test_calls.py``: frozen parses on hand-built Docs (same
table format: word, lemma or ``=``, POS, tag, dependency, absolute head,
entity ``B-<label>[=<gazetteer key>]`` / ``I`` / ``-``), then invented sentences
read by the real model (``@pytest.mark.model``).  Rule gaps are strict xfails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest
from conftest import Parse, case, context
from spacy.vocab import Vocab

from kg.extract.condemnations import extract_condemnations
from kg.extract.condemned import AWAITING, drop_waiting
from kg.gazetteer import Gazetteer
from kg.model import Event, EventKind, Extraction


class Condemnation(NamedTuple):
    """What an annotator records for one condemnation: actor labels."""

    agent: str
    targets: tuple[str, ...]
    speaker: str | None = None


def condemnations(events: tuple[Event, ...] | list[Event]) -> list[Condemnation]:
    """The condemnations among ``events`` as annotator records (a family's
    reading still waiting for the doer of its act is none yet)."""
    return [
        Condemnation(
            e.agent.label if e.agent else "",
            tuple(t.label for t in e.targets),
            e.speaker.label if e.speaker else None,
        )
        for e in drop_waiting(list(events))
        if e.kind is EventKind.CONDEMNATION
    ]


# --- frozen parses -----------------------------------------------------------

OBJECT = Parse(
    "Poland condemned Russia.",
    r"""
    Poland    =       PROPN NNP nsubj 1 B-GPE=poland
    condemned condemn VERB  VBD ROOT  1 -
    Russia    =       PROPN NNP dobj  1 B-GPE=russia
    .         =       PUNCT .   punct 1 -
""",
)

BY_AGENT = Parse(
    "The European Union condemned the shelling by Russian forces.",
    r"""
    The       the     DET   DT  det      2 -
    European  =       PROPN NNP compound 2 B-ORG=european-union
    Union     =       PROPN NNP nsubj    3 I
    condemned condemn VERB  VBD ROOT     3 -
    the       =       DET   DT  det      5 -
    shelling  =       NOUN  NN  dobj     3 -
    by        =       ADP   IN  prep     3 -
    Russian   russian ADJ   JJ  amod     8 B-NORP
    forces    force   NOUN  NNS pobj     6 -
    .         =       PUNCT .   punct    3 -
""",
)

POSSESSIVE = Parse(
    "Jordan denounced Israel's strikes on Rafah.",
    r"""
    Jordan    =        PROPN NNP nsubj 1 B-GPE=jordan
    denounced denounce VERB  VBD ROOT  1 -
    Israel    =        PROPN NNP poss  4 B-GPE=israel
    's        =        PART  POS case  2 -
    strikes   strike   NOUN  NNS dobj  1 -
    on        =        ADP   IN  prep  4 -
    Rafah     =        PROPN NNP pobj  5 B-GPE
    .         =        PUNCT .   punct 1 -
""",
)

COMPOUND = Parse(
    "Saudi Arabia condemned the Houthi attack on Abha airport.",
    r"""
    Saudi     =       PROPN NNP compound 1 B-GPE=saudi-arabia
    Arabia    =       PROPN NNP nsubj    2 I
    condemned condemn VERB  VBD ROOT     2 -
    the       =       DET   DT  det      5 -
    Houthi    =       PROPN NNP compound 5 B-ORG=houthis
    attack    =       NOUN  NN  dobj     2 -
    on        =       ADP   IN  prep     5 -
    Abha      =       PROPN NNP compound 8 B-GPE
    airport   =       NOUN  NN  pobj     6 -
    .         =       PUNCT .   punct    2 -
""",
)

TWO_TARGETS = Parse(
    "Germany condemned Russia and Belarus.",
    r"""
    Germany   =       PROPN NNP nsubj 1 B-GPE=germany
    condemned condemn VERB  VBD ROOT  1 -
    Russia    =       PROPN NNP dobj  1 B-GPE=russia
    and       =       CCONJ CC  cc    2 -
    Belarus   =       PROPN NNP conj  2 B-GPE=belarus
    .         =       PUNCT .   punct 1 -
""",
)

NO_ACTOR = Parse(
    "The UN condemned the violence.",
    r"""
    The       the     DET   DT  det   1 -
    UN        =       PROPN NNP nsubj 2 B-ORG=united-nations
    condemned condemn VERB  VBD ROOT  2 -
    the       =       DET   DT  det   4 -
    violence  =       NOUN  NN  dobj  2 -
    .         =       PUNCT .   punct 2 -
""",
)

NEGATED = Parse(
    "France did not condemn Israel.",
    r"""
    France  =  PROPN NNP nsubj 3 B-GPE=france
    did     do AUX   VBD aux   3 -
    not     =  PART  RB  neg   3 -
    condemn =  VERB  VB  ROOT  3 -
    Israel  =  PROPN NNP dobj  3 B-GPE=israel
    .       =  PUNCT .   punct 3 -
""",
)

HYPOTHETICAL = Parse(
    "Russia would condemn any strike by Ukraine.",
    r"""
    Russia  = PROPN NNP nsubj 2 B-GPE=russia
    would   = AUX   MD  aux   2 -
    condemn = VERB  VB  ROOT  2 -
    any     = DET   DT  det   4 -
    strike  = NOUN  NN  dobj  2 -
    by      = ADP   IN  prep  4 -
    Ukraine = PROPN NNP pobj  5 B-GPE=ukraine
    .       = PUNCT .   punct 2 -
""",
)

SPEAKER = Parse(
    (
        "Ukraine's foreign minister Olena Bondar denounced Russia's missile strikes on "
        "Odesa."
    ),
    r"""
    Ukraine   =        PROPN NNP poss      3 B-GPE=ukraine
    's        =        PART  POS case      0 -
    foreign   =        ADJ   JJ  amod      3 -
    minister  =        NOUN  NN  compound  5 -
    Olena     =        PROPN NNP compound  5 B-PERSON
    Bondar    =        PROPN NNP nsubj     6 I
    denounced denounce VERB  VBD ROOT      6 -
    Russia    =        PROPN NNP poss     10 B-GPE=russia
    's        =        PART  POS case      7 -
    missile   =        NOUN  NN  compound 10 -
    strikes   strike   NOUN  NNS dobj      6 -
    on        =        ADP   IN  prep     10 -
    Odesa     =        PROPN NNP pobj     11 B-GPE
    .         =        PUNCT .   punct     6 -
""",
)

NOUN_CUE = Parse(
    "The African Union reiterated its condemnation of the attack by al-Shabaab.",
    r"""
    The          the       DET   DT   det       2 -
    African      =         PROPN NNP  compound  2 B-ORG=african-union
    Union        =         PROPN NNP  nsubj     3 I
    reiterated   reiterate VERB  VBD  ROOT      3 -
    its          =         PRON  PRP$ poss      5 -
    condemnation =         NOUN  NN   dobj      3 -
    of           =         ADP   IN   prep      5 -
    the          =         DET   DT   det       8 -
    attack       =         NOUN  NN   pobj      6 -
    by           =         ADP   IN   prep      8 -
    al           =         PROPN NNP  compound 12 B-ORG=al-shabaab
    -            =         PROPN NNP  punct    12 I
    Shabaab      =         PROPN NNP  pobj      9 I
    .            =         PUNCT .    punct     3 -
""",
)

VICTIM_OF = Parse(
    "Poland denounced the shelling of Kyiv.",
    r"""
    Poland    =        PROPN NNP nsubj 1 B-GPE=poland
    denounced denounce VERB  VBD ROOT  1 -
    the       =        DET   DT  det   3 -
    shelling  =        NOUN  NN  dobj  1 -
    of        =        ADP   IN  prep  3 -
    Kyiv      =        PROPN NNP pobj  4 B-GPE=ukraine
    .         =        PUNCT .   punct 1 -
""",
)

DEMONYM = Parse(
    "Jordan condemned Israeli strikes on Gaza.",
    r"""
    Jordan    =       PROPN NNP nsubj 1 B-GPE=jordan
    condemned condemn VERB  VBD ROOT  1 -
    Israeli   israeli ADJ   JJ  amod  3 B-NORP
    strikes   strike  NOUN  NNS dobj  1 -
    on        =       ADP   IN  prep  1 -
    Gaza      =       PROPN NNP pobj  4 B-GPE
    .         =       PUNCT .   punct 1 -
""",
)

PASSIVE = Parse(
    "Russia's attack on Kyiv was condemned by France.",
    r"""
    Russia    =       PROPN NNP poss      2 B-GPE=russia
    's        =       PART  POS case      0 -
    attack    =       NOUN  NN  nsubjpass 6 -
    on        =       ADP   IN  prep      2 -
    Kyiv      =       PROPN NNP pobj      3 B-GPE=ukraine
    was       be      AUX   VBD auxpass   6 -
    condemned condemn VERB  VBN ROOT      6 -
    by        =       ADP   IN  agent     6 -
    France    =       PROPN NNP pobj      7 B-GPE=france
    .         =       PUNCT .   punct     6 -
""",
)


# --- rules on hand-built Docs ----------------------------------------------------

C = Condemnation

HAND_BUILT = [
    # the object is the target
    pytest.param(OBJECT, [C("Poland", ("Russia",))], id="object"),
    # conjoined objects
    pytest.param(TWO_TARGETS, [C("Germany", ("Russia", "Belarus"))], id="two-objects"),
    # the doer of the act: "by <demonym> forces"
    pytest.param(BY_AGENT, [C("European Union", ("Russia",))], id="act-by-forces"),
    # the doer of the act: possessive
    pytest.param(POSSESSIVE, [C("Jordan", ("Israel",))], id="act-possessive"),
    # the doer of the act: a name modifying the act noun
    pytest.param(COMPOUND, [C("Saudi Arabia", ("Houthis",))], id="act-compound"),
    # the noun "condemnation of"
    pytest.param(NOUN_CUE, [C("African Union", ("al-Shabaab",))], id="noun-cue"),
    # a person with a role phrase: speaker, and agent their state
    pytest.param(SPEAKER, [C("Ukraine", ("Russia",), "Olena Bondar")], id="speaker"),
    # no actor did what is condemned
    pytest.param(NO_ACTOR, [], id="no-actor"),
    pytest.param(NEGATED, [], id="negated"),
    pytest.param(HYPOTHETICAL, [], id="hypothetical"),
    case(
        VICTIM_OF,
        [],
        name="victim-of",
    ),
    # the doer of the act: a demonym on the act noun
    pytest.param(DEMONYM, [C("Jordan", ("Israel",))], id="demonym-act"),
    case(
        PASSIVE,
        [C("France", ("Russia",))],
        name="passive",
    ),
]


@pytest.mark.parametrize(("parse", "expected"), HAND_BUILT)
def test_condemnations_on_hand_built_docs(
    vocab: Vocab, gazetteer: Gazetteer, parse: Parse, expected: list[Condemnation]
) -> None:
    ctx = context(vocab, parse, gazetteer)
    assert condemnations(list(extract_condemnations(ctx))) == expected


def test_condemnation_carries_cue_and_evidence(
    vocab: Vocab, gazetteer: Gazetteer
) -> None:
    (event,) = extract_condemnations(context(vocab, POSSESSIVE, gazetteer))
    assert event.cue == "denounce"
    assert event.demands == () and event.addressees == ()
    assert event.evidence.extractor == "condemnations.v2"
    assert event.evidence.sentence == POSSESSIVE.text
    assert event.targets[0].kind.value == "Country"


# --- the real model: many shapes of condemnation -------------------------------

MODEL_CASES = [
    # verbs: condemn, denounce, decry, deplore, slam, criticise
    ("Poland condemned Russia.", [C("Poland", ("Russia",))]),
    ("Burkina Faso's junta denounced France.", [C("Burkina Faso", ("France",))]),
    (
        "Amnesty International decried the Taliban's crackdown on women.",
        [C("Amnesty International", ("Taliban",))],
    ),
    (
        "The United States deplored the RSF attacks on civilians in El Fasher.",
        [C("United States", ("Rapid Support Forces",))],
    ),
    (
        "Ukraine slammed Russia for the strike on the hospital.",
        [C("Ukraine", ("Russia",))],
    ),
    ("China criticized NATO's expansion.", [C("China", ("NATO",))]),
    (
        "Germany sharply criticised Israel's settlement expansion.",
        [C("Germany", ("Israel",))],
    ),
    # the act and its doer
    (
        "The European Union condemned the shelling by Russian forces.",
        [C("European Union", ("Russia",))],
    ),
    ("Jordan denounced Israel's strikes on Rafah.", [C("Jordan", ("Israel",))]),
    (
        "Saudi Arabia condemned the Houthi attack on Abha airport.",
        [C("Saudi Arabia", ("Houthis",))],
    ),
    (
        "The African Union strongly condemned the attack by al-Shabaab on a hotel in "
        "Mogadishu.",
        [C("African Union", ("al-Shabaab",))],
    ),
    (
        "The Yemeni government condemned the Houthis' seizure of the ship.",
        [C("Yemen", ("Houthis",))],
    ),
    (
        "Turkey condemned the PKK attack in Ankara, calling it a terrorist act.",
        [C("Turkey", ("PKK",))],
    ),
    (
        "UN chief Antonio Guterres decried the killing of aid workers by Israeli forces.",
        [C("United Nations", ("Israel",), "Antonio Guterres")],
    ),
    (
        "Sudan's army condemned the Rapid Support Forces for the massacre in El Geneina.",
        [C("Sudan", ("Rapid Support Forces",))],
    ),
    # a demonym on the act noun names the doer
    ("Jordan condemned Israeli strikes on Gaza.", [C("Jordan", ("Israel",))]),
    (
        "Qatar condemned in the strongest terms the Israeli attack on Doha.",
        [C("Qatar", ("Israel",))],
    ),
    (
        '"We condemn the Russian aggression in the strongest terms," said Ursula '
        "von der Leyen.",
        [C("European Union", ("Russia",), "Ursula von der Leyen")],
    ),
    # several targets
    ("Germany condemned Russia and Belarus.", [C("Germany", ("Russia", "Belarus"))]),
    ("Israel condemned Hamas and Hezbollah.", [C("Israel", ("Hamas", "Hezbollah"))]),
    (
        "Iran denounced the United States and Israel over the strikes.",
        [C("Iran", ("United States", "Israel"))],
    ),
    # who speaks
    (
        "Ukraine's foreign minister Olena Bondar denounced Russia's missile strikes on "
        "Odesa.",
        [C("Ukraine", ("Russia",), "Olena Bondar")],
    ),
    (
        "Human Rights Watch said it condemned the RSF's killings of civilians.",
        [C("Human Rights Watch", ("Rapid Support Forces",))],
    ),
    # nothing: no actor did it, negation, hypothesis, places are not doers
    ("The UN condemned the violence.", []),
    ("Kenya condemned the coup in Niger.", []),
    ("The OIC condemned the burning of the Koran in Sweden.", []),
    ("France did not condemn Israel.", []),
    ("Russia would condemn any strike by Ukraine.", []),
    ("The attack was condemned by France.", []),
    ("He condemned Russia.", []),
    # gaps
    case(
        "Poland denounced the shelling of Kyiv.",
        [],
    ),
    case(
        "Lebanon condemned the killing of Hezbollah commanders.",
        [],
    ),
    case(
        "Saudi Arabia condemned the assassination of Hamas leader Ismail Haniyeh.",
        [],
    ),
    case(
        "Egypt condemned the storming of the Al-Aqsa mosque by Israeli settlers.",
        [],
    ),
    case(
        "The European Union and the United States condemned the Houthi attacks on "
        "shipping.",
        [C("European Union", ("Houthis",)), C("United States", ("Houthis",))],
    ),
    case(
        "Russia's attack on Kyiv was condemned by France.",
        [C("France", ("Russia",))],
    ),
    case(
        "The invasion by Russia was condemned by Japan.",
        [C("Japan", ("Russia",))],
    ),
    case(
        "The Arab League condemned the airstrikes carried out by Israel in Lebanon.",
        [C("Arab League", ("Israel",))],
    ),
    case(
        "Pakistan condemned the attack, which was claimed by the Pakistani Taliban.",
        [C("Pakistan", ("Tehrik-i-Taliban Pakistan",))],
    ),
    # the doer named in a neighbouring sentence
    (
        "Kenya condemned the attack in Mogadishu. Al-Shabaab claimed responsibility "
        "for the blast.",
        [C("Kenya", ("al-Shabaab",))],
    ),
    (
        "Russian missiles struck Kyiv overnight. Poland condemns these outrageous "
        "attacks on civilians.",
        [C("Poland", ("Russia",))],
    ),
    (
        "Norway condemned the massacre. The Islamic State claimed the attack in a "
        "statement.",
        [C("Norway", ("Islamic State",))],
    ),
    (
        "Mali condemned the ambush near Gao. The government attributed the attack "
        "to JNIM.",
        [C("Mali", ("JNIM",))],
    ),
    (
        "Canada condemns the bombing of the market. Officials blamed the attack on "
        "the Islamic State.",
        [C("Canada", ("Islamic State",))],
    ),
    (
        "Egypt condemned the assassination. Police blamed it on Boko Haram.",
        [C("Egypt", ("Boko Haram",))],
    ),
    ("Chile condemned the murder of the journalist.", []),
    # an act that "drew condemnation from X"
    (
        "An Israeli air strike hit a school in Gaza City. The strike drew "
        "condemnation from Qatar and Egypt.",
        [C("Qatar", ("Israel",)), C("Egypt", ("Israel",))],
    ),
    (
        "The Russian missile attack on Odesa drew swift condemnation from France.",
        [C("France", ("Russia",))],
    ),
    (
        "The RSF assault on the camp sparked condemnation from the African Union.",
        [C("African Union", ("Rapid Support Forces",))],
    ),
    ("The bombing drew condemnation from around the world.", []),
    # "what it called a massacre"; "as a violation of X's sovereignty" names
    # the victim, not the doer
    (
        "Israeli troops opened fire near an aid site. Egypt condemned what it "
        "called a massacre of hungry civilians.",
        [C("Egypt", ("Israel",))],
    ),
    (
        "Azerbaijani forces shelled the village. Armenia condemned what it "
        "described as an attack on its sovereignty.",
        [C("Armenia", ("Azerbaijan",))],
    ),
    (
        "U.S. warplanes struck Houthi sites overnight. Iran condemned the strikes "
        "as a violation of Yemen's sovereignty.",
        [C("Iran", ("United States",))],
    ),
    # "the minister" is the one named just before
    (
        "The UK's Africa minister visited Chad. The minister condemned the RSF "
        "for its assault on the camp.",
        [C("United Kingdom", ("Rapid Support Forces",))],
    ),
    ("A minister resigned. The minister condemned the RSF.", []),
    # no doer anywhere: no condemnation of anyone
    ("Chile condemned the attack on the convoy.", []),
    # "hold X responsible"
    (
        "Japan condemned the rocket attacks against Israel and held Hamas responsible.",
        [C("Japan", ("Hamas",))],
    ),
    (
        "Germany holds the Russian Federation responsible for the deaths of the "
        "civilians.",
        [C("Germany", ("Russia",))],
    ),
    (
        "Ireland condemned the shelling and held the army accountable.",
        [],
    ),
    # an act inside the object names its doer; a place in it names no one
    (
        "Kenya condemned the latest in a wave of al-Shabaab bombings.",
        [C("Kenya", ("al-Shabaab",))],
    ),
    (
        "Spain condemned the deadliest of the recent Houthi missile strikes.",
        [C("Spain", ("Houthis",))],
    ),
    ("France condemned the attack in Russia.", []),
    # the possessor's actor, not every name inside its phrase
    (
        "Belgium condemns the UN-sanctioned M23 armed group's continued advance.",
        [C("Belgium", ("M23",))],
    ),
    (
        "Austria condemned the Iranian-backed militia's attack on the base.",
        [C("Austria", ("Iran",))],
    ),
]


def _ids(cases: list[object]) -> list[str]:
    return [str(c.values[0] if hasattr(c, "values") else c[0])[:60] for c in cases]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), MODEL_CASES, ids=_ids(MODEL_CASES))
def test_condemnations_read_by_the_model(
    read: Callable[..., Extraction], text: str, expected: list[Condemnation]
) -> None:
    assert condemnations(read(text).events) == expected


def test_an_act_without_a_doer_waits_for_one(
    vocab: Vocab, gazetteer: Gazetteer
) -> None:
    # the family leaves "condemned the attack" waiting; with no attack of a
    # named doer in the text, the whole pipeline drops it
    (event,) = extract_condemnations(context(vocab, NO_ACTOR, gazetteer))
    assert event.status == AWAITING and event.targets == ()


# "condemned the attack": the doer of the attack the sentence points to, as the
# attack reader found it, before, in or after the sentence (all invented)
POINTED_ACTS = [
    (
        "Rebels of the M23 movement shelled Goma on Friday. The African Union "
        "condemned the attack.",
        [C("African Union", ("M23",))],
    ),
    (
        "Russian missiles struck a hospital in Kharkiv overnight, killing four "
        "people. The strike was condemned by Germany.",
        [C("Germany", ("Russia",))],
    ),
    (
        "Azerbaijani forces opened fire on Armenian positions near Sotk. Armenia "
        "condemns this provocation.",
        [C("Armenia", ("Azerbaijan",))],
    ),
    (
        "Fighters of the National Liberation Army (ELN) attacked an army base in "
        "Arauca, killing five soldiers. The rebels then withdrew. Colombia's "
        "president condemned the attack as a war crime.",
        [C("Colombia", ("ELN",))],
    ),
    (
        "Peru condemned the attack on the convoy. The attack was carried out by "
        "fighters of the Shining Path, the army said.",
        [C("Peru", ("Shining Path",))],
    ),
    # a party that says it did it, did it
    (
        "Hamas said it fired rockets at Ashkelon. Germany condemned the attack.",
        [C("Germany", ("Hamas",))],
    ),
    # a place in the condemned act's phrase is where, not who
    (
        "Jordan condemns the attacks in the town of Jabla and the port city of "
        "Tartus, for which ISIS claimed responsibility.",
        [C("Jordan", ("Islamic State",))],
    ),
    # "the attacks, which it blamed on X": X, never the condemner behind "it"
    (
        "Mali condemned the attacks, which it blamed on JNIM.",
        [C("Mali", ("JNIM",))],
    ),
    (
        "Niger's government condemned the ambush, which it attributed to the "
        "Islamic State.",
        [C("Niger", ("Islamic State",))],
    ),
    (
        "Ukraine condemned the strikes that Russia carried out on Odesa.",
        [C("Ukraine", ("Russia",))],
    ),
    # who condemns killings is not their killer
    (
        "The Secretary-General condemns the attacks in Bogota, killing 14 people. "
        "The FARC claimed responsibility.",
        [C("United Nations", ("FARC",))],
    ),
    # "was quick to condemn": the subject of "be" condemns
    (
        "Germany was quick to condemn the Hamas attack on Israel.",
        [C("Germany", ("Hamas",))],
    ),
    (
        "France was among the first to condemn the Russian strike on Odesa.",
        [C("France", ("Russia",))],
    ),
    ("It is important to condemn the Houthi attacks on shipping.", []),
    # nobody named did it: nobody to condemn
    ("A bomb exploded at a market in Kabul. Pakistan condemned the attack.", []),
    (
        "Gunmen attacked a church in northern Burkina Faso. France condemned the "
        "attack.",
        [],
    ),
    # the condemner is never its own target
    (
        "Ukrainian drones hit a refinery in Saratov. Ukraine condemned the attack "
        "on its port by Russian missiles.",
        [C("Ukraine", ("Russia",))],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), POINTED_ACTS, ids=_ids(POINTED_ACTS))
def test_a_condemned_act_takes_its_doer_from_the_attack_read(
    read: Callable[..., Extraction], text: str, expected: list[Condemnation]
) -> None:
    assert condemnations(read(text).events) == expected


# "We, the ministers of A, B and C, condemn ...": each signatory, also when a
# headline makes the tagger take "We" for a name
JOINT = [
    (
        "Joint statement by the foreign ministers of Chile, Peru and Mexico",
        "We, the foreign ministers of Chile, Peru and Mexico, condemn the Rapid "
        "Support Forces' drone strikes on El Fasher.",
        {(a, "Rapid Support Forces") for a in ("Chile", "Peru", "Mexico")},
    ),
    (
        "Statement by the ministers of Ghana and Senegal on Mali",
        "We, the ministers of Ghana and Senegal, denounce JNIM's attacks on fuel "
        "convoys.",
        {("Ghana", "JNIM"), ("Senegal", "JNIM")},
    ),
    (
        "Statement of the Nordic ministers",
        "We condemn Russia's strikes on Odesa.",
        set(),  # the authors are named nowhere: no agent, no condemnation
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("title", "text", "expected"), JOINT, ids=_ids(JOINT))
def test_joint_condemnations_name_each_signatory(
    read: Callable[..., Extraction], title: str | None, text: str, expected: set
) -> None:
    found = {
        (c.agent, t)
        for c in condemnations(read(text, title=title).events)
        for t in c.targets
    }
    assert found == expected


# "condemn X's strikes on A this week and Y's shelling of B": the parser joins the
# second act to the verb; both doers are condemned
SECOND_ACTS = [
    (
        "Chile condemns the Rapid Support Forces' shelling of Tawila last week and "
        "the Sudanese Armed Forces' airstrikes on a school in Kordofan on Monday.",
        ("Rapid Support Forces", "Sudan"),
    ),
    (
        "Ghana condemned Russia's missile strikes on Lviv this month and Belarus's "
        "support for the invasion.",
        ("Russia", "Belarus"),
    ),
    (
        "Brazil condemns Israel's raids on Jenin this week and Hamas's rocket fire "
        "on Sderot.",
        ("Israel", "Hamas"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "targets"), SECOND_ACTS, ids=_ids(SECOND_ACTS))
def test_a_second_act_joined_to_the_verb_is_condemned_too(
    read: Callable[..., Extraction], text: str, targets: tuple[str, ...]
) -> None:
    (found,) = condemnations(read(text).events)
    assert found.targets == targets


@pytest.mark.model
def test_an_all_capitals_headline_names_no_doer(
    read: Callable[..., Extraction],
) -> None:
    ex = read(
        "The Secretary-General strongly condemns the violent attacks yesterday in "
        "Bogota, Colombia, killing 14 people.",
        title="CONDEMNING COLOMBIA INAUGURATION KILLINGS",
    )
    assert condemnations(ex.events) == []
    assert {e.agent for e in ex.events if e.kind is EventKind.ATTACK} == {None}
