"""Calls, demands, appeals and urgings: who asks whom for what.

Covers "X called for a ceasefire", "X calls on Y to stop the fighting",
"X urged Y to protect civilians", "X demanded to stop the attack",
"X reiterated his call for an immediate ceasefire", "X stressed the need for a
political solution", "We urge an immediate return to the cease-fire" (the
quote's speaker), and "the bombings must stop" inside a quote.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.actors import Context
from kg.extract.demands import classify
from kg.extract.lexicon import (
    COMP_DEPS,
    HYPOTHETICAL_AUX,
    OBJ_DEPS,
    SAY_VERBS,
    SUBJ_DEPS,
)
from kg.model import ActorKind, ActorRef, Event, EventKind

EXTRACTOR = "calls.v1"

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
    }
)
# verbs that count only when what they govern names a demand: "pursue a ceasefire"
DEMAND_ONLY_VERBS = frozenset(
    {"pursue", "seek", "advocate", "champion", "work", "strive"}
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
    }
)  # verbs that only report a call together with "for": "pressed for talks"
FOR_ONLY_VERBS = frozenset({"press", "push", "plead", "appeal", "ask"})
# verbs whose object is the addressee, not the demand: "urged Turkey to ..."
ADDRESSEE_VERBS = frozenset(
    {
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
# documents that call for things on behalf of whoever adopts or issues them
DOCUMENT_NOUNS = frozenset(
    {
        "resolution",
        "statement",
        "declaration",
        "communique",
        "communiqué",
        "letter",
        "motion",
        "text",
        "draft",
        "bill",
        "report",
        "petition",
    }
)
# nouns that carry a call: "his call for", "renewed calls for", "an appeal for"
CALL_NOUNS = frozenset({"call", "appeal", "plea", "demand"})
# verbs under which "the need for/to X" is a call: "stressed the need for"
NEED_VERBS = frozenset(
    {
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
MUST_AUX = frozenset({"must", "should"})
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
    for sent in ctx.sents:
        cues = [t for t in sent if _is_cue(t)]
        cue_ids = {t.i for t in cues}
        for cue in cues:
            # a cue inside another cue's demand is part of that demand
            if _inside_other_cue(cue, cue_ids):
                continue
            if _negated(cue) or _hypothetical(cue) or _denied(cue):
                continue
            found = _read_call(ctx, cue)
            if found is None:
                continue
            addressees, demand_tokens = found
            demand_text = _text(demand_tokens)
            demands = classify(demand_text)
            if not demands and cue.lemma_.lower() in DEMAND_ONLY_VERBS:
                continue
            # "Britain and France called for ...": one call per agent
            for agent, speaker in _agents(ctx, cue, sent):
                key = (cue.i, agent.key)
                if key in seen:
                    continue
                seen.add(key)
                yield Event(
                    kind=EventKind.CALL,
                    evidence=ctx.evidence(sent, EXTRACTOR),
                    agent=agent,
                    speaker=speaker,
                    addressees=tuple(
                        a
                        for a in (ctx.speaks_for(x) for x in addressees)
                        if a.key != agent.key
                    ),
                    demands=demands,
                    demand_text=demand_text or None,
                    cue=cue.lemma_.lower(),
                    quote=ctx.quote_text(cue),
                )
        yield from _obligations(ctx, sent, cue_ids)


def _is_cue(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    # "a special responsibility to press the regime": not the subject's own call;
    # "a resolution calling for": the body that adopts it calls
    if (
        tok.dep_ == "acl"
        and tok.head.pos_ == "NOUN"
        and tok.head.lemma_ != "call"
        and tok.head.lemma_.lower() not in DOCUMENT_NOUNS
    ):
        return False
    if tok.pos_ == "VERB" and lemma in CALL_VERBS:
        preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt")}
        if lemma in ("work", "strive"):
            return bool(preps & {"for", "towards", "toward"})
        if lemma == "call":
            return bool(preps & {"for", "on", "upon"})
        if lemma in FOR_ONLY_VERBS and lemma not in ADDRESSEE_VERBS:
            return "for" in preps
        if lemma == "press" or lemma == "ask":
            return "for" in preps or any(c.dep_ in COMP_DEPS for c in tok.children)
        return True
    if tok.pos_ == "NOUN" and lemma in CALL_NOUNS:
        # only a call someone owns: "his call for", "renewed calls for", not
        # "rejected calls for" or "despite calls for"
        owned = any(c.dep_ == "poss" for c in tok.children) or (
            tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_.lower() in OWN_CALL_VERBS
        )
        return owned and any(c.lower_ == "for" for c in tok.children)
    if tok.pos_ == "NOUN" and lemma == "need" and tok.head.lemma_.lower() in NEED_VERBS:
        return any(
            c.lower_ in ("for", "to") or c.dep_ in ("acl", "relcl")
            for c in tok.children
        )
    return False


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or (
        tok.dep_ in ("xcomp", "conj")
        and any(c.dep_ == "neg" for c in tok.head.children)
        and tok.dep_ == "xcomp"
    )


def _hypothetical(tok: Token) -> bool:
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in verb.children)


def _read_call(ctx: Context, cue: Token) -> tuple[list[ActorRef], list[Token]] | None:
    """Addressees and the tokens of the demand governed by ``cue``."""
    addressees: list[ActorRef] = []
    demand: list[Token] = []
    for child in cue.children:
        dep = child.dep_
        # "call for X", "appeal for X", "need for X": the object is the demand
        if dep == "prep" and child.lower_ == "for":
            demand.extend(_subtree(child))
        # "call on X to Y": X is addressed
        elif (
            dep == "prep"
            and child.lower_ in ("on", "upon", "to")
            and cue.pos_ == "VERB"
        ):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    actors = ctx.np_actors(obj)
                    addressees.extend(actors)
                    for sub in obj.children:
                        if sub.dep_ in COMP_DEPS | {"acl", "relcl"}:
                            demand.extend(sub.subtree)
                    if not actors:
                        demand.extend(obj.subtree)
        # "urged Turkey to ...": the object is the addressee when it is an actor
        elif dep in OBJ_DEPS:
            actors = (
                ctx.np_actors(child) if cue.lemma_.lower() in ADDRESSEE_VERBS else []
            )
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
        elif dep == "aux" and child.lower_ == "to" and cue.pos_ == "NOUN":
            continue
    # whatever else the cue governs to its right: "called for X, as well as Y"
    taken = {t.i for t in demand}
    for child in cue.rights:
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
    return _dedupe(addressees), sorted(set(demand), key=lambda t: t.i)


def _agents(
    ctx: Context, cue: Token, sent: Span
) -> list[tuple[ActorRef, ActorRef | None]]:
    """Every (agent, speaker) of a cue: conjoined subjects each make the call."""
    subj = _subject(cue)
    # conjoined subjects, or "both sides" / "the two leaders"
    if subj is not None and (
        any(c.dep_ == "conj" for c in subj.children)
        or any(c.lower_ in ("two", "both") for c in subj.children)
    ):
        out: list[tuple[ActorRef, ActorRef | None]] = []
        for actor in ctx.np_actors(subj):
            pair = (
                (ctx.speaks_for(actor), actor)
                if actor.kind is ActorKind.PERSON
                else (actor, None)
            )
            if all(pair[0].key != o[0].key for o in out):
                out.append(pair)
        if out:
            return out
    agent, speaker = _agent(ctx, cue, sent)
    return [] if agent is None else [(agent, speaker)]


def _denied(cue: Token) -> bool:
    """A call its own sentence refuses, denies, rejects or vetoes."""
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
        actor = ctx.np_actor(subj)
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


def _subject(tok: Token) -> Token | None:
    """The subject of the clause ``tok`` heads, climbing conjuncts and participles."""
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


def _sentence_speaker(ctx: Context, sent: Span) -> ActorRef | None:
    """The subject of the sentence's speech verb ('... said Stoltenberg')."""
    for tok in sent:
        if tok.lemma_.lower() in SAY_VERBS and tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)
            if subj is not None and not ctx.in_quote(subj):
                actor = ctx.np_actor(subj)
                if actor is not None:
                    return actor
    return None


def _obligations(ctx: Context, sent: Span, cue_ids: set[int]) -> Iterator[Event]:
    """Quoted or reported obligations: '"the bombings must stop," X said'."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or tok.i in cue_ids:
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in MUST_AUX for c in tok.children)
        # "it is vital that all parties ...", "it is crucial to hold X to account"
        if (
            not modal
            and tok.dep_ in ("ccomp", "xcomp", "csubj")
            and tok.head.lemma_ == "be"
        ):
            modal = any(
                c.dep_ == "acomp" and c.lower_ in OBLIGATION_ADJS
                for c in tok.head.children
            )
        if not modal or _negated(tok):
            continue
        reported = (
            ctx.in_quote(tok)
            or (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAY_VERBS)
            or tok.head.lemma_ == "be"
        )
        if not reported:
            continue
        clause = list(tok.subtree)
        demands = classify(_text(clause))
        if not demands:
            continue
        if ctx.in_quote(tok):
            actor = ctx.speaker_of(tok) or _sentence_speaker(ctx, sent)
        elif tok.head.lemma_ == "be":
            # an impersonal obligation is the statement's author's
            actor = _sentence_speaker(ctx, sent) or ctx.last_speaker(tok.i)
        else:
            subj = _subject(tok.head)
            actor = ctx.np_actor(subj) if subj is not None else None
        if actor is None:
            continue
        speaker = actor if actor.kind is ActorKind.PERSON else None
        agent = ctx.speaks_for(actor)
        subj_tok = next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)
        addressees = ctx.np_actors(subj_tok) if subj_tok is not None else []
        yield Event(
            kind=EventKind.CALL,
            evidence=ctx.evidence(sent, EXTRACTOR),
            agent=agent,
            speaker=speaker,
            addressees=tuple(a for a in addressees if a.key != agent.key),
            demands=demands,
            demand_text=_text(clause),
            cue=next((c.lower_ for c in tok.children if c.lower_ in MUST_AUX), "it is"),
            quote=ctx.quote_text(tok),
        )


def _inside_other_cue(cue: Token, cue_ids: set[int]) -> bool:
    """Whether ``cue`` sits in the demand of another cue (not merely conjoined)."""
    tok = cue
    only_conj = True
    while tok.head.i != tok.i:
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
