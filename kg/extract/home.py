"""The state an article is about, and the forces it calls by their role.

Statements and reports on one country name its armed forces by their role
alone: "the military's air strikes", "the junta has killed thousands", "the
armed forces shelled the town".  In a text about Myanmar or Sudan these are
that state's forces.  The state an article is about is the country it names
most, at least twice and three times as often as any other, with no other
state's adjective in the text ("Israeli jets"), leaving out the text's own
author ("the UK" in a UK statement on Myanmar).  An article about two states at war has
none, and neither has an army's own communique ("the army" is its author's,
:func:`kg.extract.authorship.military_author`): "the military" is then
nobody, or the author.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.authorship import military_author
from kg.model import ActorKind, ActorRef

if TYPE_CHECKING:
    from kg.extract.actors import Context

__all__ = ["home_state", "ruling_forces"]

#: role nouns for a state's own armed forces or the military rulers
RULING_FORCE_NOUNS = frozenset({"military", "junta", "army"})
# modifiers that still leave the phrase a role: "the ruling junta"
_ROLE_ADJS = frozenset(
    {"ruling", "national", "regular", "country's", "military", "armed"}
)
_MEMO = "home_state"


def home_state(ctx: Context) -> ActorRef | None:
    """The country ``ctx``'s article is about, or None (see the module)."""
    if _MEMO in ctx.memo:
        return ctx.memo[_MEMO]  # type: ignore[return-value]
    author = ctx.author_if_known()
    own = {a.key for a in author.actors} if author is not None else set()
    counts: Counter[str] = Counter()
    first: dict[str, ActorRef] = {}
    for m in ctx.mentions:
        if m.actor.kind is ActorKind.COUNTRY and m.actor.key not in own:
            counts[m.actor.key] += 1
            first.setdefault(m.actor.key, m.actor)
    # a state named as an adjective ("Israeli jets struck Lebanon") has forces
    # in the story: whose military is "the military" is then unclear
    adjectives = {
        entry.key
        for ent in ctx.doc.ents
        if ent.label_ == "NORP"
        and (entry := ctx.gaz.by_demonym(ent.text)) is not None
        and entry.kind is ActorKind.COUNTRY
        and entry.key not in own
    }
    ranked = counts.most_common(2)
    if ranked and adjectives - {ranked[0][0]}:
        ranked = []
    found: ActorRef | None = None
    # a clear lead: named twice at least, and three times as often as any other
    if (
        ranked
        and ranked[0][0] in first
        and ranked[0][1] >= 2
        and (len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1])
        and military_author(ctx) is None
    ):
        state = first[ranked[0][0]]
        found = ActorRef(state.key, state.label, state.kind, state.surface)
    if author is not None:
        ctx.memo[_MEMO] = found  # the author is known: the answer holds
    return found


def ruling_forces(ctx: Context, tok: Token) -> ActorRef | None:
    """ "the military", "the junta", "the armed forces": the forces of the
    state the article is about, named by their role; None for any other
    phrase ("a military", "Russia's army", "the military base")."""
    low = tok.lower_
    if low == "forces":
        # "the armed forces": the adjective makes the plural a role
        if not any(c.lower_ == "armed" for c in tok.children):
            return None
    elif low not in RULING_FORCE_NOUNS or tok.tag_ != "NN":
        return None
    if tok.dep_ in ("compound", "amod"):
        return None  # "the military base", "the army chief"
    det = [c for c in tok.children if c.dep_ == "det"]
    if len(det) != 1 or det[0].lower_ != "the":
        return None
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "nmod"):
            return None  # "Russia's army", "the Sudanese army" (named already)
        if c.dep_ == "amod" and c.lower_ not in _ROLE_ADJS:
            return None
        if c.dep_ == "prep" and c.lower_ == "of":
            return None  # "the army of Chad"
    state = home_state(ctx)
    if state is None:
        return None
    return ActorRef(state.key, state.label, state.kind, f"the {tok.text}")
