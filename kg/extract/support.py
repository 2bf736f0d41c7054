"""Support: solidarity, condolences and backing from one actor to another.

"All NATO member states expressed solidarity with Turkey", "The NATO allies
offer the deepest condolences ... and express full solidarity with Turkey",
"NATO has already provided political and practical support to Turkey", "We
stand by our NATO Ally Turkey", "Russia backs the Syrian government".
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.actors import Context
from kg.extract.calls import _agents
from kg.extract.frames import actors_of, is_negated, pobj_actors, speaks_for
from kg.model import ActorRef, Event, EventKind

EXTRACTOR = "support.v1"

# nouns that carry support when expressed, offered or given: "solidarity with X"
SUPPORT_NOUNS = frozenset(
    {"solidarity", "support", "condolences", "sympathy", "backing"}
)
# verbs that express those nouns
EXPRESS_VERBS = frozenset(
    {
        "express",
        "voice",
        "offer",
        "extend",
        "provide",
        "give",
        "pledge",
        "declare",
        "reaffirm",
        "reiterate",
        "convey",
        "send",
        "show",
    }
)
# verbs of support whose object is the one supported
SUPPORT_VERBS = frozenset({"support", "back", "endorse"})


def extract_support(ctx: Context) -> Iterator[Event]:
    """Yield one ``Support`` per supporting act with named supporter and supported."""
    for sent in ctx.sents:
        for tok in sent:
            lemma = tok.lemma_.lower()
            targets: list[ActorRef] = []
            verb = tok
            if tok.pos_ == "NOUN" and (
                lemma in SUPPORT_NOUNS or tok.lower_ in SUPPORT_NOUNS
            ):
                if tok.head.lemma_.lower() not in EXPRESS_VERBS:
                    continue
                verb = tok.head
                targets = pobj_actors(ctx, tok, ("with", "to", "for"))
                targets += pobj_actors(ctx, verb, ("to", "for", "with"))
            elif tok.pos_ == "VERB" and lemma in SUPPORT_VERBS | {"stand"}:
                if lemma == "stand":
                    targets = pobj_actors(ctx, tok, ("by", "with"))
                else:
                    if any(c.dep_ == "auxpass" for c in tok.children):
                        continue  # "backed by air strikes": no supporter named
                    targets = actors_of(
                        ctx, [c for c in tok.children if c.dep_ == "dobj"]
                    )
            else:
                continue
            if not targets or is_negated(verb):
                continue
            for agent, speaker in _agents(ctx, verb, sent):
                mine = [t for t in speaks_for(ctx, targets) if t.key != agent.key]
                if mine:
                    yield Event(
                        kind=EventKind.SUPPORT,
                        evidence=ctx.evidence(sent, EXTRACTOR),
                        agent=agent,
                        speaker=speaker,
                        targets=tuple(mine),
                        cue=lemma,
                        quote=ctx.quote_text(tok),
                    )
