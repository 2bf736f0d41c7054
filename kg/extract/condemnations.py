"""Condemnations: who condemns, denounces or decries whom.

The target is an actor that did what is condemned: the object itself ("condemned
Russia"), or the agent of a condemned act ("the attacks of the Syrian regime",
"airstrikes by the Syrian regime and Russia", "Bashar al-Assad's regime's
attacks", "the Assad regime attack").  Places inside the object ("in Idlib")
are not targets.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.actors import Context
from kg.extract.calls import _agents, _hypothetical, _negated
from kg.extract.condemned import AWAITING
from kg.extract.frames import (
    BLAME_VERBS,
    claimants,
    relative_by_preposition,
)
from kg.extract.frames import held_responsible as _held_responsible
from kg.extract.lexicon import ACT_NOUNS, DONE_VERBS, SAY_VERBS
from kg.model import ActorKind, ActorRef, Event, EventKind

EXTRACTOR = "condemnations.v2"

# pronouns that stand for the act condemned just before: "It was also
# condemned by X", "Germany condemned it too"
_ACT_PRONOUNS = frozenset({"it", "this", "that"})
_PRONOUN_REACH = 2

# verbs whose subject did a violent act: "the Taliban attacked the compound"
ATTACK_VERBS = frozenset(
    {"attack", "shell", "bomb", "bombard", "strike", "raid", "pound", "ambush", "storm"}
)

# verbs of condemnation
CONDEMN_VERBS = frozenset(
    {
        "condemn",
        "denounce",
        "decry",
        "deplore",
        "censure",
        "criticize",
        "criticise",
        "slam",
        "lambast",
        "rebuke",
        "blast",
        "castigate",
        "vilify",
    }
)
# nouns of condemnation: "its condemnation of", "strong criticism of"
CONDEMN_NOUNS = frozenset({"condemnation", "denunciation", "criticism"})
# feelings expressed about an act: "expresses its outrage at the raid"
OUTRAGE_NOUNS = frozenset({"outrage", "indignation", "revulsion", "abhorrence"})
# feelings that condemn what they are felt about: "appalled by the attack"
OUTRAGE_ADJS = frozenset({"appalled", "outraged", "horrified", "sickened", "disgusted"})
OUTRAGE_VERBS = frozenset(
    {"appal", "appall", "outrage", "horrify", "sicken", "disgust"}
)
# acts whose "of" names the victim, not the doer: "the invasion of Ukraine"
PATIENT_OF_NOUNS = frozenset(
    {
        "assassination",
        "invasion",
        "occupation",
        "destruction",
        "siege",
        "murder",
        "bombardment",
        "annexation",
        "abduction",
        "detention",
        "arrest",
        "execution",
        "blockade",
        "targeting",
        "storming",
        "kidnapping",
        "deportation",
        "persecution",
        "capture",
        "seizure",
        "takeover",
        "fall",
        "encirclement",
        "recapture",
        "bombing",
        "shelling",
        "violation",
        "breach",
    }
)
# links from an act to its agent inside the object: "attacks by/of X"
_AGENT_PREPS = frozenset({"by", "of", "from"})
# violence two sides do to each other: "the fighting between X and Y"
_MUTUAL_VIOLENCE = frozenset(
    {"violence", "fighting", "clash", "hostility", "war", "conflict", "battle"}
)


def extract_condemnations(ctx: Context) -> Iterator[Event]:
    """Yield one ``Condemnation`` event per condemning clause with a target actor.

    Args:
        ctx: the article's shared extraction context.

    Yields:
        ``Event`` of kind ``CONDEMNATION``.
    """
    # the targets of the last condemnation, and the sentence it was in: "It
    # was also condemned by X" condemns the same act
    last: tuple[list[ActorRef], int] | None = None
    for at, sent in enumerate(ctx.sents):
        found_here = False
        for event in _sentence_condemnations(ctx, sent, at, last):
            found_here = True
            last = (list(event.targets), at)
            yield event
        if not found_here:
            for event in _shallow(ctx, sent):
                last = (list(event.targets), at)
                yield event


def _sentence_condemnations(
    ctx: Context, sent: Span, at: int, last: tuple[list[ActorRef], int] | None
) -> Iterator[Event]:
    """The condemnations of one sentence, read from its parse."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in CONDEMN_VERBS:
            objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            # "condemn X's strikes and Y's bombardment": the parser may join the
            # second object to the verb
            objects += [
                c
                for c in tok.children
                if c.dep_ == "conj"
                and c.pos_ in ("NOUN", "PROPN")
                and objects
                and c.i > objects[0].i
            ]
            # "condemned the attack as a war crime by Russia" (not "as a
            # violation of Yemen's sovereignty": the victim is no target)
            objects += [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children
                if g.dep_ == "pobj" and _is_act(g)
            ]
            # "deplores the killings of civilians, and targeting of villages
            # by X": the parser makes the second act a verb joined to the first
            objects += [
                p
                for c in tok.children
                if c.dep_ == "conj" and c.tag_ == "VBG" and objects
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "by"
            ]
            # "condemn the violence, including the military's use of air
            # strikes": the parser hangs the example on the verb
            objects += [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in _EXAMPLE_PREPS and objects
                for g in c.children
                if g.dep_ == "pobj"
            ]
            # "condemned what it called a massacre"
            objects += _so_called(tok)
            if not objects:
                # "condemn in the strongest terms the attacks carried out by
                # X": the parser hangs the object on "terms"
                objects = _hung_on_terms(tok)
            # "I want to condemn the attacks": the object may sit on an xcomp
        elif (
            tok.pos_ == "ADJ"
            and lemma in OUTRAGE_ADJS
            or (tok.tag_ == "VBN" and lemma in OUTRAGE_VERBS)
        ):
            # "I am appalled by this attack by Assad's regime"
            objects = [
                g
                for c in tok.children
                if c.lower_ in ("by", "at")
                for g in c.children
                if g.dep_ == "pobj"
            ]
        elif (
            tok.pos_ == "VERB"
            and lemma == "hold"
            and _held_responsible(ctx, tok, own=True)
            and tok.dep_ in ("ROOT", "ccomp")
        ):
            # "We hold Russia responsible for the deaths": blame is a condemnation
            objects = []
        elif tok.pos_ == "NOUN" and lemma in CONDEMN_NOUNS:
            objects = [
                g
                for c in tok.children
                if c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        elif _misread_verb(tok):
            # "Sudan denounces in the strongest terms the attack ...", parsed
            # as a noun with "Sudan" as its compound
            objects = _misread_parts(tok)[1]
        elif (
            tok.pos_ == "NOUN"
            and lemma in OUTRAGE_NOUNS
            and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in ("express", "voice", "convey")
        ):
            # "expresses its outrage at the raid", "voiced indignation over"
            objects = [
                g
                for c in (*tok.children, *tok.head.children)
                if c.dep_ == "prep" and c.lower_ in ("at", "over")
                for g in c.children
                if g.dep_ == "pobj"
            ]
        else:
            continue
        if _negated(tok) or _hypothetical(tok):
            continue
        targets: list[ActorRef] = []
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        condemners: list[ActorRef] = []
        if _misread_verb(tok):
            condemners = [a for c in _misread_parts(tok)[0] for a in ctx.np_actors(c)]
            if not condemners:
                continue
        if tok.pos_ == "NOUN" and lemma in CONDEMN_NOUNS:
            # "the strike drew condemnation from Qatar and Egypt"
            condemners = _drawn_from(ctx, tok)
            if condemners:
                objects += [c for c in tok.head.children if c.dep_ == "nsubj"]
        if passive and tok.pos_ == "VERB" and lemma in CONDEMN_VERBS:
            # "Russia's attack on Kyiv was condemned by France"
            objects = [c for c in tok.children if c.dep_ == "nsubjpass"]
            for c in tok.children:
                if c.dep_ == "agent":
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            condemners.extend(ctx.np_actors(pobj))
            if not condemners:
                continue
        # "condemn the airstrikes by X": the parser often hangs "by X" on the verb
        if not passive and tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "by" and objects:
                    objects = objects + [c]
                # "condemned the attack on the patrol, carried out by X"
                if (
                    c.dep_ == "advcl"
                    and c.lemma_.lower() in DONE_VERBS
                    and c.tag_ == "VBN"
                    and objects
                ):
                    objects = objects + [g for g in c.children if g.dep_ == "agent"]
        for obj in objects:
            if obj.lower_ in _ACT_PRONOUNS:
                # an act, never a state or group: "it" is the act condemned
                # just before, or nothing
                if last is not None and 0 < at - last[1] <= _PRONOUN_REACH:
                    targets.extend(t for t in last[0] if t not in targets)
                continue
            for target in _targets(ctx, obj):
                if target not in targets:
                    targets.append(target)
        if not targets and tok.pos_ == "VERB":
            # "condemned the most recent in a series of al-Shabaab attacks":
            # the parser may hang the act on the verb
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "of", "on"):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            targets.extend(
                                t for t in _act_doers(ctx, pobj) if t not in targets
                            )
        # "..., for which Daesh has claimed responsibility"
        targets.extend(t for t in _claimants(ctx, sent) if t not in targets)
        # "... and hold Hamas responsible"
        targets.extend(
            t
            for t in _held_responsible(ctx, tok, own=lemma == "hold")
            if t not in targets
        )
        # "We condemn the attack in Mogadishu. Al-Shabaab claimed it.": an act
        # whose doer the clause does not name is the one named nearby
        if not targets and any(_is_act(o) for o in objects):
            targets = _nearby_doers(ctx, sent)
        # an act whose doer no sentence near names as the condemnation reader
        # sees them: the attack reader's perpetrator of it, found once every
        # family has run (kg.extract.condemned)
        waiting = not targets and any(_is_act(o) for o in objects)
        if not targets and not waiting:
            continue
        pairs = _agents(ctx, tok, sent)
        # "I am appalled by ...": the one appalled condemns
        felt = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if lemma in OUTRAGE_VERBS and felt is not None:
            who = ctx.np_actor(felt)
            if who is not None:
                speaker = who if who.kind is ActorKind.PERSON else None
                pairs = [(ctx.speaks_for(who), speaker)]
        if condemners:
            pairs = [
                (ctx.speaks_for(c), c if c.kind is ActorKind.PERSON else None)
                for c in condemners
            ]
        for agent, speaker in pairs:
            mine = [t for t in targets if ctx.speaks_for(t).key != agent.key]
            if not mine and not waiting:
                continue
            yield Event(
                kind=EventKind.CONDEMNATION,
                evidence=ctx.evidence(sent, EXTRACTOR),
                agent=agent,
                speaker=speaker,
                targets=tuple(
                    {ctx.speaks_for(t).key: ctx.speaks_for(t) for t in mine}.values()
                ),
                cue=lemma,
                quote=ctx.quote_text(tok),
                status=AWAITING if waiting else None,
            )


# a verb's third person the small parser takes for a noun after a name
_MISREAD_VERBS = frozenset(
    {"condemns", "denounces", "deplores", "decries", "censures", "slams", "blasts"}
)


def _shallow(ctx: Context, sent: Span) -> list[Event]:
    """A condemnation the parse lost: "The Foreign Ministers of Egypt, Jordan,
    Qatar and Turkey condemn in the strongest terms Israel's bombardment of
    Rafah", where a long list of subjects leaves the verb a noun.

    Read only when nothing but a noun phrase stands before the cue (no verb),
    the phrase names states or bodies, and an act after the cue names its doer.
    """
    cue = next(
        (
            t
            for t in sent
            if t.lower_ in _SHALLOW_CUES and not _negated(t) and not _hypothetical(t)
        ),
        None,
    )
    if cue is None or any(t.pos_ in ("VERB", "AUX") for t in sent if t.i < cue.i):
        return []
    agents = [
        a
        for a in ctx.actors_in([t for t in sent if t.i < cue.i])
        if a.kind in (ActorKind.COUNTRY, ActorKind.ORGANIZATION)
    ]
    acts = [t for t in sent if t.i > cue.i and t.pos_ == "NOUN" and _is_act(t)]
    if not agents or not acts:
        return []
    targets: list[ActorRef] = []
    for act in acts[:1]:
        for t in _targets(ctx, act):
            if t.key not in {x.key for x in targets}:
                targets.append(t)
    targets = [t for t in targets if t.key not in {a.key for a in agents}]
    return [
        Event(
            kind=EventKind.CONDEMNATION,
            evidence=ctx.evidence(sent, EXTRACTOR),
            agent=ctx.speaks_for(agent),
            targets=tuple(ctx.speaks_for(t) for t in targets),
            cue=cue.lower_,
            quote=ctx.quote_text(cue),
        )
        for agent in agents
        if targets
    ]


# the words of a condemnation the parse may take for a noun
_SHALLOW_CUES = frozenset(
    {"condemn", "condemns", "denounce", "denounces", "deplore", "deplores"}
)


def _misread_verb(tok: Token) -> bool:
    """ "Sudan denounces the attack" parsed as the noun "denounces"."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in _MISREAD_VERBS:
        return False
    if tok.dep_ == "appos" and tok.head.i < tok.i:
        return True  # "The Ministry [of ...] denounces ...": hung on its subject
    return tok.dep_ == "ROOT" and any(
        c.dep_ == "compound" and c.i < tok.i for c in tok.children
    )


def _misread_parts(tok: Token) -> tuple[list[Token], list[Token]]:
    """(subject phrases, object phrases) of a verb misread as a noun."""
    if tok.dep_ == "appos":
        objects = [
            c for c in tok.head.rights if c.i > tok.i and c.dep_ in ("appos", "dobj")
        ]
        objects += [c for c in tok.rights if c.dep_ in ("dobj", "appos", "attr")]
        return [tok.head], objects
    subjects = [c for c in tok.lefts if c.dep_ in ("compound", "nsubj")]
    objects = [c for c in tok.rights if c.dep_ in ("dobj", "appos", "attr", "npadvmod")]
    return subjects, objects


def _hung_on_terms(verb: Token) -> list[Token]:
    """The object of "condemn in the strongest (possible) terms the attack by
    X", which the parser hangs on "terms" (as an apposition, as the subject of
    "carried out by X" read as a relative clause, or as the object of
    "continuing" read as a clause); with its by-phrase."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for terms in prep.children:
            if terms.dep_ != "pobj" or terms.lemma_.lower() != "term":
                continue
            for c in terms.children:
                if c.dep_ in ("appos", "npadvmod") and c.pos_ in ("NOUN", "PROPN"):
                    out.append(c)
                elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() in DONE_VERBS:
                    out += [g for g in c.children if g.dep_ == "nsubj" and _is_act(g)]
                    if out:
                        out += [g for g in c.children if g.dep_ == "agent"]
                elif c.dep_ == "acl" and c.tag_ == "VBG":
                    # "condemns in the strongest terms continuing violations
                    # ... by X": "continuing" read as a clause on "terms"
                    found = [g for g in c.children if g.dep_ == "dobj"]
                    out += found
                    if found:
                        out += [
                            g
                            for g in c.children
                            if g.dep_ == "prep" and g.lower_ == "by"
                        ]
    return out


def _so_called(verb: Token) -> list[Token]:
    """The act in "condemned what it called a massacre", "what it described as
    an attack"."""
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in (
            "call",
            "describe",
            "term",
            "label",
        ):
            continue
        if not any(c.lower_ == "what" for c in clause.children):
            continue
        for c in clause.children:
            if c.dep_ == "oprd":
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "as":
                out += [g for g in c.children if g.dep_ == "pobj"]
    return [t for t in out if _is_act(t)]


# verbs by which an act meets condemnation: "drew condemnation from X"
_DRAW_VERBS = frozenset(
    {"draw", "prompt", "spark", "trigger", "attract", "provoke", "earn", "bring"}
)


def _drawn_from(ctx: Context, noun: Token) -> list[ActorRef]:
    """Who condemned, in "the strike drew condemnation from X and Y"."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _DRAW_VERBS:
        return []
    # the parser hangs "from X" on the noun or on the verb
    return [
        actor
        for c in [*noun.children, *noun.head.children]
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pobj"
        for actor in ctx.np_actors(g)
    ]


# heads of a place's noun phrase ("the port city of X"): where, never who
_PLACE_HEADS = frozenset(
    {
        "city",
        "town",
        "village",
        "province",
        "district",
        "region",
        "port",
        "area",
        "camp",
        "neighbourhood",
        "neighborhood",
        "capital",
        "governorate",
        "county",
        "suburb",
    }
)


def _targets(ctx: Context, obj: Token) -> list[ActorRef]:
    """Actors an object of condemnation names as doers."""
    out: list[ActorRef] = []
    if obj.dep_ in ("prep", "agent"):  # a "by X" hung on the verb
        for pobj in obj.children:
            if pobj.dep_ == "pobj":
                out.extend(ctx.np_actors(pobj))
        return out
    for head in _conj(obj):
        actor = ctx.np_actor(head)
        if actor is not None:
            out.append(actor)
            continue
        if head.lemma_.lower() in _PLACE_HEADS:
            continue  # "the attacks in Jabla and the port city of Tartus"

        # the agent of the condemned act: by/of/from X, X's act, X act; but
        # "the shelling of Kyiv", "the killing of Hamas commanders" name victims
        patient_of = (
            head.lower_.endswith("ing") or head.lemma_.lower() in PATIENT_OF_NOUNS
        )
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of" and patient_of:
                continue
            if (
                child.dep_ == "prep"
                and child.lower_ in ("between", "among")
                and head.lemma_.lower() in _MUTUAL_VIOLENCE
            ):
                # "the violence between the army and the RSF": both sides do it
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out.extend(ctx.np_actors(pobj))
            elif child.dep_ == "prep" and child.lower_ in _AGENT_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out.extend(ctx.np_actors(pobj))
            elif child.dep_ == "poss" and child.lower_ in ("their", "its"):
                # "X and Y killed dozens. We condemn their violent actions":
                # the subjects of the sentence before
                out.extend(_previous_subjects(ctx, child))
            elif child.dep_ == "poss":
                # "the M23 armed group's advance": the possessor phrase's actor,
                # not every name inside it ("UN-sanctioned")
                out.extend(
                    ctx.np_actors(child)
                    or [
                        a
                        for t in child.subtree
                        if not _sanctioner(t)
                        for a in ctx.actors_in([t])
                    ]
                )
            elif child.dep_ in ("compound", "amod", "nmod"):
                out.extend(ctx.actors_in([child]))
        # "the attacks that X has waged": the subject of a relative clause;
        # "the airstrikes carried out by Israel", "which was claimed by the Taliban"
        # "which monitors said was carried out by X": the reported clause's;
        # a relative clause the parser hung on the act's place ("the attack
        # on the market in X, which was carried out by Y") gives its "by" only
        hung = [
            c
            for t in head.subtree
            if t.i > head.i and t.dep_ in ("pobj", "dobj")
            for c in t.children
            if c.dep_ == "relcl" or (c.dep_ == "acl" and c.lemma_.lower() in DONE_VERBS)
        ]
        for child in [*head.children, *hung]:
            if child.dep_ in ("relcl", "acl"):
                said = [
                    c
                    for c in child.children
                    if c.dep_ == "ccomp" and child.lemma_.lower() in SAY_VERBS
                ]
                if child.dep_ == "relcl" and child.lemma_.lower() in BLAME_VERBS:
                    # "the attacks, which it blamed on JNIM": who is blamed
                    out.extend(
                        a
                        for c in child.children
                        if c.dep_ == "prep" and c.lower_ in ("on", "to")
                        for g in c.children
                        if g.dep_ == "pobj"
                        for a in ctx.np_actors(g)
                    )
                    continue
                for sub in child.children:
                    if (
                        sub.dep_ == "nsubj"
                        and child.dep_ == "relcl"
                        and not said
                        and child.head.i == head.i
                        and not relative_by_preposition(child)
                        # "which it called ...": the condemner, not the doer
                        and not (sub.pos_ == "PRON" and sub.tag_ not in ("WP", "WDT"))
                    ):
                        out.extend(ctx.np_actors(sub))
                for clause in (child, *said):
                    if (
                        child.head.i != head.i
                        and clause.lemma_.lower() not in DONE_VERBS
                    ):
                        continue  # "the hospital in Gaza, which was run by MSF"
                    for sub in clause.children:
                        if sub.dep_ == "agent":
                            for pobj in sub.children:
                                if pobj.dep_ == "pobj":
                                    out.extend(ctx.np_actors(pobj))
    if not out and obj.dep_ != "prep":
        out.extend(_act_doers(ctx, obj, skip=obj))
    return out


def _previous_subjects(ctx: Context, tok: Token) -> list[ActorRef]:
    """The known actors the sentence before ``tok``'s names as its subject."""
    k = ctx.sent_index(ctx.sent_of(tok))
    if k == 0:
        return []
    return [
        a
        for t in ctx.sents[k - 1]
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
        for a in ctx.np_actors(t, resolve=False)
        if a.key in ctx.gaz.entries
    ]


def _act_doers(
    ctx: Context, root: Token, *, skip: Token | None = None
) -> list[ActorRef]:
    """Doers of the acts inside a phrase: "the most recent in a long series of
    al-Shabaab attacks" names al-Shabaab (a place in it names no one)."""
    out: list[ActorRef] = []
    for tok in root.subtree:
        if tok is skip or tok.pos_ != "NOUN":
            continue
        if not _is_act(tok):
            if _use_of_acts(tok):
                # "the military's use of air strikes": who uses them does them
                out.extend(
                    a
                    for c in tok.children
                    if c.dep_ == "poss" and c.pos_ != "PRON"
                    for a in ctx.np_actors(c)
                    if a.key in ctx.gaz.entries
                )
            continue
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss"):
                out.extend(
                    a for a in ctx.actors_in([child]) if a.key in ctx.gaz.entries
                )
            elif child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out.extend(ctx.np_actors(pobj))
    return out


# nouns whose "of" names the acts done: "X's use of air strikes", "X's
# campaign of shelling", "X's wave of attacks"
_USE_NOUNS = frozenset(
    {"use", "campaign", "series", "wave", "string", "spate", "pattern", "deployment"}
)


# what introduces an example of the condemned acts
_EXAMPLE_PREPS = frozenset({"including", "especially", "particularly", "notably"})


def _use_of_acts(tok: Token) -> bool:
    """Whether ``tok`` is a noun of using or repeating acts ("use of air strikes")."""
    return tok.lemma_.lower() in _USE_NOUNS and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and _is_act(g) for g in c.children
        )
        for c in tok.children
    )


def _claimants(ctx: Context, sent: Span) -> list[ActorRef]:
    """Actors the sentence says claimed responsibility for what is condemned."""
    out: list[ActorRef] = []
    for tok in sent:
        out.extend(claimants(ctx, tok, _ACT_LEMMAS))
    return out


def _sanctioner(tok: Token) -> bool:
    """ "UN-sanctioned", "US-designated": the name is the sanctioner's."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and doc[tok.i + 2].lower_ in ("sanctioned", "designated", "listed")
    )


def _is_act(tok: Token) -> bool:
    """Whether a noun names a violent act ("the attack", "these strikes")."""
    if tok.dep_ == "prep":
        return False
    return tok.lemma_.lower() in _ACT_LEMMAS


# nouns of violent acts, as lemmas
_ACT_LEMMAS = ACT_NOUNS | frozenset(
    {
        "killing",
        "explosion",
        "blast",
        "massacre",
        "act",
        "incident",
        "atrocity",
        "crime",
        "violence",
        "terrorism",
        "shooting",
        "stabbing",
        "execution",
        "abduction",
        "kidnapping",
        "ambush",
        "beheading",
        "murder",
        "assassination",
        "hijacking",
        "bomb",
        "provocation",
        "aggression",
        "capture",
        "seizure",
        "takeover",
        "advance",
        "offensive",
        "incursion",
    }
)


def _doers_in(ctx: Context, sent: Span) -> list[ActorRef]:
    """Who a sentence says did a violent act: claimants, "X's attack", "attacks
    by X", "Russian strikes", "the Taliban attacked ...", "X claimed the attack"."""
    if sent.text.isupper():
        return []  # an all-capitals headline: its parse names no one reliably
    out = _claimants(ctx, sent) + _claimed_in(ctx, sent)
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and _is_act(tok):
            actor = ctx.np_actor(tok)
            found = [actor] if actor is not None else []
            if not found:
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "by":
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                found.extend(ctx.np_actors(pobj))
                    elif child.dep_ == "poss" and child.pos_ != "PRON":
                        found.extend(ctx.np_actors(child))
            out.extend(found)
        elif (
            tok.pos_ == "VERB"
            and (
                lemma in ATTACK_VERBS
                or (lemma == "open" and any(c.lower_ == "fire" for c in tok.children))
            )
            and not _negated(tok)
        ):
            if any(c.dep_ == "auxpass" for c in tok.children):
                continue
            for c in tok.children:
                if c.dep_ == "nsubj":
                    out.extend(ctx.np_actors(c))
    return list(dict.fromkeys(out))


def _claimed_in(ctx: Context, sent: Span) -> list[ActorRef]:
    """ "X claimed the attack", "the attack was attributed to X / carried out by X"."""
    out: list[ActorRef] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma == "claim":
            # "X claimed the attack"; "the bombing, which X claimed"
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            # (not "which Russia claimed was staged": a claim about it)
            relative = (
                tok.dep_ in ("relcl", "acl")
                and _is_act(_act_of_clause(tok.head))
                and all(c.tag_ == "WDT" for c in objects)
                and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
            )
            if relative or any(_is_act(c) for c in objects):
                for c in tok.children:
                    if c.dep_ == "nsubj":
                        out.extend(ctx.np_actors(c))
        elif tok.pos_ == "VERB" and lemma in ("attribute", "blame", "pin"):
            # "blamed the attack on X": the parser hangs "on X" on the verb
            # or on the act
            holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
            for holder in holders:
                for c in holder.children:
                    if c.dep_ == "prep" and c.lower_ in ("to", "on"):
                        for g in c.children:
                            if g.dep_ == "pobj":
                                out.extend(ctx.np_actors(g))
    return out


def _act_of_clause(head: Token) -> Token:
    """The noun a relative clause tells of: the parser hangs "the bombing in
    Kabul, which X claimed" on the place; the act is the place's head."""
    if (
        head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and head.head.head.pos_ == "NOUN"
        and _is_act(head.head.head)
    ):
        return head.head.head
    return head


def _nearby_doers(ctx: Context, sent: Span) -> list[ActorRef]:
    """Doers named in the sentences after the condemnation, then before it
    (two each way), then in the title: the nearest that names any."""
    k = ctx.sent_index(sent)
    n = len(ctx.sents)

    def known(actors: list[ActorRef]) -> list[ActorRef]:
        # a name the gazetteer lacks is as often a headline's noun ("Drones")
        return [a for a in actors if a.key in ctx.gaz.entries]

    # this sentence, then what was told before ("Russian missiles struck Kyiv.
    # We condemn these attacks."), then a claim after ("... Al-Shabaab claimed
    # responsibility"), then anything earlier in the text
    found = known(_doers_in(ctx, sent))
    for j in (k - 1, k - 2):
        if not found and 0 <= j < n:
            found = known(_doers_in(ctx, ctx.sents[j]))
    for j in (k + 1, k + 2):
        if not found and j < n:
            found = known(
                _claimants(ctx, ctx.sents[j]) + _claimed_in(ctx, ctx.sents[j])
            )
    for other in reversed(ctx.sents[: max(0, k - 2)]):
        if found:
            break
        found = known(_doers_in(ctx, other))
    return found


def _conj(tok: Token) -> Iterator[Token]:
    yield tok
    for c in tok.children:
        if c.dep_ == "conj":
            yield from _conj(c)
