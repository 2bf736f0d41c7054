"""Attacks: who attacked whom or what, where, when and with what, counts or not.

"Turkish bombing against the advance of government forces", "Russian forces
shelled Kharkiv", "Israel struck Hezbollah targets in southern Lebanon", "an
airstrike by the Syrian regime on Turkish troops".  When the sentence also
counts casualties, :func:`kg.extract.extract` merges this reading into the
casualty event, so each attack carries the casualties it caused.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.actors import Context
from kg.extract.frames import actors_of, is_negated, place_in, pobj_actors, speaks_for
from kg.extract.lexicon import HYPOTHETICAL_AUX
from kg.model import Event, EventKind

EXTRACTOR = "attacks.v1"

# verbs of attacking, with the means each implies
ATTACK_VERBS = {
    "attack": None,
    "shell": "shelling",
    "bomb": "bombing",
    "bombard": "bombing",
    "strike": "airstrike",
    "raid": "raid",
    "target": None,
    "hit": None,
    "pound": "shelling",
    "ambush": "ambush",
    "assault": "assault",
}
# nouns of attacks, with their means
ATTACK_NOUNS = {
    "attack": None,
    "airstrike": "airstrike",
    "strike": "airstrike",
    "bombing": "bombing",
    "shelling": "shelling",
    "bombardment": "bombing",
    "raid": "raid",
    "offensive": None,
    "assault": "assault",
    "ambush": "ambush",
    "incursion": "incursion",
}


def extract_attacks(ctx: Context) -> Iterator[Event]:
    """Yield one ``Attack`` per attacking verb or attack noun with a named attacker."""
    for sent in ctx.sents:
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lemma in ATTACK_VERBS:
                if is_negated(tok) or _hypothetical(tok):
                    continue
                if any(c.dep_ == "auxpass" for c in tok.children):
                    attackers = [
                        a
                        for c in tok.children
                        if c.dep_ == "agent"
                        for a in actors_of(ctx, _pobjs(c))
                    ]
                    targets = actors_of(
                        ctx, [c for c in tok.children if c.dep_ == "nsubjpass"]
                    )
                else:
                    attackers = actors_of(
                        ctx, [c for c in tok.children if c.dep_ == "nsubj"]
                    )
                    targets = actors_of(
                        ctx, [c for c in tok.children if c.dep_ == "dobj"]
                    )
                means = ATTACK_VERBS[lemma]
            elif tok.pos_ == "NOUN" and lemma in ATTACK_NOUNS:
                # "the Russian attack", "Israel's strikes", "an airstrike by X on Y"
                attackers = [
                    a
                    for c in tok.children
                    if c.dep_ in ("amod", "compound", "poss")
                    for a in ctx.actors_in([c])
                ]
                attackers += [
                    a
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "by"
                    for a in actors_of(ctx, _pobjs(c))
                ]
                targets = pobj_actors(ctx, tok, ("on", "against"))
                means = ATTACK_NOUNS[lemma]
            else:
                continue
            attackers = speaks_for(ctx, attackers)
            if not attackers:
                continue
            targets = [t for t in speaks_for(ctx, targets) if t.key != attackers[0].key]
            yield Event(
                kind=EventKind.ATTACK,
                evidence=ctx.evidence(sent, EXTRACTOR),
                agent=attackers[0],
                targets=tuple(targets),
                place=place_in(ctx, tok.head if tok.pos_ == "NOUN" else tok)
                or _object_place(tok),
                means=means,
                cue=lemma,
                quote=ctx.quote_text(tok),
            )


def _object_place(verb: Token) -> str | None:
    """'shelled Kharkiv': a place as the object of the attacking verb."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC", "FAC"):
            ent = next((e for e in c.doc.ents if e.start <= c.i < e.end), None)
            return ent.text if ent is not None else c.text
    return None


def _pobjs(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ == "pobj"]


def _hypothetical(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in tok.children)
