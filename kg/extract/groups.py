"""Ad-hoc groups of actors: "the E3", "the foreign ministers of France, Germany
and the UK", "the leaders of Egypt and Qatar".

A group that a text spells out gives each of its members; a named grouping
with fixed members ("the E3") gives those members.  A group whose members the
text does not name ("14 European countries") gives none: precision first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.model import ActorKind, ActorRef

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
    defined = defined_members(ctx, tok)
    if defined:
        # "the Contact Group and the Friends": each group's members
        # "the Troika (A, B and C) and the European Union": the others too
        groups = list(defined)
        for conj in (c for c in tok.subtree if c.dep_ == "conj"):
            more = defined_members(ctx, conj)
            named = ctx.np_actor(conj, resolve=False) if not more else None
            _add(groups, [*more, *([named] if named is not None else [])])
        return groups
    if tok.lower_ not in GROUP_HEADS or tok.tag_ not in ("NNS", "NNPS"):
        return []
    out: list[ActorRef] = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            # "members of the Contact Group and the Friends": each group's
            for head in (pobj, *(c for c in pobj.subtree if c.dep_ == "conj")):
                members = defined_members(ctx, head)
                if members:
                    _add(out, members)
                elif head is pobj:
                    _add(out, ctx.np_actors(head, resolve=False))
    # "Members of the Contact Group and the Friends", parsed with the second
    # group joined to "Members"
    if out:
        for conj in (c for c in tok.subtree if c.dep_ == "conj" and c.head.i == tok.i):
            _add(out, defined_members(ctx, conj))
    return out


def _add(out: list[ActorRef], actors: Iterable[ActorRef]) -> None:
    """Append each of ``actors`` not already in ``out``."""
    for actor in actors:
        if actor.key not in {a.key for a in out}:
            out.append(actor)


def defined_members(ctx: Context, tok: Token) -> tuple[ActorRef, ...]:
    """The members of a group the text spelled out, if ``tok`` names one."""
    return defined_groups(ctx).get(_group_key(ctx, tok), ())


_DEFINED = "defined_groups"


def defined_groups(ctx: Context) -> dict[str, tuple[ActorRef, ...]]:
    """Groups the text spells out in parentheses: "the Quad (Saudi Arabia,
    the UAE, the UK and the US)" makes "the Quad" those four wherever it is
    named again.  At least two known actors, and nothing but names, between
    the parentheses."""
    if _DEFINED in ctx.memo:
        return ctx.memo[_DEFINED]  # type: ignore[return-value]
    found: dict[str, tuple[ActorRef, ...]] = {}
    doc = ctx.doc
    for open_ in (t for t in doc if t.text == "(" and t.i > 0):
        close = next(
            (t for t in doc[open_.i + 1 : open_.i + 40] if t.text in (")", "(")), None
        )
        if close is None or close.text != ")":
            continue
        inside = doc[open_.i + 1 : close.i]
        if any(t.pos_ == "VERB" for t in inside):
            continue  # a clause, not a list of names
        members = [
            a
            for a in ctx.actors_in(inside, skip_places=False)
            if a.key in ctx.gaz.entries
        ]
        # two members at least, all states or all bodies ("Sudan (the SAF and
        # the RSF)" names sides, "the leaders (A and B)" persons)
        if len({a.key for a in members}) < 2 or not _one_kind(members):
            continue
        # the name of a state, body or person already known is no group's
        named = ctx.mention_at(doc[open_.i - 1])
        if named is not None and named.actor.key in ctx.gaz.entries:
            continue
        key = _group_key(ctx, doc[open_.i - 1])
        if key:
            found.setdefault(key, tuple(dict.fromkeys(members)))
    ctx.memo[_DEFINED] = found
    return found


def _one_kind(members: list[ActorRef]) -> bool:
    """Whether the members are all states, or all bodies (none a person)."""
    kinds = {a.kind for a in members}
    if ActorKind.PERSON in kinds:
        return False
    return kinds == {ActorKind.COUNTRY} or ActorKind.COUNTRY not in kinds


def _group_key(ctx: Context, tok: Token) -> str:
    """The name a group goes by, as a key: its mention's words, or the
    capitalised words of its noun phrase, without "the"."""
    m = ctx.mention_at(tok)
    if m is not None:
        words = ctx.doc[m.start : m.end]
    else:
        words = ctx.doc[tok.left_edge.i : tok.i + 1]
        if not all(
            t.is_title or t.is_upper or t.lower_ in ("the", "of", "and") for t in words
        ):
            return ""
    return " ".join(t.lower_ for t in words if t.lower_ != "the" and not t.is_punct)
