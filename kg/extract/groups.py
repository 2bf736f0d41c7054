"""Ad-hoc groups of actors: "the E3", "the foreign ministers of France, Germany
and the UK", "the leaders of Egypt and Qatar".

A group that a text spells out gives each of its members; a named grouping
with fixed members ("the E3") gives those members.  A group whose members the
text does not name ("14 European countries") gives none: precision first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.model import ActorRef

if TYPE_CHECKING:
    from kg.extract.actors import Context

# named groupings with fixed members, by gazetteer key
FIXED_GROUPS: dict[str, tuple[str, ...]] = {
    "e3": ("france", "germany", "united-kingdom"),
}
# plural nouns whose "of" phrase lists the members: "the ministers of A and B"
GROUP_HEADS = frozenset(
    {
        "ministers",
        "leaders",
        "governments",
        "countries",
        "states",
        "ambassadors",
        "representatives",
        "presidents",
        "members",
        "nations",
        "allies",
        "partners",
        "delegations",
        "envoys",
        "heads",
        "secretaries",
        "foreign ministers",
    }
)


def group_members(ctx: Context, tok: Token) -> list[ActorRef]:
    """The members of the group a noun phrase names, or [] if it names none."""
    fixed = FIXED_GROUPS.get(tok.lower_)
    if fixed is not None and tok.pos_ in ("PROPN", "NOUN"):
        return [
            ActorRef(e.key, e.label, e.kind, tok.text)
            for e in (ctx.gaz.entries.get(k) for k in fixed)
            if e is not None
        ]
    if tok.lower_ not in GROUP_HEADS or tok.tag_ not in ("NNS", "NNPS"):
        return []
    out: list[ActorRef] = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for actor in ctx.np_actors(pobj, resolve=False):
                if actor.key not in {a.key for a in out}:
                    out.append(actor)
    return out
