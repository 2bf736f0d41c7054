"""Territory: forces enter, capture, surround or retake a place, or are pushed back.

"Syrian government forces backed by air strikes surrounded and entered
Saraqab", "Russian troops captured Avdiivka", "the town fell to rebels",
"Ukrainian forces retook Kherson".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.actors import Context
from kg.extract.frames import actors_of, ent_span, is_negated, speaks_for, subjects
from kg.model import ActorRef, Event, EventKind

EXTRACTOR = "territory.v1"

# verbs of taking or closing in on ground; the object is the place
TAKE_VERBS = frozenset(
    {
        "capture",
        "seize",
        "enter",
        "retake",
        "recapture",
        "surround",
        "encircle",
        "besiege",
        "overrun",
        "occupy",
        "storm",
        "liberate",
        "take",
    }
)


# irregular forms the lemmatizer misses
TAKE_FORMS = {
    "retook": "retake",
    "retaken": "retake",
    "overran": "overrun",
    "took": "take",
    "taken": "take",
}


def extract_territory(ctx: Context) -> Iterator[Event]:
    """Yield one ``TerritorialChange`` per verb of taking ground with a named place."""
    for sent in ctx.sents:
        for tok in sent:
            lemma = TAKE_FORMS.get(tok.lower_, tok.lemma_.lower())
            if tok.pos_ != "VERB" or lemma not in TAKE_VERBS:
                continue
            if is_negated(tok) or _hypothetical(tok):
                continue
            place = _place(ctx, tok)
            if place is None:
                continue
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            agents: list[ActorRef]
            if passive:
                agents = [
                    a
                    for c in tok.children
                    if c.dep_ == "agent"
                    for a in actors_of(ctx, [g for g in c.children if g.dep_ == "pobj"])
                ]
            else:
                agents = subjects(ctx, tok)
            agents = speaks_for(ctx, agents)
            yield Event(
                kind=EventKind.TERRITORY,
                evidence=ctx.evidence(sent, EXTRACTOR),
                agent=agents[0] if agents else None,
                place=place,
                cue=lemma,
                quote=ctx.quote_text(tok),
            )


def _place(ctx: Context, verb: Token) -> str | None:
    """The place taken: the object (or passive subject), or 'control of X'.

    Conjoined verbs share the object: "surrounded and entered Saraqib".
    """
    verbs = [verb, *[c for c in verb.children if c.dep_ == "conj"]]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    cands = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lemma_.lower() == "take":
        # "took control of X"
        cands = [
            g
            for c in cands
            if c.lower_ == "control"
            for p in c.children
            if p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        ]
    # "the town of Sake", "the city of Goma": the name the place noun holds
    cands = [
        next(
            (
                g
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj" and g.pos_ == "PROPN"
            ),
            c,
        )
        if c.lower_ in _PLACE_HEADS
        else c
        for c in cands
    ]
    for c in cands:
        # a name; the tagger sometimes calls a sentence-initial one ADV or NOUN
        if c.pos_ != "PROPN" and not (c.is_title and c.pos_ in ("ADV", "NOUN", "X")):
            continue
        m = ctx.mention_at(c)
        # a known actor is no place, unless it is a country ("entered Ukraine")
        known = m is not None and m.actor.key in ctx.gaz.entries
        if known and m is not None and m.actor.kind.value != "Country":
            continue
        ent = ent_span(c)
        return ent.text if ent is not None else c.text
    return None


# nouns that name a place by "of": "the town of Sake"
_PLACE_HEADS = frozenset(
    {"town", "city", "village", "port", "district", "province", "region", "capital"}
)


def _hypothetical(tok: Token) -> bool:
    return any(
        c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may")
        for c in tok.children
    )
