"""Bodies and offices named by their role: "the Council", "the Secretary-General",
"the resolution", "the Foreign Secretary", "the Department".

Official texts name their own institutions by role.  Some roles have one owner
wherever they appear ("the Secretary-General" alone is the United Nations', "the
High Representative" the European Union's); "the Council" and "the resolution"
are the UN Security Council's in a text about the UN, and the Council of the
European Union's in an EU text; offices of a government ("the Foreign
Secretary", "the Department", "the Government") belong to the state that
authors the text.  A role with an actor named beside it ("NATO Secretary
General", "the Russian Foreign Minister") is resolved by that name, not here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.model import ActorKind, ActorRef

if TYPE_CHECKING:
    from kg.extract.actors import Context

# offices and bodies with one owner, by their words (hyphens as spaces)
FIXED_ROLES: dict[str, str] = {
    "pope": "vatican",
    "holy father": "vatican",
    "secretary general": "united-nations",
    "un secretary general": "united-nations",
    "deputy secretary general": "united-nations",
    "high representative": "european-union",
    "high representative vice president": "european-union",
    "hr vp": "european-union",
    "security council": "un-security-council",
}
# bodies of the UN in a UN text, of the EU in an EU text
COUNCIL_WORDS = frozenset({"council", "resolution", "presidency"})
# UN officials named by office in a UN text: "the Special Envoy urged ..."
UN_OFFICES = frozenset(
    {
        "special envoy",
        "special representative",
        "high commissioner",
        "under secretary general",
        "assistant secretary general",
        "emergency relief coordinator",
        "special rapporteur",
    }
)
# a government's own offices: the authoring state's
# (not "the Government" or "the mission": an official text names another
# state's government that way as often as its own; the heads of government
# count only in a state's own text, see ``HEAD_ROLES``)
GOVERNMENT_ROLES = frozenset(
    {
        "foreign secretary",
        "foreign minister",
        "secretary of state",
        "department",
        "embassy",
        "ministry",
        "foreign ministry",
        "ambassador",
        "press secretary",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "foreign office",
        "defence secretary",
        "defense secretary",
        "secretary",
        "deputy secretary",
        "national security advisor",
        "national security adviser",
    }
)
# heads of state and government: the authoring state's in its own statements
# and readouts ("The President spoke today with ..."), never an organisation's
HEAD_ROLES = frozenset(
    {"president", "prime minister", "vice president", "chancellor", "minister"}
)
# offices of an organisation: the authoring body's in its own texts ("The
# Chairperson calls for ...", "the Humanitarian Coordinator urges ...")
ORG_OFFICES = frozenset(
    {
        "chairperson",
        "chair",
        "chairman",
        "chairwoman",
        "president",
        "commission",
        "secretariat",
        "general secretariat",
        "secretary general",
        "director",
        "director general",
        "executive director",
        "coordinator",
        "humanitarian coordinator",
        "resident coordinator",
        "special coordinator",
        "commissioner",
        "high commissioner",
        "special envoy",
        "special representative",
        "head of mission",
        "spokesperson",
        "spokesman",
        "spokeswoman",
    }
)
# "this Government", "our Government": the authoring state's own (a bare "the
# Government" names another state's as often)
_OWN_GOVERNMENT_DETS = frozenset({"this", "our", "my"})
# determiners that make a role this text's own: "the", "this", "our"
_OWN_DETS = frozenset({"the", "this", "our"})
_UN_CONTEXT = re.compile(r"\b(?:Security Council|United Nations|UN|U\.N\.|UNSC)\b")
_EU_CONTEXT = re.compile(r"\b(?:European Union|EU|Council of the EU)\b")


def role_words(tok: Token) -> str:
    """The words of the role a noun heads, its compounds and adjectives
    included, lowercase, hyphens as spaces: "the Foreign Secretary" ->
    "foreign secretary"."""
    left = [
        c
        for c in tok.lefts
        if c.dep_ in ("compound", "amod", "flat", "punct", "nmod") and c.text != ","
    ]
    words = " ".join(t.lower_ for t in [*left, tok])
    return " ".join(words.replace("-", " ").replace("/", " ").split())


def role_actor(
    ctx: Context, tok: Token, *, owner: ActorRef | None = None
) -> ActorRef | None:
    """The actor a role noun stands for in this text, if any.

    Args:
        ctx: the article's context.
        tok: the head noun of the phrase ("Council", "Secretary").
        owner: the authoring state or body, when the caller knows it already
            (while the author itself is being found).

    Returns:
        The actor, with the role as its surface; None when the role is not
        one this module knows or has no owner in this text.
    """
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    words = role_words(tok)
    # "whose secretary-general": the possessive may hang on a compound part
    poss = next(
        (
            c
            for part in (tok, *(c for c in tok.lefts if c.dep_ == "compound"))
            for c in part.children
            if c.dep_ == "poss"
        ),
        None,
    )
    if poss is not None and poss.lower_ == "whose":
        # "the Arab League, whose secretary-general said": the League's
        antecedent = _whose_antecedent(poss)
        owner_actor = ctx.np_actor(antecedent) if antecedent is not None else None
        if owner_actor is not None and owner_actor.kind is not ActorKind.PERSON:
            return ActorRef(
                owner_actor.key, owner_actor.label, owner_actor.kind, _surface(tok)
            )
        return None
    key = FIXED_ROLES.get(words)
    if key is not None and (poss is None or poss.ent_type_ in ("DATE", "TIME")):
        # "the Arab League secretary-general": the body named in front owns it
        named = [
            m.actor
            for t in tok.subtree
            if t.i < tok.i
            for m in [ctx.mention_at(t)]
            if m is not None and m.actor.kind is not ActorKind.PERSON
        ]
        if named:
            return ActorRef(named[0].key, named[0].label, named[0].kind, _surface(tok))
        return _actor(ctx, key, tok)
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
    # "today's resolution": a date owns nothing, the text does
    if any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in tok.children):
        dets.add("the")
    # "Council members": the body's own members, as "the Council's"
    if tok.dep_ == "compound" and tok.head.lower_ in ("members", "member"):
        dets.add("the")
    numbered = any(c.like_num or c.dep_ == "nummod" for c in tok.rights)
    if tok.lower_ in COUNCIL_WORDS and words == tok.lower_ and (dets or numbered):
        # "the Council", "this Council", "resolution 2736", "the Presidency"
        if not (dets & _OWN_DETS or numbered):
            return None
        author = owner or _author_actor(ctx)
        if author is not None and author.key == "european-union":
            return _actor(ctx, "european-union", tok)
        if _UN_CONTEXT.search(ctx.text):
            return _actor(ctx, "un-security-council", tok)
        if _EU_CONTEXT.search(ctx.text):
            return _actor(ctx, "european-union", tok)
        return None
    if words in UN_OFFICES and (dets & _OWN_DETS or not dets):
        if _UN_CONTEXT.search(ctx.text) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
        ):
            return _actor(ctx, "united-nations", tok)
        return None
    of_owner = any(
        c.dep_ == "prep" and c.lower_ == "of" and _names_an_owner(ctx, c)
        for c in tok.children
    )
    if words in ORG_OFFICES and (dets & _OWN_DETS or not dets) and not of_owner:
        author = owner or _author_actor(ctx)
        if author is not None and author.kind is ActorKind.ORGANIZATION:
            return ActorRef(author.key, author.label, author.kind, _surface(tok))
    if words == "government" and dets & _OWN_GOVERNMENT_DETS:
        author = owner or _author_actor(ctx)
        if author is not None and author.kind is ActorKind.COUNTRY:
            return ActorRef(author.key, author.label, author.kind, _surface(tok))
    if (words in GOVERNMENT_ROLES or words in HEAD_ROLES) and (
        dets & _OWN_DETS or not dets
    ):
        if tok.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "prep" and c.lower_ == "of" and _names_an_owner(ctx, c)
            for c in tok.children
        ):
            return None  # "the Prime Minister of Israel" is Israel's
        author = owner or _author_actor(ctx)
        kinds = (
            (ActorKind.COUNTRY,)
            if words in HEAD_ROLES
            else (ActorKind.COUNTRY, ActorKind.ORGANIZATION)
        )
        if author is not None and author.kind in kinds:
            return ActorRef(author.key, author.label, author.kind, _surface(tok))
    return None


def _whose_antecedent(whose: Token) -> Token | None:
    """The noun a "whose" clause hangs on: "the Arab League, whose chief ..."."""
    for t in whose.ancestors:
        if t.dep_ == "relcl":
            return t.head
    return None


def _names_an_owner(ctx: Context, prep: Token) -> bool:
    """Whether "of ..." after a role names whose it is ("of Israel"), not
    what it does ("of Foreign Affairs", "of Defence")."""
    own = ctx.ent_at(prep.head)
    words = [t for t in prep.subtree if t.i != prep.i]
    inside = range(own.start, own.end) if own is not None else range(0)
    if any(ctx.mention_at(t) is not None and t.i not in inside for t in words):
        return True
    # "of Foreign Affairs and Expatriates": capitalised words of the name
    return not all(t.is_title or t.lower_ in ("and", "the", ",") for t in words)


def _author_actor(ctx: Context) -> ActorRef | None:
    author = ctx.author_if_known()
    return author.actors[0] if author is not None and len(author.actors) == 1 else None


def _actor(ctx: Context, key: str, tok: Token) -> ActorRef | None:
    entry = ctx.gaz.entries.get(key)
    if entry is None:
        return None
    return ActorRef(entry.key, entry.label, entry.kind, _surface(tok))


def _surface(tok: Token) -> str:
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "flat")]
    start = left[0].i if left else tok.i
    return tok.doc[start : tok.i + 1].text
