"""Quotes: every direct quote as a statement with its speaker, cue verb and words.

Facts read inside a quote point to it (kg:inQuote, set in :func:`kg.extract.extract`).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.actors import Context
from kg.model import ActorKind, Event, EventKind

EXTRACTOR = "quotes.v1"
MIN_WORDS = 3  # shorter quoted strings are scare quotes ("illegitimate"), not speech


def extract_quotes(ctx: Context) -> Iterator[Event]:
    """Yield one ``Quote`` per quotation of at least three words."""
    for (start, end), speaker, cue in ctx.quote_spans():
        words = ctx.text[start:end].strip(' "\n')
        if len(words.split()) < MIN_WORDS:
            continue
        evidence = ctx.evidence_at(start, end, EXTRACTOR)
        agent = ctx.speaks_for(speaker) if speaker is not None else None
        yield Event(
            kind=EventKind.QUOTE,
            evidence=evidence,
            agent=agent,
            speaker=speaker
            if speaker is not None and speaker.kind is ActorKind.PERSON
            else None,
            cue=cue,
            quote=words,
        )
