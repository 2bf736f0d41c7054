"""Small helpers the statement families share: who does it, to whom, whether it
happened, where, and the event to yield."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Span, Token

from kg.extract.actors import Context
from kg.extract.lexicon import HYPOTHETICAL_AUX, SAY_VERBS
from kg.model import ActorKind, ActorRef

# what makes an event only planned or possible: "could meet", "is set to hold"
PLANNED_MARKERS = frozenset(
    {
        "agree",
        "decide",
        "invite",
        "could",
        "would",
        "will",
        "may",
        "might",
        "shall",
        "set",
        "plan",
        "expect",
        "schedule",
        "due",
        "propose",
        "intend",
        "hope",
        "aim",
        "prepare",
        "want",
    }
)


def actors_of(ctx: Context, tokens: Iterable[Token]) -> list[ActorRef]:
    """Actors named by the noun phrases headed by ``tokens`` (conjuncts included)."""
    out: list[ActorRef] = []
    for tok in tokens:
        for actor in ctx.np_actors(tok):
            if actor.key not in {a.key for a in out}:
                out.append(actor)
    return out


def pobj_actors(ctx: Context, head: Token, preps: Iterable[str]) -> list[ActorRef]:
    """Actors in ``head``'s prepositional objects for the given prepositions."""
    wanted = set(preps)
    objs = [
        g
        for c in head.children
        if c.dep_ in ("prep", "dative") and c.lower_ in wanted
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return actors_of(ctx, objs)


def subjects(ctx: Context, verb: Token) -> list[ActorRef]:
    """The actors that are the subject of ``verb`` (climbing conjoined verbs)."""
    tok = verb
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return actors_of(ctx, subj)
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return []


def is_unreal(tok: Token) -> bool:
    """Negated, hypothetical, threatened or planned: "could kill", "vowed to kill"."""
    for t in [tok, *list(tok.ancestors)[:3]]:
        if any(c.dep_ == "neg" for c in t.children) and t.pos_ in ("VERB", "AUX"):
            return True
        aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if aux & (HYPOTHETICAL_AUX | {"will", "must", "should"}):
            return True
        if t.lemma_.lower() in (
            "threaten",
            "vow",
            "plan",
            "try",
            "attempt",
            "seek",
            "want",
            "fear",
            "risk",
            "prevent",
            "stop",
            "avoid",
        ):
            return t.i != tok.i
    return False


def is_negated(tok: Token) -> bool:
    """'did not meet', 'no plans to meet'."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children) and (
        tok.dep_ in ("acl", "relcl", "xcomp")
    )


def status_of(tok: Token) -> str:
    """``"Planned"`` for a possible or future event, else ``"Happened"``."""
    chain = [tok, *list(tok.ancestors)[:3]]
    for t in chain:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | PLANNED_MARKERS:
                return "Planned"
        if t.lemma_.lower() in PLANNED_MARKERS:
            return "Planned"
    return "Happened"


def speaks_for(ctx: Context, actors: Iterable[ActorRef]) -> list[ActorRef]:
    """Persons replaced by the state or organisation they speak for."""
    out: list[ActorRef] = []
    for a in actors:
        b = ctx.speaks_for(a) if a.kind is ActorKind.PERSON else a
        if b.key not in {x.key for x in out}:
            out.append(b)
    return out


def place_in(ctx: Context, head: Token) -> str | None:
    """The first named place in a locative phrase under ``head``: "in Brussels"."""
    for tok in head.subtree:
        if tok.ent_type_ in ("GPE", "LOC", "FAC") and ctx.is_place_use(tok):
            ent = ent_span(tok)
            if ent is not None:
                return ent.text
    return None


def ent_span(tok: Token) -> Span | None:
    """The named entity covering ``tok``, found from its IOB tags (``doc.ents``
    builds every span anew on each access)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def held_responsible(ctx: Context, cue: Token, *, own: bool = False) -> list[ActorRef]:
    """ "We condemn X and hold Hamas responsible": the one held responsible
    (with ``own``, ``cue`` is the "hold" itself)."""
    out: list[ActorRef] = []
    verbs = [cue] if own else [cue.head, *cue.children, *cue.head.children]
    for verb in verbs:
        if verb.lemma_.lower() != "hold" or (verb.i == cue.i and not own):
            continue
        if not any(c.lower_ in ("responsible", "accountable") for c in verb.subtree):
            continue
        # "hold X responsible": X is the object, or the parser's subject of
        # "responsible"
        for c in verb.subtree:
            if c.i <= verb.i:
                continue
            if (c.dep_ == "dobj" and c.head.i == verb.i) or (
                c.dep_ == "nsubj" and c.head.lower_ in ("responsible", "accountable")
            ):
                out.extend(ctx.np_actors(c))
    return out


def relative_by_preposition(clause: Token) -> bool:
    """A relative clause joined by a preposition ("the attack, in which five
    soldiers died"): its subject is who it befell, not who did it."""
    return any(
        c.dep_ == "prep" and any(g.tag_ in ("WDT", "WP") for g in c.children)
        for c in clause.children
    )


# verbs that lay an act at someone's door: "blamed the attack on X", "the
# attacks, which it attributed to X"
BLAME_VERBS = frozenset({"blame", "attribute", "pin", "ascribe"})

# verbs that lay an act at someone's door through a preposition:
# "accused X of shelling", "blamed X for the attack", "charged X with the killing"
ACCUSE_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "fault"})
_ACCUSE_PREPS = frozenset({"of", "for", "with"})


def accused_of(tok: Token) -> list[Token]:
    """The accused noun phrases when ``tok`` (the act, a verb or a noun) is what
    they are accused of: "Kyiv accused Moscow of shelling the city", "blamed the
    RSF for the shelling", "accused Hamas of carrying out the attack". Empty
    when it is not."""
    node = tok
    # "of carrying out the attack": climb from the act to its light verb
    if node.dep_ == "dobj" and node.head.tag_ == "VBG":
        node = node.head
    if node.dep_ not in ("pcomp", "pobj") or node.head.lower_ not in _ACCUSE_PREPS:
        return []
    verb = node.head.head
    if verb.lemma_.lower() not in ACCUSE_VERBS:
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


# what takes back a report: "denied that anyone was killed", "corrected initial
# reports that a civilian had died", "dismissed claims that ..."
DENY_VERBS = frozenset(
    {"deny", "dismiss", "refute", "reject", "correct", "retract", "debunk", "disprove"}
)


def is_denied(tok: Token) -> bool:
    """Whether ``tok`` is what someone denies or takes back, not what they say
    happened: "the army denied that civilians were killed" (the deaths are
    denied), but not "the army denied the claim, saying 20 militants were
    killed" (said, not denied)."""
    for t in list(tok.ancestors)[:4]:
        low = t.lemma_.lower()
        if low in DENY_VERBS and t.pos_ == "VERB":
            return True
        if low in SAY_VERBS and t.pos_ == "VERB":
            return False
    return False


# what a group claims when it owns an attack: "claimed responsibility",
# "claimed credit", "took responsibility", "accepted responsibility"
_CLAIM_VERBS = frozenset({"claim", "take", "accept", "assume", "admit"})
_CLAIM_NOUNS = frozenset({"responsibility", "credit"})


def claims_responsibility(tok: Token) -> bool:
    """Whether ``tok`` is a verb by which its subject owns an act: "X claimed
    responsibility", "for which X claimed credit", "X took responsibility"."""
    return tok.lemma_.lower() in _CLAIM_VERBS and any(
        c.lower_ in _CLAIM_NOUNS and c.dep_ in ("dobj", "nsubjpass", "attr")
        for c in tok.children
    )


# what speaks for a group that owns an act: "a tweet in the name of IS", "a
# statement from al-Shabaab", "a video posted by the group"
_MESSAGE_NOUNS = frozenset(
    {
        "tweet",
        "statement",
        "message",
        "video",
        "post",
        "posting",
        "communique",
        "website",
        "channel",
        "account",
        "outlet",
        "spokesman",
        "spokesperson",
    }
)


def claimants(ctx: Context, tok: Token, acts: Collection[str]) -> list[ActorRef]:
    """Who owns an act by the claim ``tok``: "X claimed responsibility",
    "a tweet in the name of X claimed responsibility", "the blast claimed by X",
    "the attack, claimed by X"; empty when ``tok`` is no such claim.

    ``acts`` are the nouns of violent acts: a bare "claimed by X" counts only
    on one ("territory claimed by China" owns no attack).
    """
    owned = claims_responsibility(tok)
    lemma = tok.lemma_.lower()
    if not owned and lemma == "claim" and tok.tag_ == "VBN":
        # "the blast claimed by IS" (the parser may hang the participle on the
        # clause: "Dozens Die in Baghdad Blast Claimed by IS")
        before = tok.doc[tok.i - 1] if tok.i > 0 else tok
        on_act = (tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in acts) or (
            before.lemma_.lower() in acts
        )
        owned = on_act and any(c.dep_ == "agent" for c in tok.children)
    if not owned:
        return []
    out: list[ActorRef] = []
    for c in tok.children:
        if c.dep_ == "nsubj":
            found = ctx.np_actors(c)
            if not found and c.lemma_.lower() in _MESSAGE_NOUNS:
                # "a tweet sent in the name of the Islamic State group"
                found = ctx.actors_in(c.subtree)
            out.extend(found)
        elif c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    out.extend(ctx.np_actors(g))
    return list(dict.fromkeys(out))
