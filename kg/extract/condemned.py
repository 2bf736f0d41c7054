"""Condemnations of an act whose doer another sentence names.

"Council members condemned the attack", "The attack was condemned by the
Secretary-General", "Armenia condemns this provocation": the clause names an
act and no one who did it.  The condemnation reader leaves such a reading
waiting (:data:`AWAITING`); once every family has run, this pass gives it the
doer of the attack (or capture of ground) it points to, as the attack and
territory readers found it:

1. an attack read in the same sentence (the attack reader follows "the
   attack" back to the last one whose perpetrator was named);
2. else the nearest attack before it, up to three sentences back;
3. else one in the two sentences after it ("... It was carried out by X");
4. else one in the title.

Only perpetrators the gazetteer knows count, never the condemner itself.  A
reading still without a doer is dropped: a condemnation needs a target actor.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.actors import Context
from kg.model import ActorRef, Event, EventKind

#: status of a condemnation whose target is the doer of an act named elsewhere
AWAITING = "AwaitingDoer"

_BACK = 3
_AHEAD = 2


def resolve_condemned_acts(ctx: Context, events: list[Event]) -> list[Event]:
    """Give waiting condemnations their targets; drop those that find none.

    Args:
        ctx: the article's extraction context.
        events: every event read from the article.

    Returns:
        The events, with each waiting condemnation resolved or left out.
    """
    doers: dict[int, list[ActorRef]] = {}
    titles: list[int] = []
    for e in events:
        # an attack, or ground taken ("the capture of Walikale")
        if e.kind not in (EventKind.ATTACK, EventKind.TERRITORY) or e.status not in (
            None,
            "Happened",
        ):
            continue
        k = _index(ctx, e)
        if k is None:
            continue
        if e.evidence.in_title and e.evidence.sentence.isupper():
            continue  # an all-capitals headline: its parse names no one reliably
        if e.evidence.in_title:
            titles.append(k)
        if e.agent is not None and e.agent.key in ctx.gaz.entries:
            found = doers.setdefault(k, [])
            if e.agent not in found:
                found.append(e.agent)
    out: list[Event] = []
    for e in events:
        if e.kind is not EventKind.CONDEMNATION or e.status != AWAITING:
            out.append(e)
            continue
        k = _index(ctx, e)
        if k is None or e.agent is None:
            continue
        own = ctx.speaks_for(e.agent).key
        order = [k, *range(k - 1, k - 1 - _BACK, -1), *range(k + 1, k + 1 + _AHEAD)]
        order += [t for t in titles if t not in order]
        for j in order:
            targets = {
                a.key: a
                for a in (ctx.speaks_for(d) for d in doers.get(j, []))
                if a.key != own
            }
            if targets:
                out.append(replace(e, targets=tuple(targets.values()), status=None))
                break
    return out


def drop_waiting(events: list[Event]) -> list[Event]:
    """The events without condemnations still waiting for a doer."""
    return [
        e
        for e in events
        if not (e.kind is EventKind.CONDEMNATION and e.status == AWAITING)
    ]


def _index(ctx: Context, event: Event) -> int | None:
    sent = ctx.sentence_at(event.evidence.start, in_title=event.evidence.in_title)
    return None if sent is None else ctx.sent_index(sent)
