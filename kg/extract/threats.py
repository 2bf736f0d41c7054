"""Threats and ultimatums: who threatens or vows force against whom.

"Ankara has vowed to retaliate against the illegitimate Syrian regime",
"Turkey threatened to drive back regime forces unless they withdraw by the end
of the month" (and the demanded withdrawal is a call, kg:Withdrawal),
"Russia warned NATO against ...".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.actors import Context
from kg.extract.calls import _agents
from kg.extract.demands import classify
from kg.extract.frames import actors_of, is_negated, pobj_actors, speaks_for
from kg.model import ActorRef, Event, EventKind

EXTRACTOR = "threats.v1"

_WITHDRAW = re.compile(r"\bwithdraw|\bpull (?:out|back)|\bretreat")

# verbs of threatening; "vow" and "warn" only with force words in what follows
THREAT_VERBS = frozenset({"threaten", "vow", "warn", "pledge"})
FORCE_WORDS = frozenset(
    {
        "retaliate",
        "retaliation",
        "respond",
        "response",
        "strike",
        "attack",
        "drive",
        "destroy",
        "punish",
        "avenge",
        "revenge",
        "force",
        "war",
        "crush",
        "hit",
        "consequences",
        "action",
        "retake",
    }
)


def extract_threats(ctx: Context) -> Iterator[Event]:
    """Yield ``Threat`` events (and a ``CallFor`` for an ultimatum's demand)."""
    for sent in ctx.sents:
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in THREAT_VERBS:
                continue
            if is_negated(tok):
                continue
            content = [t for t in tok.subtree if t.i > tok.i]
            if tok.lemma_.lower() != "threaten" and not any(
                t.lemma_.lower() in FORCE_WORDS for t in content
            ):
                continue
            targets = _targets(ctx, tok)
            if not targets:
                continue
            for agent, speaker in _agents(ctx, tok, sent):
                mine = [t for t in speaks_for(ctx, targets) if t.key != agent.key]
                if not mine:
                    continue
                yield Event(
                    kind=EventKind.THREAT,
                    evidence=ctx.evidence(sent, "threats.v1"),
                    agent=agent,
                    speaker=speaker,
                    targets=tuple(mine),
                    cue=tok.lemma_.lower(),
                    quote=ctx.quote_text(tok),
                )
                # "... unless they withdraw": the condition is a demand
                condition = _unless(tok)
                if condition:
                    demands = classify(condition)
                    # in an ultimatum a bare "withdraw" means the troops
                    if not demands and _WITHDRAW.search(condition.lower()):
                        demands = ("Withdrawal",)
                    if demands:
                        yield Event(
                            kind=EventKind.CALL,
                            evidence=ctx.evidence(sent, EXTRACTOR),
                            agent=agent,
                            speaker=speaker,
                            addressees=tuple(mine),
                            demands=demands,
                            demand_text=condition,
                            cue="unless",
                            quote=ctx.quote_text(tok),
                        )


def _targets(ctx: Context, verb: Token) -> list[ActorRef]:
    out = actors_of(ctx, [c for c in verb.children if c.dep_ == "dobj"])
    # "vowed to retaliate against X", "threatened to drive back regime forces"
    for t in verb.subtree:
        if t.i <= verb.i:
            continue
        if t.dep_ == "dobj" and t.head.i != verb.i:
            out += actors_of(ctx, [t])
        if t.dep_ == "prep" and t.lower_ in ("against", "on", "at"):
            out += pobj_actors(ctx, t.head, (t.lower_,))
    seen: list[ActorRef] = []
    for a in out:
        if a.key not in {b.key for b in seen}:
            seen.append(a)
    return seen


def _unless(verb: Token) -> str | None:
    for t in verb.subtree:
        if t.lower_ == "unless" and t.dep_ == "mark":
            clause = t.head
            words = [x for x in clause.subtree if x.i > t.i]
            return " ".join(x.text for x in words) or None
    return None
