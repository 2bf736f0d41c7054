"""Speakers of transcripts: whose turn a line is.

Interviews, briefings and parliamentary records give each turn a label at the
start of a line ("Q:", "MR MILLER:", "Sheikh Mohammed, Qatar's prime minister:")
and let the speaker say "I" and "we" after it.  :func:`turn_speaker` finds the
label of the turn a token is in and the actor it names; a question's label
names nobody, and an answer's ("A:") is the last speaker named before it.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.model import ActorKind, ActorRef

if TYPE_CHECKING:
    from kg.extract.actors import Context

# a label: a short run of words at the start of a line, a colon, a space
_LABEL = re.compile(r"(?m)^[ \t]*([^\n:.?!\"]{1,120}?)[ \t]*:[ \t]")
_MAX_LABEL_WORDS = 16
# labels of the one asking, and of the one answering the last named speaker
QUESTION_LABELS = frozenset(
    {
        "q",
        "question",
        "questioner",
        "interviewer",
        "moderator",
        "reporter",
        "journalist",
    }
)
ANSWER_LABELS = frozenset({"a", "answer"})


def turn_speaker(ctx: Context, tok: Token) -> ActorRef | None:
    """The state or body the speaker of ``tok``'s turn speaks for, if a label
    opens that turn and names one."""
    # the labels of the whole text, found once per article; those before tok
    every = _labels(ctx)
    labels = every[: bisect.bisect_left([m.start() for m in every], tok.idx)]
    if not labels:
        return None
    label = labels[-1]
    word = label.group(1).strip().lower().rstrip(".")
    if word in QUESTION_LABELS:
        return None
    if word in ANSWER_LABELS:
        for earlier in reversed(labels[:-1]):
            low = earlier.group(1).strip().lower().rstrip(".")
            if low not in QUESTION_LABELS | ANSWER_LABELS:
                return _named(ctx, earlier.start(1), earlier.end(1))
        return None
    return _named(ctx, label.start(1), label.end(1))


def _labels(ctx: Context) -> list[re.Match[str]]:
    """Every turn label of the article's body, in order (cached on ``ctx``)."""
    found = ctx.turn_labels
    if found is None:
        found = [
            m
            for m in _LABEL.finditer(ctx.text, ctx.article.body_offset)
            if len(m.group(1).split()) <= _MAX_LABEL_WORDS and _names_someone(ctx, m)
        ]
        ctx.turn_labels = found
    return found


def _names_someone(ctx: Context, label: re.Match[str]) -> bool:
    """A label is a name or an office, never a clause: "It is essential that
    this Council act with one voice: ..." opens no turn."""
    span = ctx.doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _named(ctx: Context, start: int, end: int) -> ActorRef | None:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    actors = ctx.actors_in(span)
    bodies = [a for a in actors if a.kind is not ActorKind.PERSON]
    if bodies:
        return bodies[0]  # "Sheikh Mohammed, Qatar's prime minister": Qatar
    for person in actors:
        owner = ctx.speaks_for(person)
        if owner.kind is not ActorKind.PERSON:
            return owner
    return None
