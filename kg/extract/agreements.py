"""Agreements: who signed, reached or brokered a ceasefire, truce, memorandum or deal.

"Ankara and Moscow signed an agreement to prevent an attack on Idlib last
September", "the ceasefire agreement of January 12 between Turkey and Russia",
"a truce agreement ..., brokered by Russia and Turkey", "a buffer zone agreed
under a Turkey-Russia deal".  The status says where it stands: agreed,
declared, violated ("despite the ceasefire"), rejected.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.actors import Context
from kg.extract.frames import actors_of, is_negated, pobj_actors, speaks_for, subjects
from kg.model import ActorRef, Event, EventKind

EXTRACTOR = "agreements.v1"

# nouns naming an agreement, and the kind recorded for each
AGREEMENT_NOUNS = {
    "agreement": "agreement",
    "deal": "deal",
    "truce": "truce",
    "ceasefire": "ceasefire",
    "cease-fire": "ceasefire",
    "memorandum": "memorandum",
    "accord": "accord",
    "pact": "pact",
    "treaty": "treaty",
    "armistice": "armistice",
}
# verbs by which parties conclude an agreement
SIGN_VERBS = frozenset({"sign", "reach", "conclude", "strike", "seal", "agree", "ink"})
# words around an agreement that say it is being broken
VIOLATION_WORDS = frozenset({"despite", "violate", "violation", "breach", "break"})
REJECT_VERBS = frozenset({"reject", "refuse", "dismiss"})
DECLARE_VERBS = frozenset({"declare", "announce", "proclaim"})
# words that make an agreement one asked for, or one only planned
CALL_WORDS = frozenset(
    {"call", "urge", "demand", "ask", "appeal", "press", "push", "request", "plead"}
)
PLAN_WORDS = frozenset(
    {"plan", "hope", "expect", "seek", "try", "aim", "intend", "want", "prepare"}
)
FUTURE_AUX = frozenset({"will", "would", "could", "might", "may", "should", "'ll"})


def extract_agreements(ctx: Context) -> Iterator[Event]:
    """Yield one ``Agreement`` per agreement noun whose parties or broker are named."""
    for sent in ctx.sents:
        for tok in sent:
            kind = _kind(tok)
            if kind is None or is_negated(tok.head):
                continue
            parties, brokers = _parties(ctx, tok)
            if not parties and not brokers:
                continue
            yield Event(
                kind=EventKind.AGREEMENT,
                evidence=ctx.evidence(sent, EXTRACTOR),
                participants=tuple(parties),
                brokers=tuple(brokers),
                kind_text=kind,
                status=_status(tok),
                cue=tok.head.lemma_.lower()
                if tok.dep_ in ("dobj", "nsubjpass")
                else None,
                quote=ctx.quote_text(tok),
            )


def _kind(tok: Token) -> str | None:
    """The kind of agreement ``tok`` heads, if it is the head of one."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    low = tok.lower_
    if low in AGREEMENT_NOUNS:
        # "the ceasefire agreement": say ceasefire, read at the head noun
        for c in tok.children:
            if c.dep_ == "compound" and c.lower_ in (
                "ceasefire",
                "cease-fire",
                "truce",
            ):
                return AGREEMENT_NOUNS[c.lower_]
        if tok.dep_ == "compound" and tok.head.lower_ in AGREEMENT_NOUNS:
            return None
        return AGREEMENT_NOUNS[low]
    return None


def _parties(ctx: Context, tok: Token) -> tuple[list[ActorRef], list[ActorRef]]:
    parties: list[ActorRef] = []
    brokers: list[ActorRef] = []
    # "between Turkey and Russia", "with Moscow"
    parties += pobj_actors(ctx, tok, ("between", "with", "among"))
    # "Turkey-Russia deal", "Russia's deal": names modifying the noun
    for c in tok.children:
        if c.dep_ in ("compound", "poss", "nmod", "amod") and c.i < tok.i:
            for t in c.subtree:
                m = ctx.mention_at(t)
                if m is not None and m.actor.key not in {p.key for p in parties}:
                    parties.append(m.actor)
    # "brokered by Russia and Turkey"
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in (
            "broker",
            "mediate",
            "sponsor",
        ):
            brokers += [
                a
                for g in c.children
                if g.dep_ == "agent"
                for a in actors_of(ctx, [x for x in g.children if x.dep_ == "pobj"])
            ]
    # "Ankara and Moscow signed an agreement"; "Turkey agreed with Russia"
    head = tok.head
    if tok.dep_ in (
        "dobj",
        "nsubjpass",
        "pobj",
    ) and head.lemma_.lower() in SIGN_VERBS | {"with", "to", "on"}:
        verb = head if head.pos_ == "VERB" else head.head
        if verb.lemma_.lower() in SIGN_VERBS:
            # "urged Russia and Turkey to agree a truce": the object does it
            controller = [
                c
                for c in verb.head.children
                if verb.dep_ == "xcomp" and c.dep_ in ("dobj", "obj")
            ]
            doers = actors_of(ctx, controller) if controller else subjects(ctx, verb)
            parties += [a for a in doers if a.key not in {p.key for p in parties}]
            parties += [
                a
                for a in pobj_actors(ctx, verb, ("with",))
                if a.key not in {p.key for p in parties}
            ]
        elif verb.lemma_.lower() == "broker":
            brokers += subjects(ctx, verb)
    return speaks_for(ctx, parties), speaks_for(ctx, brokers)


def _status(tok: Token) -> str:
    """Agreed, unless the sentence says it is broken, rejected or only declared,
    or that it is asked for or planned and not (yet) concluded."""
    near = [tok, *tok.ancestors]
    for t in near[:4]:
        lemma = t.lemma_.lower()
        if lemma in VIOLATION_WORDS or t.lower_ in VIOLATION_WORDS:
            return "Violated"
        if lemma in REJECT_VERBS:
            return "Rejected"
        if lemma in DECLARE_VERBS:
            return "Declared"
    # "urged Russia to agree a ceasefire", "called for a truce between X and Y";
    # "urged them to respect the agreement" names one that exists
    head = tok.head if tok.dep_ != "pobj" else tok.head.head
    concluding = head.lemma_.lower() in SIGN_VERBS
    governors = [head, *head.ancestors][:3] if concluding else [head]
    for t in governors:
        lemma = t.lemma_.lower()
        if lemma in CALL_WORDS:
            return "CalledFor"
        if lemma in PLAN_WORDS and t.i != tok.i:
            return "Planned"
        if concluding and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children
        ):
            return "Planned"  # "they will sign a deal"
    return "Agreed"
