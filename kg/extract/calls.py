"""Calls, demands, appeals and urgings: who asks whom for what.

Covers "X called for a ceasefire", "X calls on Y to stop the fighting",
"X urged Y to protect civilians", "X demanded to stop the attack",
"X reiterated his call for an immediate ceasefire", "X stressed the need for a
political solution", "We urge an immediate return to the cease-fire" (the
quote's speaker), and "the bombings must stop" inside a quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.actors import Context
from kg.extract.demands import classify
from kg.extract.frames import actors_of
from kg.extract.groups import defined_members
from kg.extract.lexicon import (
    COMP_DEPS,
    HYPOTHETICAL_AUX,
    OBJ_DEPS,
    SAY_VERBS,
    SELF_PRONOUNS,
    SUBJ_DEPS,
    is_self_pronoun,
)
from kg.extract.turns import turn_speaker
from kg.model import ActorKind, ActorRef, Event, EventKind

EXTRACTOR = "calls.v2"

# verbs that report a call when they govern a demand
CALL_VERBS = frozenset(
    {
        "call",
        "urge",
        "demand",
        "appeal",
        "press",
        "ask",
        "request",
        "insist",
        "plead",
        "implore",
        "exhort",
        "beg",
        "push",
        "encourage",
        "invite",
        "pursue",
        "seek",
        "advocate",
        "champion",
        "work",
        "strive",
        "lobby",
        "campaign",
        "expect",
        "want",
        "wish",
        "like",
        # commands: "the president told the troops to stop fighting"
        "tell",
        "order",
        "instruct",
        "direct",
        "command",
    }
)
# verbs that count only when what they govern names a demand: "pursue a ceasefire"
DEMAND_ONLY_VERBS = frozenset(
    {"pursue", "seek", "advocate", "champion", "work", "strive", "lobby", "campaign"}
)
# adjectives of obligation: "it is vital that ...", "it is crucial to ..."
OBLIGATION_ADJS = frozenset(
    {
        "crucial",
        "vital",
        "essential",
        "important",
        "imperative",
        "necessary",
        "critical",
        "urgent",
        "paramount",
        # "it is unacceptable that aid is still blocked": a demand for the opposite
        "unacceptable",
        "intolerable",
    }
)
# adjectives that make a noun subject a demand: "respect for X is non-negotiable"
STANCE_NEEDS = frozenset(
    {"non-negotiable", "indispensable", "key", "needed", "required"}
)
# nouns of duty: "Israel has a responsibility to protect civilians"
DUTY_NOUNS = frozenset({"responsibility", "duty", "obligation"})
# verbs that endorse a call: "I echo the Secretary-General's call for ..."
ENDORSE_VERBS = frozenset(
    {
        "echo",
        "join",
        "support",
        "back",
        "endorse",
        "welcome",
        "share",
        "reiterate",
        "renew",
        "repeat",
        "amplify",
        "second",
    }
)
# verbs that only report a call together with "for": "pressed for talks"
FOR_ONLY_VERBS = frozenset({"press", "push", "plead", "appeal", "ask"})
# verbs that move someone toward what is asked: "pushing the parties toward a
# ceasefire", "pressing both sides towards talks"
_TOWARD_VERBS = frozenset({"push", "press"})
# verbs whose object is the addressee, not the demand: "urged Turkey to ..."
ADDRESSEE_VERBS = frozenset(
    {
        "remind",
        "expect",
        "want",
        "tell",
        "order",
        "instruct",
        "direct",
        "command",
        "urge",
        "ask",
        "request",
        "implore",
        "exhort",
        "beg",
        "press",
        "encourage",
        "invite",
        "call",
    }
)
# verbs that make a call their subject's own: "reiterated his call for"
OWN_CALL_VERBS = frozenset(
    {
        "reiterate",
        "renew",
        "repeat",
        "echo",
        "make",
        "issue",
        "voice",
        "launch",
        "join",
        "lead",
        "send",
        "restate",
        "step",
        "amplify",
        "stress",
        *ENDORSE_VERBS,
    }
)
# verbs that deny what they govern: "refused to call for", "vetoed a resolution calling"
NEGATING_VERBS = frozenset(
    {
        "refuse",
        "deny",
        "reject",
        "decline",
        "veto",
        "block",
        "oppose",
        "resist",
        "dismiss",
        "rebuff",
        "ignore",
        "fail",
    }
)
# nouns that carry a call: "his call for", "renewed calls for", "an appeal for"
CALL_NOUNS = frozenset({"call", "appeal", "plea", "demand"})
# nouns that carry a call under NEED_VERBS: "stressed the need for X",
# "emphasised the importance of X", "underline all parties' obligations under X"
NEED_NOUNS = frozenset(
    {"need", "importance", "necessity", "urgency", "obligation", "imperative"}
)
# verbs under which "the need for/to X" is a call: "stressed the need for"
NEED_VERBS = frozenset(
    {
        "recall",
        "stress",
        "underline",
        "emphasize",
        "emphasise",
        "reiterate",
        "highlight",
        "underscore",
        "reaffirm",
        "insist",
        "point",
        "note",
        "affirm",
        "cite",
    }
)
# modal auxiliaries that make a clause an obligation: "the bombings must stop"
MUST_AUX = frozenset({"must", "should", "ought", "shall"})
# nouns a statement demands the absence of: "there can be no military solution"
NO_NOUNS = frozenset({"solution", "impunity", "alternative"})
# the verb "need" as obligation: "the world needs to act"
NEED_LEMMAS = frozenset({"need", "have"})


def extract_calls(ctx: Context) -> Iterator[Event]:
    """Yield one ``CallFor`` event per call found in the article.

    Args:
        ctx: the article's shared extraction context.

    Yields:
        ``Event`` of kind ``CALL`` with agent, speaker, addressees and demands.
    """
    seen: set[tuple[int, str]] = set()
    last: Event | None = None  # the last call with demands, for "we share that call"
    last_at = 0
    for at, sent in enumerate(ctx.sents):
        # an endorsement points back a few sentences at most
        recent = last if at - last_at <= _ENDORSE_REACH else None
        found_here = False
        for event in _sentence_calls(ctx, sent, seen, recent):
            found_here = True
            if event.demands:
                last, last_at = event, at
            yield event
        if not found_here and last is not None and at - last_at == 1:
            more = _continued(ctx, sent, last)
            if more is not None:
                last, last_at = more, at
                yield more


# what one is reminded of when reminded of a demand
_DUTY_WORDS = frozenset(
    {"obligation", "responsibility", "duty", "commitment", "need", "importance"}
)

# "This includes the withdrawal of M23": what the call just made comprises
_CONTINUE_VERBS = frozenset({"include", "mean", "require", "involve", "entail"})


def _continued(ctx: Context, sent: Span, last: Event) -> Event | None:
    """ "We call on M23 to halt its advance. This includes its withdrawal from
    Goma and an end to outside support.": the same agent asks for more."""
    root = sent.root
    if root.lemma_.lower() not in _CONTINUE_VERBS or _negated(root):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("this", "that", "it", "these"):
        return None
    demand = [
        t
        for c in root.children
        if c.i > root.i and c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "pcomp")
        for t in c.subtree
    ]
    text = _text(demand)
    demands = classify(text)
    if not demands:
        return None
    return replace(
        last,
        evidence=ctx.evidence(sent, EXTRACTOR),
        demands=demands,
        demand_text=text,
        cue=root.lemma_.lower(),
        quote=ctx.quote_text(root),
    )


def _sentence_calls(
    ctx: Context, sent: Span, seen: set[tuple[int, str]], last: Event | None
) -> Iterator[Event]:
    """The calls of one sentence; ``last`` is the last call made before it."""
    cues = [t for t in sent if _is_cue(t)]
    cue_ids = {t.i for t in cues}
    for cue in cues:
        # a cue inside another cue's demand is part of that demand
        if _inside_other_cue(cue, cue_ids):
            continue
        # "we would like to see", "I would urge both sides": a polite demand
        # of the speaker's own, not a hypothetical one
        polite = cue.lemma_.lower() in ("like", "wish") or _first_person_would(cue)
        if _negated(cue) or (_hypothetical(cue) and not polite) or _denied(cue):
            continue
        # "Washington should demand a ceasefire": the writer recommends a
        # call nobody has made
        if _recommended(cue):
            continue
        if last is not None and _refers_back(cue):
            # "Norway shares that call", "We echo her call": the call made
            # just before, now the endorser's too
            yield from _endorse_last(ctx, cue, sent, last, seen)
            continue
        found = _read_call(ctx, cue)
        if found is None:
            continue
        addressees, demand_tokens, pronoun_keys = found
        demand_text = _text(demand_tokens)
        # "urged the Houthis to stop": a named party stops what it does
        demands = (
            classify(demand_text)
            or (_bare_stop(demand_text) if addressees else ())
            or _what_it_stands_for(cue, demand_text)
        )
        if not demands and any(a.key in _WORLD_BODIES for a in addressees):
            # "we would urge the Council to act": what the world body is to do
            demands = classify(f"the council must {demand_text}")
        if not demands and _as_urged(cue):
            continue  # "As X urged, Y must ...": read with the obligation
        if not demands and (
            cue.lemma_.lower()
            in DEMAND_ONLY_VERBS | _BACKING_VERBS | {"want", "look", "count", "rely"}
            or cue.lower_ in _HOPE_FORMS
        ):
            continue
        called_on = _dedupe([ctx.speaks_for(x) for x in addressees])
        # only an addressee the text names can show the agent is misread; one
        # reached through a pronoun ("calling on them") may just be misresolved
        named = {a.key for a in called_on} - pronoun_keys
        # "Britain and France called for ...": one call per agent
        for agent, speaker in _agents(ctx, cue, sent):
            key = (cue.i, agent.key)
            if key in seen:
                continue
            seen.add(key)
            # an agent that is also the one called on was read from the
            # wrong slot: no call rather than a wrong one
            if agent.key in named:
                continue
            yield Event(
                kind=EventKind.CALL,
                evidence=ctx.evidence(sent, EXTRACTOR),
                agent=agent,
                speaker=speaker,
                addressees=tuple(a for a in called_on if a.key != agent.key),
                demands=demands,
                demand_text=demand_text or None,
                cue=cue.lemma_.lower(),
                quote=ctx.quote_text(cue),
            )
    yield from _obligations(ctx, sent, cue_ids)


# verbs that back a demand named as their object: "supports a ceasefire"
_BACKING_VERBS = frozenset({"support", "back", "endorse", "favour", "favor"})

# the model lemmatises "hopes" as "hop": the forms themselves
_HOPE_FORMS = frozenset({"hope", "hopes", "hoped", "hoping"})


def _is_cue(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if _misparsed_reference(tok):
        return True
    # "a special responsibility to press the regime": not the subject's own call;
    # "a resolution calling for": the body that adopts it calls
    if (
        tok.dep_ == "acl"
        and tok.head.pos_ == "NOUN"
        and tok.head.lemma_ != "call"
        and tok.head.lemma_.lower() not in DOCUMENT_NOUNS
        and not _misparsed_main_verb(tok)
    ):
        return False
    # "reminds all parties of their obligation to protect civilians"
    if tok.pos_ == "VERB" and lemma == "remind":
        holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        # "reminds all parties to the conflict of their obligations": the
        # parser hangs "of ..." on "conflict"
        holders += [
            g
            for h in list(holders)
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        return any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.lemma_.lower() in _DUTY_WORDS for g in c.children)
            for h in holders
            for c in h.children
        )
    if tok.pos_ == "VERB" and lemma in ("look", "count", "rely"):
        # "we look to the army to open the crossing", "we count on Russia to
        # respect the ceasefire": someone named and what they are to do
        prep = "to" if lemma == "look" else "on"
        return any(c.dep_ == "prep" and c.lower_ == prep for c in tok.children) and any(
            c.dep_ in ("advcl", "xcomp")
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in tok.children
        )
    if tok.pos_ == "VERB" and lemma in _BACKING_VERBS:
        # "Australia supports an immediate humanitarian ceasefire": backing a
        # demand (only when it names one; "supports calls for" is read from
        # the call noun)
        # a stance its subject states: "Australia supports ...", not "is
        # essential to support ...", "must continue to support ..."
        return (
            tok.tag_ in ("VBZ", "VBP", "VBD")
            and any(c.dep_ == "nsubj" for c in tok.children)
            and not any(
                c.dep_ == "aux" and c.lower_ in MUST_AUX | HYPOTHETICAL_AUX
                for c in tok.children
            )
            and any(
                c.dep_ == "dobj"
                and c.pos_ == "NOUN"
                and c.lemma_.lower() not in CALL_NOUNS | _AIM_NOUNS
                for c in tok.children
            )
        )
    if tok.pos_ == "VERB" and tok.lower_ in _HOPE_FORMS:
        # "China hopes all parties will exercise restraint": what others are
        # to do (only when it names a demand)
        return any(
            c.dep_ == "ccomp"
            and any(
                g.dep_ == "aux" and g.lower_ in ("will", "would") for g in c.children
            )
            and any(g.dep_ in SUBJ_DEPS and g.pos_ != "PRON" for g in c.children)
            for c in tok.children
        )
    if tok.pos_ == "VERB" and lemma in CALL_VERBS:
        preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt")}
        if lemma in ("work", "strive", "lobby", "campaign"):
            # "work for a ceasefire", "work with partners to secure a ceasefire"
            return bool(preps & {"for", "towards", "toward"}) or any(
                c.dep_ in ("advcl", "xcomp")
                and c.lemma_.lower() in _SECURING_VERBS
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in tok.children
            )
        if lemma == "call":
            # "called for X to be done": the parser makes "for" the clause's mark
            return bool(preps & {"for", "on", "upon"}) or any(
                c.dep_ in ("advcl", "ccomp")
                and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
                for c in tok.children
            )
        if lemma in ("tell", "order", "instruct", "direct", "command"):
            # "told the army to stop fighting": an object and what it must do;
            # not "told reporters that ..."
            return any(c.dep_ in OBJ_DEPS for c in tok.children) and any(
                c.dep_ in ("xcomp", "ccomp")
                and any(
                    g.dep_ == "aux" and (g.lower_ == "to" or g.lower_ in MUST_AUX)
                    for g in c.children
                )
                for c in tok.children
            )
        if lemma in ("want", "wish", "like"):
            # "we want to see a ceasefire", "we want Russia to withdraw", and
            # (when it names a demand) "France wants an independent inquiry"
            return any(
                c.dep_ in ("xcomp", "ccomp")
                and (
                    c.lemma_.lower() == "see"
                    or any(g.dep_ in SUBJ_DEPS for g in c.children)
                )
                for c in tok.children
            ) or (
                lemma == "want"
                and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children)
            )
        if lemma == "expect":
            # "we expect Russia to withdraw": a demand; "expect to meet": a plan
            return any(
                c.dep_ in COMP_DEPS
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                and (
                    any(g.dep_ in SUBJ_DEPS for g in c.children)
                    or any(o.dep_ in OBJ_DEPS for o in tok.children)
                )
                for c in tok.children
            )
        if lemma in _TOWARD_VERBS and preps & {"toward", "towards"}:
            return True  # "pushing all parties toward a ceasefire"
        if lemma in FOR_ONLY_VERBS and lemma not in ADDRESSEE_VERBS:
            # "appealed for calm", "appealed to the parties to return to talks",
            # "pleaded with the parties to stop the fighting"
            return "for" in preps or (
                bool(preps & {"to", "with"})
                and any(c.dep_ in COMP_DEPS for c in tok.children)
            )
        if lemma == "press" or lemma == "ask":
            return (
                "for" in preps
                or any(c.dep_ in COMP_DEPS for c in tok.children)
                or (lemma == "press" and _on_the_need(tok))
            )
        return True
    if _verb_read_as_noun(tok):
        return True
    if tok.pos_ == "NOUN" and lemma in CALL_NOUNS:
        # only a call someone owns: "his call for", "renewed calls for", not
        # "rejected calls for" or "despite calls for"
        owned = (
            any(c.dep_ == "poss" for c in tok.children)
            # "calls by the US, France and Russia for a ceasefire"
            or _call_owner(tok) is not None
            or (
                tok.dep_ in ("dobj", "nsubjpass")
                and tok.head.lemma_.lower() in OWN_CALL_VERBS
            )
            # "Italy associates itself with the appeal made by the Pope for ..."
            or _endorsing_verb(tok) is not None
        )
        # "his call for X", "our demand that he be released", "its call to end X"
        return owned and (
            any(
                c.lower_ == "for" or c.dep_ in ("acl", "ccomp", "relcl")
                for c in tok.children
            )
            or bool(_for_clause_on_verb(tok))
            or _refers_back(tok)
        )
    if tok.pos_ == "NOUN" and lemma in _AIM_NOUNS:
        return _refers_back(tok)
    if (
        tok.pos_ == "NOUN"
        and lemma in NEED_NOUNS
        and tok.dep_ in ("dobj", "nsubjpass", "conj")
        and _governing_verb(tok).lemma_.lower() in NEED_VERBS
    ):
        # "the obligations under international law" carry their demand themselves
        # "the need for Azerbaijan to refrain from ...": an infinitive clause
        return lemma == "obligation" or any(
            c.lower_ in ("for", "to", "of")
            or c.dep_ in ("acl", "relcl")
            or (
                c.dep_ == "advcl" and any(g.lower_ in ("for", "to") for g in c.children)
            )
            for c in tok.children
        )
    return False


def _governing_verb(tok: Token) -> Token:
    """The verb a noun is the object of, through conjoined objects."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or (
        tok.dep_ in ("xcomp", "conj")
        and any(c.dep_ == "neg" for c in tok.head.children)
        and tok.dep_ == "xcomp"
    )


def _first_person_would(cue: Token) -> bool:
    """ "I would urge", "we would ask": the speaker's own call, said politely."""
    return any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in cue.children
    ) and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in cue.children)


def _recommended(cue: Token) -> bool:
    """A call someone should or ought to make: "X should demand", "X ought to
    press Y"."""
    if cue.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("should", "ought") for c in cue.children):
        return True
    return cue.dep_ == "xcomp" and cue.head.lower_ == "ought"


def _hypothetical(tok: Token) -> bool:
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in verb.children)


def _on_the_need(tok: Token) -> bool:
    """ "pressed Netanyahu on the need to protect civilians": pressing someone on
    a need (or the importance of something) asks for it."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in NEED_NOUNS for g in c.children)
        for c in tok.children
    )


def _read_call(
    ctx: Context, cue: Token
) -> tuple[list[ActorRef], list[Token], set[str]] | None:
    """Addressees, the tokens of the demand governed by ``cue``, and the keys of
    the actors reached through pronouns."""
    addressees: list[ActorRef] = []
    demand: list[Token] = []
    if cue.pos_ == "NOUN" and cue.lemma_.lower() == "obligation":
        # "all parties' obligations under international law": the noun is the demand
        demand.extend(_subtree(cue))
    children = list(cue.children)
    if cue.pos_ == "NOUN":
        # "the appeal made by the Pope on Sunday for X": "for X" hangs on "made"
        children += [
            c
            for acl in cue.children
            if acl.dep_ == "acl" and acl.lemma_.lower() in ("make", "issue", "launch")
            for c in acl.children
            if c.dep_ == "prep" and c.lower_ == "for"
        ]
    # 'repeated his call "for the military to end ..."': the quote mark makes
    # the parser hang the clause on the verb
    children += _for_clause_on_verb(cue)
    if cue.pos_ == "NOUN" and cue.dep_ == "dobj":
        # "we back the calls made by X for Y": the parser hangs "for Y" on the verb
        children += [
            c
            for c in cue.head.children
            if c.dep_ == "prep" and c.lower_ == "for" and c.i > cue.i
        ]
        # "reiterates its call on Rwanda to withdraw": "to withdraw" hangs on
        # the verb too
        if any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in cue.children):
            children += [
                c
                for c in cue.head.children
                if c.i > cue.i
                and (
                    c.dep_ == "xcomp"
                    or (
                        c.dep_ == "advcl"
                        and any(
                            g.dep_ == "aux" and g.lower_ == "to" for g in c.children
                        )
                    )
                )
            ]
    for child in children:
        dep = child.dep_
        # "call for X", "appeal for X", "need for X": the object is the demand;
        # "pushed the parties toward a ceasefire"
        if dep == "prep" and (
            (
                child.lower_ in ("toward", "towards")
                and cue.lemma_.lower() in _TOWARD_VERBS
            )
            or child.lower_ == "for"
            or (child.lower_ == "of" and cue.lemma_.lower() in NEED_NOUNS)
            or (child.lower_ == "of" and cue.lemma_.lower() == "remind")
        ):
            demand.extend(_subtree(child))
        # "call on X to Y": X is addressed
        elif dep == "prep" and (
            (child.lower_ in ("on", "upon", "to") and cue.pos_ == "VERB")
            or (child.lower_ == "with" and cue.lemma_.lower() == "plead")
            # "its call on Rwanda to withdraw", "an appeal to both sides"
            or (child.lower_ in ("on", "upon") and cue.pos_ == "NOUN")
        ):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    actors = _addressed(ctx, obj)
                    addressees.extend(actors)
                    for sub in obj.children:
                        if sub.dep_ in COMP_DEPS | {"acl", "relcl"}:
                            demand.extend(sub.subtree)
                    if not actors:
                        demand.extend(obj.subtree)
        # "urged Turkey to ...": the object is the addressee when it is an actor
        elif dep in OBJ_DEPS:
            actors = (
                _addressed(ctx, child) if cue.lemma_.lower() in ADDRESSEE_VERBS else []
            )
            if not actors and cue.lemma_.lower() in ADDRESSEE_VERBS and _both(child):
                continue  # "urged both sides to ...": addressed, though unnamed
            if actors:
                addressees.extend(actors)
            else:
                demand.extend(child.subtree)
        # "to stop the fighting", "that all parties insist ..."
        elif dep in COMP_DEPS or (dep in ("acl", "relcl") and cue.pos_ == "NOUN"):
            if dep == "advcl" and child.lemma_.lower() in SAY_VERBS:
                continue
            demand.extend(child.subtree)
            # the subject of the demand clause is addressed: "... regime to halt",
            # not that of an adverbial clause: "as Syrian forces enter Idlib"
            infinitive = any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            )
            if child.dep_ != "advcl" or infinitive:
                for sub in child.children:
                    if sub.dep_ in SUBJ_DEPS:
                        addressees.extend(ctx.np_actors(sub))
        elif (
            dep == "conj"
            and cue.pos_ == "VERB"
            and child.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            # "We call upon the government, and the Tigers to stop hostilities":
            # the parser joins the infinitive to the cue, with the second
            # addressee as its subject
            subjects = [c for c in child.children if c.dep_ in SUBJ_DEPS]
            own = {t.i for c in subjects for t in c.subtree}
            demand.extend(t for t in child.subtree if t.i not in own)
            for sub in subjects:
                addressees.extend(ctx.np_actors(sub))
        elif dep == "aux" and child.lower_ == "to" and cue.pos_ == "NOUN":
            continue
    # "its call for the world to compel X to ...": the parser may hang the
    # infinitive on the verb that governs the noun
    if cue.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in cue.children
    ):
        governor = next((a for a in cue.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor is not None:
            demand.extend(
                t
                for c in governor.children
                if c.i > cue.i
                and c.dep_ in ("xcomp", "advcl")
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                and not any(g.dep_ in SUBJ_DEPS for g in c.children)
                for t in c.subtree
            )
    # "calls on X to exercise restraint, prevent Y and resolve Z": bare verbs
    # the parser joins to the cue continue the infinitive
    infinitive = any(
        c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
        for c in cue.children
    ) or _misread_infinitive(cue)
    # whatever else the cue governs to its right: "called for X, as well as Y"
    taken = {t.i for t in demand}
    for child in cue.rights:
        if (
            infinitive
            and child.dep_ == "conj"
            and child.tag_ == "VB"
            and cue.tag_ != "VB"
            and not any(c.dep_ in SUBJ_DEPS for c in child.children)
        ):
            demand.extend(t for t in child.subtree if t.i not in taken)
            continue
        if child.dep_ in ("conj", "cc", "punct") and child.pos_ in (
            "VERB",
            "AUX",
            "CCONJ",
            "PUNCT",
        ):
            continue
        if child.dep_ == "advcl" and child.lemma_.lower() in SAY_VERBS:
            continue
        if child.dep_ in OBJ_DEPS and ctx.np_actors(child):
            continue
        if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
            continue
        demand.extend(t for t in child.subtree if t.i not in taken)
    if not demand and not addressees:
        return None
    pronouns = {
        a.key
        for c in cue.subtree
        if c.pos_ == "PRON" and c.dep_ in ("pobj", "dobj", "nsubj", "poss")
        for a in ctx.np_actors(c)
    }
    return _dedupe(addressees), sorted(set(demand), key=lambda t: t.i), pronouns


def _misread_infinitive(cue: Token) -> bool:
    """ "We call on all parties to de-escalate tensions and preserve ...": the
    parser reads "to de-escalate" as a place ("to" a preposition of the cue);
    after "call on X", "to" opens what X is to do."""
    on = next(
        (c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")),
        None,
    )
    return on is not None and any(
        c.dep_ == "prep" and c.lower_ == "to" and c.i > on.i for c in cue.children
    )


def _for_clause_on_verb(noun: Token) -> list[Token]:
    """A "for X to do Y" clause the parser hung on the verb governing a call
    noun rather than on the noun: 'repeated his call "for the army to end
    ..."'."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return []
    found = [
        c
        for c in noun.head.children
        if c.i > noun.i
        and c.dep_ in ("advcl", "ccomp")
        and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
        and c.left_edge.i <= noun.i + 3
    ]
    if _call_owner(noun) is not None:
        # "ignored calls by the AU for a truce", "defied calls from ASEAN to
        # release ...": what follows the owner, hung on the verb
        found += [
            c
            for c in noun.head.children
            if c.left_edge.i == noun.right_edge.i + 1
            and (
                (c.dep_ == "prep" and c.lower_ == "for")
                or (
                    c.dep_ in ("advcl", "xcomp")
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                )
            )
        ]
    return found


def _both(tok: Token) -> bool:
    """ "both sides", "the two parties", "all parties": a group addressed as such."""
    return any(c.lower_ in ("both", "two", "all", "each") for c in tok.children)


def _addressed(ctx: Context, tok: Token) -> list[ActorRef]:
    """The actors a call addresses.  "Both sides" and "the two leaders" are left
    unnamed: guessing them from the actors named before often picks the caller."""
    if _both(tok):
        return []
    return ctx.np_actors(tok)


def _agents(
    ctx: Context, cue: Token, sent: Span
) -> list[tuple[ActorRef, ActorRef | None]]:
    """Every (agent, speaker) of a cue: conjoined subjects each make the call,
    so does each member of a joint statement's "we", and whoever joins the
    subject in making it ("X joined Y and Z in calling for ...")."""
    joined = _joined(ctx, cue) or _endorsed(ctx, cue, sent)
    if joined:
        return joined
    found = _subject_agents(ctx, cue, sent)
    # "Echoing the G7's call, Canada demands ...", "Alongside the AU, we call
    # for ...": the G7 and the AU make it too
    for pair in [*_echoed(ctx, cue), *_alongside(ctx, cue)]:
        if found and all(pair[0].key != o[0].key for o in found):
            found.append(pair)
    return found


def _alongside(ctx: Context, cue: Token) -> list[tuple[ActorRef, ActorRef | None]]:
    """Who the cue's prepositional phrase makes the call with: "alongside the
    AU", "together with France", "jointly with", "along with" (not "with"
    alone: "called with urgency", "met with")."""
    partners: list[Token] = []
    for c in cue.children:
        if c.dep_ not in ("prep", "advmod"):
            continue
        if c.lower_ in ("alongside", "like") and c.dep_ == "prep":
            heads = [c]  # "Like the Secretary-General, we call for ..."
        elif c.lower_ in ("together", "jointly", "along"):
            # "along with Canada": "with" hangs on "along"
            heads = [g for g in c.children if g.dep_ == "prep" and g.lower_ == "with"]
        elif c.lower_ == "with" and any(
            g.dep_ == "advmod" and g.lower_ in ("together", "jointly")
            for g in c.children
        ):
            heads = [c]  # "together with France": "together" hangs on "with"
        else:
            continue
        partners += [g for h in heads for g in h.children if g.dep_ == "pobj"]
    return _voiced(ctx, actors_of(ctx, partners)) if partners else []


def _echoed(ctx: Context, cue: Token) -> list[tuple[ActorRef, ActorRef | None]]:
    """Whose call a participle beside the cue echoes: "echoing the G7's call",
    "joining the Secretary-General"."""
    owners: list[Token] = []
    for clause in cue.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in ("echo", "join"):
            continue
        if clause.tag_ != "VBG":
            continue
        for obj in clause.children:
            if obj.dep_ != "dobj":
                continue
            if obj.lemma_.lower() in CALL_NOUNS:
                owners += [c for c in obj.children if c.dep_ == "poss"]
            else:
                owners.append(obj)
    return _voiced(ctx, actors_of(ctx, owners)) if owners else []


def _subject_agents(
    ctx: Context, cue: Token, sent: Span
) -> list[tuple[ActorRef, ActorRef | None]]:
    """The agents named by the cue's subject (or the text's author)."""
    subj = _subject(cue)
    # "we" of a joint statement: each author
    if subj is not None and is_self_pronoun(subj):
        found = ctx.first_person(subj)
        if len(found) > 1:
            return [(a, None) for a in found]
    # conjoined subjects, "both sides" / "the two leaders", or a joint
    # statement's "the Ministers"
    if subj is not None and (
        any(c.dep_ == "conj" for c in subj.children)
        # "the United States, Ireland, and the United Kingdom": the parser
        # makes the second name an apposition the rest are joined to
        or any(
            c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)
            for c in subj.children
        )
        or any(c.dep_ == "prep" and c.lower_ == "including" for c in subj.children)
        or any(c.lower_ in ("two", "both") for c in subj.children)
        or ctx.signatories(subj)
        # "the Quad calls for ...", the Quad spelled out before
        or defined_members(ctx, subj)
    ):
        out = _voiced(ctx, ctx.np_actors(subj))
        if out:
            return out
    # "Norway and Iceland issued a statement. They called for ...": each
    if subj is not None and subj.lower_ == "they" and not ctx.in_quote(subj):
        joint = _joint_subject_before(ctx, sent)
        if joint:
            return [(ctx.speaks_for(a), None) for a in joint]
    # "we voted for this resolution because it calls for ...": the document's
    # issuer, not the voter
    if subj is not None and subj.lower_ == "it":
        document = _document_before(subj)
        if document is not None:
            issuer = ctx.np_actor(document) or _issuer(ctx, document)
            if issuer is None or issuer.kind is ActorKind.PERSON:
                return []
            return [(ctx.speaks_for(issuer), None)]
    # "the statement by Qatar, Egypt and the US calls for ...", "... the
    # statement by A and B, which calls for", "the statement by A and B
    # calling for": each issuer
    document = _document_of(subj, cue)
    if document is not None and ctx.np_actor(document) is None:
        issuers = _issuers(ctx, document)
        if len(issuers) > 1 or (issuers and document is not subj):
            voiced = _voiced(ctx, issuers)
            # "we welcome the statement by X calling for ...": the welcomer
            # endorses the call
            verb = _governing_verb(document) if document.dep_ == "dobj" else None
            if verb is not None and verb.lemma_.lower() in ENDORSE_VERBS:
                endorser, voice = _agent(ctx, verb, sent)
                if endorser is not None and all(
                    endorser.key != a.key for a, _ in voiced
                ):
                    voiced.append((endorser, voice))
            return voiced
    agent, speaker = _agent(ctx, cue, sent)
    return [] if agent is None else [(agent, speaker)]


def _document_of(subj: Token | None, cue: Token) -> Token | None:
    """The document that makes the call: the cue's subject, the noun a
    relative "which" stands for, or the noun a participle hangs on ("the
    statement by X calling for").  The parser hangs a relative clause or a
    participle on the nearest noun, which may be an issuer's name: the
    document is then found above it ("the statement by A and B, which ...")."""
    start: Token | None = subj
    if subj is not None and subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl":
        start = subj.head.head
    elif cue.dep_ == "acl" and cue.tag_ == "VBG":
        start = cue.head
    for _ in range(4):
        if start is None:
            return None
        if start.lemma_.lower() in DOCUMENT_NOUNS and start.pos_ == "NOUN":
            return start
        if start.dep_ in ("conj", "appos"):
            start = start.head
        elif start.dep_ == "pobj" and start.head.lower_ in ("by", "of", "from"):
            prep = start.head
            start = prep.head
            if start.pos_ in ("VERB", "AUX"):
                # "welcomes the statement by A": the parser hangs "by A" on the verb
                start = _object_before(start, prep)
        else:
            return None
    return None


def _object_before(verb: Token, prep: Token) -> Token | None:
    """The verb's object that ends just before ``prep``: "welcomes [the
    statement] [by A]", where the parser hung "by A" on the verb."""
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i),
        None,
    )


def _document_before(it: Token) -> Token | None:
    """The document "it" stands for: a document noun nearer before it in its
    sentence than any other noun a subject could be ("this resolution
    because it calls", not "the resolution was adopted; the UK said it")."""
    for tok in reversed(it.doc[it.sent.start : it.i]):
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "dobj", "pobj"):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENT_NOUNS:
                return tok
            return None
    return None


_BARE_STOP = re.compile(
    r"^(?:for )?(?:[\w'-]+ ){0,3}?to (?:stop|halt|cease|desist)"
    r"(?: (?:now|immediately|at once|forthwith))?$",
    re.IGNORECASE,
)


# bodies whose action is the international community's
_WORLD_BODIES = frozenset({"un-security-council", "united-nations"})

# what one works to bring about: "work with partners to secure a ceasefire"
_SECURING_VERBS = frozenset(
    {"secure", "achieve", "bring", "deliver", "ensure", "reach", "broker", "restore"}
)


def _bare_stop(demand_text: str) -> tuple[str, ...]:
    """ "urged the Houthis to stop", "called for Russia to halt immediately":
    stopping with nothing named is stopping what they do, the attacks."""
    if _BARE_STOP.match(demand_text.strip(" .,;")):
        return ("EndOfOffensive",)
    return ()


_STOP_IT = re.compile(
    r"^(?:for |that )?(?:it|this|that|they|them|these|those)\b(?: \w+){0,2}? "
    r"(?:to )?(?:stop|stops|end|ends|cease|ceases|halt|halts)\b"
)
# "call for its full implementation", "urge them to respect it"
_KEEP_IT = re.compile(
    r"^(?:for )?(?:its|their) (?:\w+ )?(?:implementation|respect|observance|"
    r"extension)\b|(?:implement|respect|uphold|observe|extend|honou?r|abide by)"
    r"\w* (?:it|them)\b"
)


# what stopping a noun can ask for ("stop the talks" asks for none of them)
_STOPPABLE = frozenset({"Ceasefire", "EndOfOffensive", "DeEscalation"})


def _what_it_stands_for(cue: Token, demand_text: str) -> tuple[str, ...]:
    """A demand said of "it", read from what "it" stands for: the nearest noun
    before the cue, in its sentence or the one before, that "it" could take
    up. "Concerned by the fighting, we call for it to stop" asks for a truce;
    "welcome the ceasefire and call for its full implementation" too."""
    low = demand_text.strip(" .,;").lower()
    stop = _STOP_IT.match(low) is not None
    if not stop and _KEEP_IT.search(low) is None:
        return ()
    sent = cue.sent
    start = sent.start
    if start > 0:  # "The fighting goes on. We call for it to stop."
        start = cue.doc[start - 1].sent.start
    for tok in reversed(cue.doc[start : cue.i]):
        if tok.pos_ == "NOUN" and _could_be_it(tok):
            # the nearest one it could stand for, violent or not: "the talks
            # have stalled and we call for them to end" asks for no truce
            if stop:
                found = classify(f"stop the {tok.lower_}")
                return tuple(c for c in found if c in _STOPPABLE)
            named = " ".join(
                t.lower_ for t in tok.lefts if t.dep_ in ("compound", "amod")
            )
            return classify(f"implement the {named} {tok.lower_}")
    return ()


def _could_be_it(tok: Token) -> bool:
    """A noun "it" can take up: a subject or object, or what one is concerned
    "by", "about" or "over" (not "the port" of "the shelling of the port")."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("by", "about", "over", "at")
        and tok.head.head.pos_ in ("ADJ", "VERB")
    )


def _joint_subject_before(ctx: Context, sent: Span) -> list[ActorRef]:
    """The actors of a conjoined subject of the sentence just before."""
    k = ctx.sent_index(sent)
    if k == 0:
        return []
    root = ctx.sents[k - 1].root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(c.dep_ == "conj" for c in subj.children):
        return []
    found = ctx.np_actors(subj)
    return found if len(found) > 1 else []


# verbs of holding a view: what their subject holds must happen, it asks for
BELIEF_VERBS = frozenset(
    {"believe", "agree", "think", "consider", "feel", "maintain", "hold", "recall"}
)

# how many sentences back "Norway shares that call" may reach for the call
_ENDORSE_REACH = 3

# what else an endorsement may point back to: "France shares these objectives"
_AIM_NOUNS = frozenset({"objective", "goal", "aim", "demands", "position"})


def _call_read_as_clause(tok: Token) -> bool:
    """ "supports that call" read by the parser as a clause: "that [they] call"
    (a call verb, subject or only child a demonstrative, under an endorsing verb)."""
    return (
        tok.pos_ == "VERB"
        and tok.lower_ in ("call", "calls", "appeal", "appeals", "demand", "demands")
        and tok.dep_ == "ccomp"
        and tok.head.lemma_.lower() in ENDORSE_VERBS
        and any(c.lower_ in ("that", "this", "these", "those") for c in tok.children)
    )


def _misparsed_reference(tok: Token) -> bool:
    """ "supports that call": pointing back to a call made before."""
    return _call_read_as_clause(tok) and len(list(tok.children)) == 1


def _verb_read_as_noun(tok: Token) -> bool:
    """ "resolution 2736 demands that X halt ...": the verb tagged as a noun
    that has a subject and a clause of its own."""
    if tok.pos_ != "NOUN" or tok.lower_ not in _MISREAD_CALLS:
        return False
    governs = any(
        c.dep_ in ("acl", "ccomp")
        and (
            any(g.dep_ == "mark" for g in c.children)
            or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        )
        or (c.dep_ == "prep" and c.lower_ in ("for", "on", "upon"))
        for c in tok.children
    )
    if not governs:
        return False
    if any(c.dep_ == "nsubj" for c in tok.children):
        return True
    # "Belgium advocates for ...", "The AU Commission Chairperson appeals to
    # ...": the name before it is parsed as a compound of the "noun"
    if tok.dep_ == "ROOT" and _compound_subject(tok) is not None:
        return True
    # "Kuwait expresses its rejection of the attacks and calls for ...": a
    # second verb of the sentence's subject
    return (
        tok.dep_ == "conj"
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ == "and"
        and tok.sent.root.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "nsubj" for c in tok.sent.root.children)
    )


# third persons of call verbs the small parser takes for plural nouns
_MISREAD_CALLS = frozenset(
    {"demands", "calls", "urges", "appeals", "advocates", "insists", "pleads"}
)


def _compound_subject(tok: Token) -> Token | None:
    """The last name parsed as a compound before a verb read as a noun (or a
    verb left without a subject): "Belgium advocates", "the Netherlands
    underlines"."""
    names = [
        c
        for c in tok.children
        if c.dep_ == "compound" and c.i < tok.i and c.pos_ in ("PROPN", "NOUN")
    ]
    return names[-1] if names else None


def _misread_call_for(tok: Token) -> bool:
    """ "supports that call for X": a call of its own, with its demand."""
    return _call_read_as_clause(tok) and any(c.lower_ == "for" for c in tok.children)


def _refers_back(cue: Token) -> bool:
    """A call noun that names no demand but points to one made before: "that
    call", "her call", "UNICEF's appeal", endorsed by its verb."""
    if _misparsed_reference(cue):
        return True
    if cue.pos_ != "NOUN" or cue.lemma_.lower() not in CALL_NOUNS | _AIM_NOUNS:
        return False
    if any(
        c.lower_ == "for" or c.dep_ in ("acl", "ccomp", "relcl") for c in cue.children
    ):
        return False
    pointing = any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "every", "any", "no")
        for c in cue.children
    )
    return pointing and _endorsing_verb(cue) is not None


def _endorsing_verb(cue: Token) -> Token | None:
    """The verb endorsing a call noun: "share that call", "associate itself with
    the appeal", "add our voice to the call"."""
    head = cue.head
    if cue.dep_ == "pobj" and head.lower_ in ("with", "to", "behind"):
        head = head.head
        if head.dep_ == "dobj" and head.lemma_.lower() == "voice":
            head = head.head  # "add our voice to the call"
    elif cue.dep_ not in ("dobj", "conj") and not _misparsed_reference(cue):
        return None
    return head if head.lemma_.lower() in _ENDORSING_HEADS else None


# verbs whose object or prepositional object is an endorsed call
_ENDORSING_HEADS = ENDORSE_VERBS | {"associate", "add", "align"}


def _endorse_last(
    ctx: Context, cue: Token, sent: Span, last: Event, seen: set[tuple[int, str]]
) -> Iterator[Event]:
    """The call made just before, now each endorser's too ("Chile and Peru
    supported the call"); the one who made it does not endorse it again."""
    verb = _endorsing_verb(cue)
    if verb is None:
        return
    for endorser, voice in _agents(ctx, verb, sent):
        if last.agent is not None and endorser.key == last.agent.key:
            continue
        if (cue.i, endorser.key) in seen:
            continue
        seen.add((cue.i, endorser.key))
        yield replace(
            last,
            evidence=ctx.evidence(sent, EXTRACTOR),
            agent=endorser,
            speaker=voice,
            cue=verb.lemma_.lower(),
            quote=ctx.quote_text(cue),
        )


def _voiced(
    ctx: Context, actors: list[ActorRef]
) -> list[tuple[ActorRef, ActorRef | None]]:
    """(agent, speaker) per actor, once per agent: a person speaks for their
    organisation or state and is its speaker."""
    out: list[tuple[ActorRef, ActorRef | None]] = []
    for actor in actors:
        pair = (
            (ctx.speaks_for(actor), actor)
            if actor.kind is ActorKind.PERSON
            else (actor, None)
        )
        if all(pair[0].key != o[0].key for o in out):
            out.append(pair)
    return out


def _joined(ctx: Context, cue: Token) -> list[tuple[ActorRef, ActorRef | None]]:
    """ "X joined Y and Z to call on ...", "X joins Y in calling for ...": all of
    them call."""
    head = cue.head
    if cue.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "in":
        head = head.head
    elif cue.dep_ not in ("xcomp", "advcl"):
        return []
    if head.lemma_.lower() != "join" or head.i == cue.i:
        return []
    parts = [c for c in head.children if c.dep_ in ("nsubj", "dobj")]
    out = _voiced(ctx, actors_of(ctx, sorted(parts, key=lambda t: t.i)))
    return out if len(out) > 1 else []


def _endorsed(
    ctx: Context, cue: Token, sent: Span
) -> list[tuple[ActorRef, ActorRef | None]]:
    """ "I echo the Secretary-General's call for X", "we fully back the calls
    made by the Secretary-General for X": the endorser calls, and so does the
    one whose call it is."""
    if _misread_call_for(cue):
        # "Canada supports that call for a truce": the parser's "that [they]
        # call for"; the endorser makes the call
        endorser, voice = _agent(ctx, cue.head, sent)
        return [] if endorser is None else [(endorser, voice)]
    if cue.pos_ != "NOUN":
        return []
    if cue.dep_ in ("dobj", "conj"):
        verb = _governing_verb(cue)
        if verb.lemma_.lower() not in ENDORSE_VERBS:
            return []
    else:
        # "associates itself with the appeal", "adds its voice to the call"
        found = _endorsing_verb(cue)
        if found is None:
            return []
        verb = found
    # every endorser: each member of a joint statement's "we"
    out: list[tuple[ActorRef, ActorRef | None]] = list(_subject_agents(ctx, verb, sent))
    owners = [c for c in cue.children if c.dep_ == "poss"]
    # "the call by UNICEF for X", "the call of ASEAN", "the call from X"
    owners += [
        g
        for c in cue.children
        if c.dep_ == "prep" and c.lower_ in ("by", "of", "from")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    owners += [
        g
        for acl in cue.children
        if acl.dep_ == "acl"
        for agent in acl.children
        if agent.dep_ == "agent"
        for g in agent.children
        if g.dep_ == "pobj"
    ]
    for pair in _voiced(ctx, actors_of(ctx, owners)):
        if all(pair[0].key != o[0].key for o in out):
            out.append(pair)
    return out


def _call_owner(cue: Token) -> Token | None:
    """Who a call noun says made it with "by" or "from": "calls by the AU for
    a truce", "appeals from the UN to ..." (a noun of calling only)."""
    if cue.lemma_.lower() not in CALL_NOUNS:
        return None
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _denied(cue: Token) -> bool:
    """A call its own sentence refuses, denies, rejects or vetoes (not one
    whose maker is named: "the rebels ignored the AU's calls for a truce" is
    still the AU's call)."""
    if cue.pos_ == "NOUN" and (
        _call_owner(cue) is not None
        or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in cue.children)
    ):
        return False
    tok = cue
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ not in ("xcomp", "ccomp", "acl", "dobj", "pobj", "prep", "relcl"):
            return False
        tok = tok.head
        if tok.lemma_.lower() in NEGATING_VERBS:
            return True
    return False


def _agent(
    ctx: Context, cue: Token, sent: Span
) -> tuple[ActorRef | None, ActorRef | None]:
    """The actor who makes the call, and the person who voiced it."""
    subj = _subject(cue)
    actor: ActorRef | None = None
    if subj is not None:
        actor = ctx.np_actor(subj) or _issuer(ctx, subj)
        # a dateline or fronted place can take a second subject slot: try the
        # subjects nearest the verb too
        if actor is None:
            for other in sorted(
                (c for c in subj.head.children if c.dep_ == "nsubj" and c.i != subj.i),
                key=lambda c: -c.i,
            ):
                actor = ctx.np_actor(other)
                if actor is not None:
                    break
    if actor is None and ctx.in_quote(cue):
        actor = ctx.speaker_of(cue)
    if actor is None:
        actor = _sentence_speaker(ctx, sent)
    if actor is None:
        return None, None
    if actor.kind is ActorKind.PERSON:
        return ctx.speaks_for(actor), actor
    return actor, None


# documents that speak for whoever issued them
DOCUMENT_NOUNS = frozenset(
    {
        "communiqué",
        "communique",
        "declaration",
        "statement",
        "resolution",
        "decision",
        "report",
        "letter",
        "text",
        "conclusions",
        "roadmap",
        "plan",
        "proposal",
        "initiative",
    }
)


def _issuer(ctx: Context, doc: Token) -> ActorRef | None:
    """Who issued a document that calls: "the declaration adopted by the AU",
    "ECOWAS's communiqué", "the G7 statement" (the first, of several)."""
    found = _issuers(ctx, doc)
    return found[0] if found else None


def _issuers(ctx: Context, doc: Token) -> list[ActorRef]:
    """Everyone who issued a document: "the statement by Qatar, Egypt and the
    United States" names three."""
    if doc.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    hung = (
        [
            c
            for c in doc.head.children
            if c.dep_ == "prep"
            and c.lower_ in ("by", "from")
            and c.i == doc.right_edge.i + 1
        ]
        if doc.dep_ == "dobj"
        else []
    )
    holders = [
        g
        for c in [*doc.children, *hung]
        if c.dep_ in ("poss", "compound")
        or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of"))
        or c.dep_ == "acl"
        for g in ([c] if c.dep_ in ("poss", "compound") else c.children)
        # "the declaration adopted by the AU": an acl's by-agent only, never
        # what "a statement denouncing the Israeli strike" denounces
        if c.dep_ != "acl" or g.dep_ == "agent"
    ]
    for holder in holders:
        if holder.dep_ == "agent":
            holder = next((g for g in holder.children if g.dep_ == "pobj"), holder)
        actors = ctx.np_actors(holder)
        if actors:
            return actors
    return []


def _misparsed_main_verb(tok: Token) -> bool:
    """ "NATO allies called on Russia to ...", parsed as a noun phrase whose
    head the past-tense verb modifies: the noun is the subject."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ in ("VBD", "VBN")
        and tok.head.dep_ == "ROOT"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.i < tok.i
    )


def _endorser_read_as_subject(tok: Token) -> Token | None:
    """The subject of an endorsing verb the parser made the cue's subject:
    "The UK supports calls for ...", "Japan echoes calls for ..." parsed with
    "supports" as the subject of a verb "calls"."""
    for c in tok.children:
        if (
            c.dep_ == "nsubj"
            and c.pos_ == "VERB"
            and c.lemma_.lower() in ENDORSE_VERBS
            and c.tag_ in ("VBZ", "VBP", "VBD")
        ):
            return next((g for g in c.children if g.dep_ == "nsubj"), None)
    return None


def _subject(tok: Token) -> Token | None:
    """The subject of the clause ``tok`` heads, climbing conjuncts and participles."""
    if _misparsed_main_verb(tok):
        return tok.head
    endorser = _endorser_read_as_subject(tok)
    if endorser is not None:
        return endorser
    if tok.dep_ == "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    ):
        named = _compound_subject(tok)
        if named is not None:
            return named  # "Belgium advocates for ..."
    if tok.pos_ == "NOUN" and tok.dep_ == "conj" and _verb_read_as_noun(tok):
        return next(c for c in tok.sent.root.children if c.dep_ == "nsubj")
    if tok.dep_ == "xcomp" and tok.head.dep_ == "acomp":
        # "Germany was quick to condemn", "X is ready to call for": the
        # subject of "be"; not an expletive "it is important to call ..."
        subj = next(
            (c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")),
            None,
        )
        return None if subj is None or subj.lower_ == "it" else subj
    seen = 0
    while seen < 6:
        seen += 1
        for c in tok.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c
            if c.dep_ == "agent":  # "was called for by X"
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        if tok.pos_ == "NOUN":
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None:
                return poss
            owner = _call_owner(tok)
            if owner is not None:
                return owner  # "calls by the United States, France and Russia for"
        # "Russia called for talks and Ukraine urged a ceasefire": the parser
        # joins "Ukraine" to "talks"; the name just before the verb is its subject
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.i > 0:
            prev = tok.doc[tok.i - 1]
            if (
                prev.pos_ in ("PROPN", "NOUN")
                and prev.dep_ == "conj"
                and prev.head.i != tok.i
                and prev.i > tok.head.i
            ):
                return prev
        # "Hamas said that the strikes showed Israel was not serious and called
        # on mediators ...": a speech act joined to a reported clause is the
        # reporter's, not the reported subject's
        if tok.dep_ == "conj" and tok.head.dep_ in ("ccomp", "acl", "advcl", "relcl"):
            reporter = next(
                (a for a in tok.head.ancestors if a.lemma_.lower() in SAY_VERBS),
                None,
            )
            if reporter is not None and tok.lemma_.lower() in _SPEECH_ACTS:
                tok = reporter
                continue
        # "The UK expresses its regret ... and calls on X": a second verb of
        # the subject, parsed as a clause without a subject of its own
        if (
            tok.dep_ == "ccomp"
            and tok.i > 0
            and tok.doc[tok.i - 1].lower_ == "and"
            and tok.head.i < tok.i
        ):
            tok = tok.head
            continue
        # "We are deeply concerned by X and call for Y": the subject of "are"
        if tok.dep_ == "conj" and tok.head.dep_ == "acomp":
            tok = tok.head.head
            continue
        # "Norway is appalled by the attack and demands ...": a verb joined to
        # a passive shares its subject, not its "by" agent
        if tok.dep_ == "conj":
            shared = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
            if shared is not None:
                return shared
        if tok.dep_ in (
            "conj",
            "advcl",
            "xcomp",
            "dobj",
            "pobj",
            "prep",
            "acl",
            "pcomp",
        ):
            tok = tok.head
            continue
        # inverted attribution: '"...", said Stoltenberg, calling on them'
        return None
    return None


# verbs of asking and blaming that a reporter, not what it reports, performs
_SPEECH_ACTS = frozenset(
    {"call", "urge", "demand", "appeal", "ask", "press", "implore", "condemn"}
)


def _sentence_speaker(ctx: Context, sent: Span) -> ActorRef | None:
    """The subject of the sentence's speech verb ('... said Stoltenberg')."""
    for tok in sent:
        if tok.lemma_.lower() in SAY_VERBS and tok.pos_ == "VERB":
            if _as_urged(tok):
                continue  # "As the High Commissioner has said, ...": echoed
            subj = next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)
            if subj is not None and not ctx.in_quote(subj):
                actor = ctx.np_actor(subj)
                if actor is not None:
                    return actor
    return None


def _obligation(tok: Token) -> str | None:
    """The cue that makes the clause ``tok`` heads an obligation, if any.

    "X must / should / ought to V" (also "must not": a prohibition), "X needs
    to V", "X has to V", "there needs to be N", "it is vital / imperative /
    essential that ...", "there can be no military solution / impunity".
    "Should have" and "must have" look back or guess: they are not demands.
    """
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    # "should be preferred": the parser may hang the modal on "be"
    auxes += [g for c in auxes for g in c.children if g.dep_ == "aux"]
    if any(c.lower_ in MUST_AUX for c in auxes):
        if any(c.lower_ in ("have", "'ve") for c in auxes):
            return None
        return next(c.lower_ for c in auxes if c.lower_ in MUST_AUX)
    # "it is vital that all parties ...", "it is unacceptable that aid is not
    # let through": what follows "that" may itself be negated
    if tok.dep_ in ("ccomp", "xcomp", "csubj") and tok.head.lemma_ == "be":
        adj = next(
            (
                c.lower_
                for c in tok.head.children
                if c.dep_ == "acomp" and c.lower_ in OBLIGATION_ADJS
            ),
            None,
        )
        if adj is not None and not _negated(tok.head):
            return f"it is {adj}"
    # "the importance of protecting civilians cannot be overstated"
    if (
        tok.lemma_.lower() in _OVERSTATE_VERBS
        and _negated(tok)
        and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in NEED_NOUNS
            for c in tok.children
        )
    ):
        return "cannot be overstated"
    # "the siege cannot continue", "this blockade cannot go on"
    if (
        tok.lemma_.lower() in ("continue", "go", "persist")
        and _negated(tok)
        and any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in tok.children)
    ):
        return "cannot continue"
    if _negated(tok):
        return None
    # "X needs to V", "X has to V", "there needs to be an end to ..."
    if tok.lemma_.lower() in NEED_LEMMAS and tok.pos_ in ("VERB", "AUX"):
        if any(
            c.dep_ == "xcomp"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in tok.children
        ):
            return "need to" if tok.lemma_.lower() == "need" else "have to"
        # "we need the parties to agree to a ceasefire"
        if tok.lemma_.lower() == "need" and any(
            c.dep_ == "ccomp"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            and any(g.dep_ == "nsubj" for g in c.children)
            for c in tok.children
        ):
            return "need to"
    # "X has a responsibility to protect", "it is time for X to return"
    head = tok.head
    if tok.dep_ in ("acl", "xcomp", "relcl", "advcl") and head.i != tok.i:
        to = any(g.dep_ == "aux" and g.lower_ == "to" for g in tok.children)
        if to and head.lemma_.lower() in DUTY_NOUNS and head.head.lemma_ == "have":
            return f"has a {head.lemma_.lower()}"
        if to and head.lemma_.lower() == "time" and head.head.lemma_ == "be":
            return "it is time"
        # "it is (high) time for the parties to lay down their arms": the
        # parser may hang the infinitive on "is"
        if (
            to
            and head.lemma_ == "be"
            and any(
                c.dep_ == "attr" and c.lemma_.lower() == "time" for c in head.children
            )
        ):
            return "it is time"
    # "X is obliged / required / duty bound to allow access"
    if _bound_to(tok) is not None:
        return "is obliged"
    # "a ceasefire is urgently needed", "urgent action is required"
    if tok.lemma_.lower() in ("need", "require") and any(
        c.dep_ == "auxpass" for c in tok.children
    ):
        return "is needed"
    # "we need an immediate humanitarian pause", "the mission needs resources"
    if (
        tok.lemma_.lower() == "need"
        and tok.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in tok.children)
        and not _people_in_need(tok)
    ):
        return "needs"
    # "only a negotiated political solution will bring lasting peace", "only
    # dialogue can end this crisis": what alone works is what is asked for
    if tok.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in ("will", "can") for c in tok.children
    ):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and any(
            c.lower_ == "only" and c.i < subj.i for c in subj.subtree
        ):
            return "only"
    # "the only way out is an inclusive political process", "a political
    # solution is (remains) the only way forward"
    if tok.lemma_ in ("be", "remain") and any(
        c.dep_ in ("nsubj", "attr", "npadvmod")
        and c.lower_ in ("way", "path", "option", "route")
        and any(g.lower_ == "only" for g in c.children)
        for c in [*tok.children, *(g for c in tok.children for g in c.children)]
    ):
        return "the only way"
    # "what is needed now is unhindered access", "what Gaza needs is a ceasefire"
    if tok.lemma_ == "be" and any(
        c.dep_ == "csubj"
        and c.lemma_.lower() in ("need", "require")
        and any(g.lower_ == "what" for g in c.children)
        for c in tok.children
    ):
        return "what is needed"
    if tok.lemma_ in ("be", "remain"):
        # "the priority now is a cessation of hostilities", "allowing aid in is
        # a moral imperative", "there is an urgent need for access"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in _PRIORITY_NOUNS:
            return "the priority is"
        # "the release of the hostages is our priority", "... remains our
        # top priority": a priority of the speaker's own, not "their goal"
        if any(
            c.dep_ in ("attr", "acomp")
            and c.lemma_.lower() in _PRIORITY_NOUNS
            and any(g.dep_ == "poss" and g.lower_ == "our" for g in c.children)
            for c in tok.children
        ):
            return "the priority is"
        if any(
            c.dep_ == "attr" and c.lemma_.lower() in ("imperative", "necessity", "must")
            for c in tok.children
        ):
            return "is an imperative"
        if any(c.dep_ == "expl" for c in tok.children) and any(
            c.dep_ == "attr"
            and c.lemma_.lower() in ("need", "necessity")
            and any(g.dep_ == "prep" and g.lower_ == "for" for g in c.children)
            for c in tok.children
        ):
            return "there is a need"
    # an imperative in a statement: "Our message is clear: stop the siege"
    if (
        tok.tag_ == "VB"
        and tok.dep_ == "ROOT"
        and tok.i == tok.sent.start + _lead(tok)
        and not any(c.dep_ in SUBJ_DEPS | {"aux", "auxpass"} for c in tok.children)
        and tok.lemma_.lower() in _IMPERATIVE_VERBS
    ):
        return "imperative"
    # "respect for international law is essential", "a ceasefire is vital",
    # "humanitarian access remains essential"
    if tok.lemma_ in ("be", "remain") and any(
        c.dep_ == "acomp" and c.lower_ in OBLIGATION_ADJS | STANCE_NEEDS
        for c in tok.children
    ):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return "is essential"
    # "there can be no military solution", "there is no impunity for ..."
    if tok.lemma_ == "be" and any(c.dep_ == "expl" for c in tok.children):
        for attr in tok.children:
            if not (
                attr.dep_ == "attr" and any(d.lower_ == "no" for d in attr.children)
            ):
                continue
            # "no military solution", "no impunity", "no alternative to talks",
            # "no lasting peace without a political process"
            if attr.lemma_.lower() in NO_NOUNS or any(
                c.dep_ == "prep" and c.lower_ == "without" for c in attr.children
            ):
                return "there can be no"
    return None


# who is counted as needing aid, never as asking for it
_NEEDY = frozenset(
    {"people", "civilians", "children", "families", "persons", "residents", "million"}
)


def _people_in_need(verb: Token) -> bool:
    """ "over 17 million (people) need aid": a need counted, not a demand."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return (
        subj.lemma_.lower() in _NEEDY
        or subj.lower_ in _NEEDY
        or any(c.dep_ == "nummod" or c.like_num for c in subj.subtree)
    )


def _obligations(ctx: Context, sent: Span, cue_ids: set[int]) -> Iterator[Event]:
    """Obligations as calls: '"the bombings must stop," X said', "X said there
    must be a ceasefire", and, in a statement (see
    :mod:`kg.extract.authorship`), "Russia must withdraw its troops" or "there
    can be no military solution" as the author's own demands."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or tok.i in cue_ids:
            continue
        cue = _obligation(tok)
        if cue is None:
            continue
        clause = _own_clause(tok)
        if cue.startswith("has a"):
            # "X has a responsibility to press Y to end Z, immediately allow
            # aid ..., and to comply with ...": the parser may join the later
            # infinitives to "has"
            clause += _bare_list_verbs(tok.head.head, after=tok.i)
        demands = classify(_text(clause))
        if cue == "cannot continue":
            # only violence that cannot go on is asked to stop: not "the talks
            # cannot continue without funding"
            demands = tuple(d for d in demands if d in ("EndOfOffensive", "Ceasefire"))
        if not demands:
            continue
        subj_tok = next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)
        if subj_tok is None and cue.startswith("has a"):
            # "Israel has a responsibility to ...": the one who has it must act
            subj_tok = next(
                (c for c in tok.head.head.children if c.dep_ in SUBJ_DEPS), None
            )
        if cue == "is needed":
            subj_tok = None  # what is needed is the demand, not someone addressed
        bound = _bound_to(tok) if cue == "is obliged" else None
        agents = _obligation_agents(ctx, tok, sent, subj_tok)
        if not agents:
            continue
        first_person = subj_tok is not None and subj_tok.lower_ in SELF_PRONOUNS
        # the subject must act, unless it is the speaker or is acted upon
        # ("the UN has not been given access" asks others to give it)
        addressees = (
            ctx.np_actors(bound)  # "Israel is obliged to ...": Israel must act
            if bound is not None
            else []
            if subj_tok is None or first_person or subj_tok.dep_ == "nsubjpass"
            else ctx.np_actors(subj_tok)
        )
        called_on = _dedupe([ctx.speaks_for(a) for a in addressees])
        for actor in agents:
            agent = ctx.speaks_for(actor)
            if any(a.key == agent.key for a in called_on):
                continue  # "Russia must ..." is never Russia's own call
            yield Event(
                kind=EventKind.CALL,
                evidence=ctx.evidence(sent, EXTRACTOR),
                agent=agent,
                speaker=actor if actor.kind is ActorKind.PERSON else None,
                addressees=tuple(called_on),
                demands=demands,
                demand_text=_text(clause),
                cue=cue,
                quote=ctx.quote_text(tok),
            )


# "... cannot be overstated / overemphasised / underestimated"
_OVERSTATE_VERBS = frozenset(
    {"overstate", "overemphasize", "overemphasise", "exaggerate", "underestimate"}
)
# participles that bind someone to act: "obliged to", "required to", "duty bound to"
_BINDING = frozenset({"oblige", "obligate", "require", "bind", "compel"})


def _bound_to(tok: Token) -> Token | None:
    """The one bound to do ``tok`` in "X is obliged / required / duty bound to
    V" (the infinitive's governing participle, passive and not negated), or
    None; "aid is required" (no infinitive) is read elsewhere."""
    head = tok.head
    if (
        tok.dep_ not in ("xcomp", "advcl")
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        or head.lemma_.lower() not in _BINDING
        or head.tag_ != "VBN"
        or _negated(head)
    ):
        return None
    # "X is obliged to": the passive's subject; "X is duty bound to": "bound"
    # hangs on "duty", the attribute of "is" whose subject X is
    holder = head
    if head.dep_ == "acl" and head.head.lower_ == "duty":
        holder = head.head.head
        if _negated(holder):
            return None
    elif not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next((c for c in holder.children if c.dep_ in SUBJ_DEPS), None)


# marks that set off a clause of its own before an obligation
_CLAUSE_BREAKS = frozenset({"–", "—", "-", ";", ":"})


def _own_clause(tok: Token) -> list[Token]:
    """The tokens of the clause ``tok`` heads, without a clause before it the
    parser hung on it across a dash, semicolon or colon: "Israel is committed
    to reaching an agreement – now Hamas must agree to pauses" asks Hamas for
    pauses, not for the agreement Israel is committed to."""
    cut: set[int] = set()
    for c in tok.children:
        if c.dep_ not in ("ccomp", "parataxis") or c.i > tok.i:
            continue
        between = tok.doc[c.right_edge.i + 1 : tok.i]
        if any(t.text in _CLAUSE_BREAKS for t in between):
            cut.update(t.i for t in c.subtree)
    return [t for t in tok.subtree if t.i not in cut]


# "the priority is X", "our first priority must be X"
_PRIORITY_NOUNS = frozenset({"priority", "imperative", "goal", "aim"})

# verbs whose bare imperative in a statement demands: "Stop the siege."
_IMPERATIVE_VERBS = frozenset(
    {
        "stop",
        "end",
        "halt",
        "cease",
        "lift",
        "let",
        "allow",
        "open",
        "release",
        "free",
        "protect",
        "spare",
        "withdraw",
        "respect",
        "return",
        "silence",
    }
)


def _lead(verb: Token) -> int:
    """How many tokens before an imperative belong to its lead-in: "Our message
    is clear: stop ..." (up to a colon), else none."""
    sent = verb.sent
    colon = [t.i for t in sent if t.text == ":" and t.i < verb.i]
    return colon[-1] + 1 - sent.start if colon else 0


# nouns of a held view whose clause states what must happen
_POSITION_NOUNS = frozenset(
    {"position", "view", "belief", "conviction", "stance", "stand"}
)


def _bare_list_verbs(verb: Token, *, after: int) -> list[Token]:
    """The subtrees of subjectless verbs conjoined to ``verb`` after ``after``,
    less their purpose clauses ("so that talks can succeed")."""
    out: list[Token] = []
    for c in verb.children:
        if (
            c.dep_ != "conj"
            or c.i <= after
            or c.pos_ != "VERB"
            or any(g.dep_ in SUBJ_DEPS for g in c.children)
        ):
            continue
        purpose = {
            t.i
            for g in c.children
            if g.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("so", "that") for m in g.children)
            for t in g.subtree
        }
        out += [t for t in c.subtree if t.i not in purpose]
    return out


def _obligation_agents(
    ctx: Context, tok: Token, sent: Span, subj_tok: Token | None
) -> list[ActorRef]:
    """Who states an obligation: the quote's speaker, the subject of the verb
    of saying it depends on, the sentence's speaker, or a statement's author."""
    if ctx.in_quote(tok):
        found = ctx.speaker_of(tok) or _sentence_speaker(ctx, sent)
        return [found] if found is not None else []
    # "China said there must be a ceasefire", "X stressed that Y must ...",
    # "Kenya believes that the parties must ..."
    head = tok.head if tok.dep_ in ("xcomp", "csubj") else tok
    if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() == "time":
        # "X stressed that now was the time to reach ...": from "time" to "was"
        head = tok.head.head
    # "According to the EU, Russia must withdraw": the one it is according to
    said_by = _according_to(ctx, head)
    if said_by:
        return said_by
    for t in (head, head.head):
        governor = t.head if t.dep_ == "ccomp" else None
        if (
            t.dep_ in ("acl", "ccomp")
            and t.head.lemma_.lower() in _POSITION_NOUNS
            and t.head.head.pos_ == "VERB"
        ):
            # "Indonesia reiterates its firm position that the siege must be
            # lifted": the holder of the position
            governor = t.head.head
        if (
            t.dep_ == "relcl"
            and t.head.dep_ in ("dobj", "dative")
            and t.left_edge.lower_ == "that"
            and any(g.dep_ in SUBJ_DEPS and g.lower_ != "that" for g in t.children)
        ):
            # "reminded all parties that hospitals must never be targeted",
            # parsed as a relative clause on "parties"
            governor = t.head.head
        if governor is not None and (
            governor.lemma_.lower() in SAY_VERBS | BELIEF_VERBS | {"remind"}
            or t.head.lemma_.lower() in _POSITION_NOUNS
        ):
            subj = next((c for c in governor.children if c.dep_ in SUBJ_DEPS), None)
            if subj is None and governor.dep_ == "ROOT":
                subj = _compound_subject(governor)  # "The Netherlands underlines"
            if subj is not None:
                return ctx.np_actors(subj)
    # "Today's resolution makes clear that the siege must end": the document
    # speaks for the body that adopted it
    voice = _document_voice(ctx, tok)
    if voice is not None:
        return [voice]
    # "As the AU urged last week, the leaders must ...": the AU asks it, and
    # so does whoever says it now
    echoed = _as_urged_by(ctx, head)
    said = _sentence_speaker(ctx, sent)
    if said is not None:
        return _dedupe([said, *echoed])
    # "Sheikh Mohammed, Qatar's prime minister: ... Israel must let aid in"
    turn = turn_speaker(ctx, tok)
    if turn is not None and not (
        subj_tok is not None and subj_tok.lower_ in SELF_PRONOUNS
    ):
        return _dedupe([*echoed, turn])
    if echoed:
        mine = _obligation_agents_by_author(ctx, subj_tok)
        return _dedupe([*echoed, *mine])
    return _obligation_agents_by_author(ctx, subj_tok)


def _according_to(ctx: Context, verb: Token) -> list[ActorRef]:
    """The actors of "according to X" on ``verb``'s clause, if any."""
    for c in verb.children:
        if c.lower_ == "according" and c.dep_ == "prep":
            for to in c.children:
                for pobj in to.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if pobj.lemma_.lower() in DOCUMENT_NOUNS | _LAW_NOUNS:
                        return []  # "according to the UN Charter": a text's rule
                    return [ctx.speaks_for(a) for a in ctx.np_actors(pobj)]
    return []


# texts of rules: "according to the UN Charter, Russia must withdraw" states
# what the rule says, not a demand of its authors
_LAW_NOUNS = frozenset(
    {"charter", "law", "convention", "agreement", "treaty", "deal", "accord", "rule"}
)


def _document_voice(ctx: Context, tok: Token) -> ActorRef | None:
    """The body whose document an obligation is reported from: "this
    resolution sends a clear message that X must", "It makes clear that there
    needs to be" (the resolution named in the two sentences before)."""
    for up, verb in enumerate(tok.ancestors):
        if up >= 4:
            break
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if subj.lower_ == "it" and verb.lemma_ == "be":
            return None  # "it is crucial to ...": an expletive, no document
        if subj.lower_ == "it":
            k = ctx.sent_index(ctx.sent_of(subj))
            # the nearest document named before
            before = [
                t
                for j in (k - 2, k - 1)
                if j >= 0
                for t in ctx.sents[j]
                if t.lemma_.lower() in DOCUMENT_NOUNS and t.pos_ == "NOUN"
            ]
            subj = before[-1] if before else subj
        if subj.lemma_.lower() not in DOCUMENT_NOUNS:
            return None  # the nearest subject is someone else's
        actor = ctx.np_actor(subj) or _issuer(ctx, subj)
        if actor is not None and actor.kind is not ActorKind.PERSON:
            return ctx.speaks_for(actor)
        return None
    return None


def _obligation_agents_by_author(
    ctx: Context, subj_tok: Token | None
) -> list[ActorRef]:
    """ "We must ...": whoever "we" is; otherwise a statement's author."""
    if subj_tok is not None and subj_tok.lower_ in SELF_PRONOUNS:
        return ctx.first_person(subj_tok)
    author = ctx.author
    if author is None or not ctx.authored:
        return []
    if author.speaker is not None and len(author.actors) == 1:
        return [author.speaker]
    return list(author.actors)


def _as_urged(cue: Token) -> bool:
    """ "As X urged, ...": a call verb in a clause of comparison, whose demand
    is the clause it modifies."""
    return cue.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in cue.children
    )


def _as_urged_by(ctx: Context, clause: Token) -> list[ActorRef]:
    """Who urged, demanded or said what ``clause`` states: "as X urged"."""
    out: list[ActorRef] = []
    for c in clause.children:
        lemma = c.lemma_.lower()
        if _as_urged(c) and (lemma in CALL_VERBS or lemma in SAY_VERBS):
            subj = next((g for g in c.children if g.dep_ in SUBJ_DEPS), None)
            if subj is not None:
                out += ctx.np_actors(subj)
    return out


def _inside_other_cue(cue: Token, cue_ids: set[int]) -> bool:
    """Whether ``cue`` sits in the demand of another cue (not merely conjoined)."""
    tok = cue
    only_conj = True
    while tok.head.i != tok.i:
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            return False  # "encouraged X ... and emphasized Y": a clause of its own
        only_conj = only_conj and tok.dep_ == "conj"
        tok = tok.head
        if tok.i in cue_ids and not only_conj:
            return True
    return False


def _subtree(tok: Token) -> list[Token]:
    return list(tok.subtree)


def _text(tokens: list[Token]) -> str:
    """The tokens' text as written (original spacing), quote marks left out."""
    out: list[str] = []
    prev: Token | None = None
    for t in tokens:
        if prev is not None:
            out.append(prev.whitespace_ if t.i == prev.i + 1 else " ")
        if t.text != '"':
            out.append(t.text)
        prev = t
    return " ".join("".join(out).split())


def _dedupe(actors: list[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for a in actors:
        if all(a.key != b.key for b in out):
            out.append(a)
    return out
