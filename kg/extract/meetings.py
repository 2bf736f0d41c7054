"""Meetings: who meets whom, where, at whose request, and whether it happened.

"Putin and Erdogan could meet if necessary" (planned), "an emergency alliance
meeting in Brussels" (happened), "The UN Security Council is set to hold a
closed emergency session on Friday ... at the request of Belgium, Germany and
Kuwait" (planned, requested by three states).  "No plans for X and Y to meet"
is no meeting.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from kg.extract.actors import Context
from kg.extract.frames import (
    actors_of,
    is_negated,
    place_in,
    pobj_actors,
    status_of,
    subjects,
)
from kg.model import ActorRef, Event, EventKind

EXTRACTOR = "meetings.v1"

# nouns naming a meeting
MEETING_NOUNS = frozenset(
    {
        "meeting",
        "session",
        "summit",
        "talks",
        "conference",
        "consultations",
        "gathering",
        "negotiations",
    }
)
# verbs of meeting; "hold/host/convene" take a meeting noun as object
MEET_VERBS = frozenset({"meet"})
HOLD_VERBS = frozenset({"hold", "host", "convene", "attend", "chair", "call"})


def extract_meetings(ctx: Context) -> Iterator[Event]:
    """Yield one ``Meeting`` per meeting with named participants."""
    for sent in ctx.sents:
        for tok in sent:
            lemma = tok.lemma_.lower()
            participants: list[ActorRef] = []
            anchor = tok
            if tok.pos_ == "VERB" and lemma in MEET_VERBS:
                participants = subjects(ctx, tok) + pobj_actors(ctx, tok, ("with",))
                participants += actors_of(
                    ctx, [c for c in tok.children if c.dep_ == "dobj"]
                )
            elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in MEETING_NOUNS:
                if tok.dep_ == "dobj" and tok.head.lemma_.lower() in HOLD_VERBS:
                    anchor = tok.head
                    participants = subjects(ctx, tok.head)
                # "an emergency alliance meeting", "talks between X and Y"
                for c in tok.children:
                    if c.dep_ in ("compound", "poss", "nmod") and c.i < tok.i:
                        participants += [a for a in actors_of(ctx, [c])]
                participants += pobj_actors(
                    ctx, tok, ("between", "with", "of", "among")
                )
            else:
                continue
            if is_negated(anchor) or _no_plans(anchor):
                continue
            participants = _unique(participants)
            if not participants:
                continue
            requested = _unique(
                a
                for c in anchor.subtree
                if c.lower_ == "request"
                for a in pobj_actors(ctx, c, ("of",))
            )
            yield Event(
                kind=EventKind.MEETING,
                evidence=ctx.evidence(sent, EXTRACTOR),
                participants=tuple(participants),
                brokers=tuple(requested),
                status=status_of(anchor),
                place=place_in(ctx, anchor),
                cue=anchor.lemma_.lower(),
                quote=ctx.quote_text(tok),
            )


def _no_plans(tok: Token) -> bool:
    """'there were currently no plans for Putin and Erdogan to meet'."""
    for a in tok.ancestors:
        if a.lower_ in ("plans", "plan") and any(c.lower_ == "no" for c in a.children):
            return True
    return False


def _unique(actors: Iterable[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for a in actors:
        if a.key not in {b.key for b in out}:
            out.append(a)
    return out
