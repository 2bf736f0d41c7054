"""Casualties: how many were killed, wounded or displaced, and by what attack.

A count is kept only when the sentence ties it to a casualty predicate:

* object of an active verb: "the airstrike killed 33 Turkish soldiers",
  "killed and injured hundreds of civilians", "forced 300,000 people to flee";
* subject of a passive or of a verb of dying or fleeing: "160 were killed",
  "some 900,000 people have been displaced", "20 soldiers died",
  "180,000 civilians have left Idlib province";
* "left 380,000 dead", "the death toll rose to 52", "12 dead", "33 deaths";
* a reduced relative in a headline: "At least 33 Turkish troops killed in Idlib".

The sentence's casualties hang on one event: an ``Attack`` (perpetrator,
place, means) when anyone was killed or wounded, else a ``Displacement``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.actors import Context, names_an_organ
from kg.extract.attacks import historical
from kg.extract.frames import ACCUSE_VERBS, accused_of, is_denied, is_unreal
from kg.extract.lexicon import HYPOTHETICAL_AUX, PERSON_NOUNS, SAY_VERBS
from kg.extract.numbers import AmountSpan, find_amounts
from kg.model import ActorRef, Amount, Casualty, CasualtyType, Event, EventKind

EXTRACTOR = "casualties.v1"

KILLED, WOUNDED, DISPLACED = (
    CasualtyType.KILLED,
    CasualtyType.WOUNDED,
    CasualtyType.DISPLACED,
)

# transitive verbs whose object is the victim
OBJECT_VERBS = {
    "kill": KILLED,
    "slay": KILLED,
    "massacre": KILLED,
    "execute": KILLED,
    "murder": KILLED,
    "behead": KILLED,
    "hang": KILLED,  # "hanged two farmers": the victim is checked to be people
    # communiques' words for killing enemies: "neutralised 17 terrorists"
    "neutralise": KILLED,
    "neutralize": KILLED,
    "eliminate": KILLED,
    "claim": KILLED,
    "wound": WOUNDED,
    "injure": WOUNDED,
    "hurt": WOUNDED,
    "maim": WOUNDED,
    "displace": DISPLACED,
    "uproot": DISPLACED,
    "expel": DISPLACED,
    "evacuate": DISPLACED,
    "drive": DISPLACED,
}
# verbs that kill only when what they take is people
_PEOPLE_ONLY_VERBS = frozenset({"hang", "neutralise", "neutralize", "eliminate"})
# nouns of deaths whose "of" names the dead: "the killing of two aid workers"
KILLING_NOUNS = frozenset(
    {"killing", "death", "murder", "massacre", "execution", "slaughter", "slaying"}
)
# intransitive verbs whose subject is the victim
SUBJECT_VERBS = {
    "die": KILLED,
    "perish": KILLED,
    "flee": DISPLACED,
    "leave": DISPLACED,
    "escape": DISPLACED,
}
# verbs of forcing whose complement makes the object displaced: "forced N to flee"
FORCE_VERBS = frozenset({"force", "compel", "push", "drive", "oblige"})
FLEE_VERBS = frozenset({"flee", "leave", "abandon", "evacuate", "escape", "move"})
# nouns and adjectives naming the victims' fate: "33 dead", "12 deaths", "the injured"
FATE_WORDS = {
    "dead": KILLED,
    "death": KILLED,
    "deaths": KILLED,
    "fatalities": KILLED,
    "killed": KILLED,
    "bodies": KILLED,
    "lives": KILLED,
    "wounded": WOUNDED,
    "injured": WOUNDED,
    "injuries": WOUNDED,
    "displaced": DISPLACED,
    "refugees": DISPLACED,
    "idps": DISPLACED,
    "evacuees": DISPLACED,
}
# means of attack, by the lemma that names them
MEANS = {
    "airstrike": "airstrike",
    "strike": "airstrike",
    "raid": "airstrike",
    "bombing": "bombing",
    "bomb": "bombing",
    "bombardment": "bombing",
    "shelling": "shelling",
    "shell": "shelling",
    "artillery": "artillery",
    "drone": "drone strike",
    "missile": "missile strike",
    "rocket": "rocket attack",
    "clash": "clashes",
    "fighting": "clashes",
    "battle": "clashes",
    "gunfire": "shooting",
    "shooting": "shooting",
    "explosion": "explosion",
    "offensive": "offensive",
    "assault": "assault",
    "ambush": "ambush",
}
# nouns of acts that cause casualties; the subject of "killed" may be one
ACT_NOUNS = frozenset(MEANS) | {
    "attack",
    "attacks",
    "onslaught",
    "campaign",
    "conflict",
    "war",
    "violence",
    "operation",
    "offensive",
}
_TOLL_WORDS = frozenset({"toll", "tally", "count"})
# dependencies by which a count modifies the noun it counts
_MODIFIER_DEPS = frozenset(
    {"nummod", "quantmod", "compound", "amod", "npadvmod", "advmod"}
)


def extract_casualties(ctx: Context) -> Iterator[Event]:
    """Yield one event per sentence that counts casualties.

    Args:
        ctx: the article's shared extraction context.

    Yields:
        ``Event`` of kind ``ATTACK`` or ``DISPLACEMENT`` with its casualties.
    """
    doc = ctx.doc
    amounts = find_amounts(doc)
    by_sent: dict[int, list[_Reading]] = {}
    # the head noun of each amount's phrase: where a part finds its whole
    heads = {
        _np_head(doc[a.num_start : a.end]).i: a for a in amounts if a.end > a.num_start
    }
    for amount in amounts:
        span = doc[amount.num_start : amount.end]
        readings: list[
            tuple[CasualtyType, Token | None, str | None, AmountSpan | None]
        ] = [(*r, None) for r in _readings(span, amount)]
        if not readings:
            # "killed 11 civilians, including 10 children": a part of a count
            whole = _whole_of(span, heads)
            if whole is not None:
                readings = [
                    (ctype, verb, _victim_label(span, _np_head(span)), whole)
                    for ctype, verb, _ in _readings(
                        doc[whole.num_start : whole.end], whole
                    )
                ]
        for ctype, verb, victim, whole in readings:
            by_sent.setdefault(ctx.sent_of(amount.start).start, []).append(
                (amount, ctype, verb, victim, whole)
            )
    for start in sorted(by_sent):
        sent = ctx.sent_of(start)
        evidence = ctx.evidence(sent, EXTRACTOR)
        casualties: list[Casualty] = []
        verbs: list[Token] = []
        seen: set[tuple[CasualtyType, int | None]] = set()
        wholes: dict[int, tuple[CasualtyType, AmountSpan]] = {}
        for amount, ctype, verb, victim, whole in by_sent[start]:
            if (ctype, amount.amount.value) in seen:
                continue
            seen.add((ctype, amount.amount.value))
            counted = _with_coordinated_people(
                doc[amount.num_start : amount.end], amount
            )
            if whole is not None:
                wholes[len(casualties)] = (ctype, whole)
            casualties.append(Casualty(ctype, counted, evidence, victim))
            if verb is not None:
                verbs.append(verb)
        if not casualties:
            continue
        for n, (ctype, whole) in wholes.items():
            at = next(
                (
                    k
                    for k, c in enumerate(casualties)
                    if k != n and c.type is ctype and c.amount.text == whole.amount.text
                ),
                None,
            )
            casualties[n] = replace(casualties[n], part_of=at)
        kind = (
            EventKind.ATTACK
            if any(c.type is not DISPLACED for c in casualties)
            else EventKind.DISPLACEMENT
        )
        victim_tokens = {
            t.i for amount, *_ in by_sent[start] for t in _victim_np(doc, amount)
        }
        # "six years ago, rebels killed dozens", "the 1994 genocide in which
        # 800,000 were killed": counts that stand, of no event of this time
        old = bool(verbs) and all(historical(ctx, v) for v in verbs)
        yield Event(
            kind=kind,
            evidence=evidence,
            status="Historical" if old else None,
            agent=_perpetrator(ctx, sent, verbs, victim_tokens),
            casualties=tuple(casualties),
            place=_place(ctx, sent, victim_tokens),
            means=_means(sent),
            cue=verbs[0].lemma_.lower() if verbs else None,
            quote=ctx.quote_text(doc[by_sent[start][0][0].start]),
        )


def _readings(
    span: Span, amount: AmountSpan
) -> Iterator[tuple[CasualtyType, Token | None, str | None]]:
    """Each (casualty type, predicate, victim label) the count is tied to."""
    root = _span_root(span)
    head = root
    # the count modifies a noun: "1,800 civilians", "33 dead"
    if root.dep_ in (
        "nummod",
        "quantmod",
        "compound",
        "amod",
        "npadvmod",
        "advmod",
    ) and (root.head.i >= span.end or root.head.i < span.start):
        head = root.head
    victim = _victim_label(span, head)
    low = head.lower_
    # "140 cholera cases and eight deaths": illness, not violence
    if low in ("deaths", "dead", "fatalities") and any(
        t.lower_ in _ILLNESSES for t in head.sent
    ):
        return
    # "33 dead", "12 deaths", "900,000 displaced"
    if low in FATE_WORDS and head.i != root.i:
        yield FATE_WORDS[low], None, victim if low not in FATE_WORDS else None
        return
    # "151 were killed and over 300 wounded": the participle read as a clause
    # on the count, the count joined to the first verb
    participle = next(
        (
            c
            for c in head.children
            if c.dep_ in ("acl", "amod")
            and c.i == span.end
            and c.lower_ in ("wounded", "injured", "killed", "dead", "displaced")
        ),
        None,
    )
    if participle is not None and head.pos_ == "NUM" and not is_unreal(participle):
        yield FATE_WORDS[participle.lower_], None, None
        return
    # "the death toll rose to 52", "a toll of 52"; not the 125 of "rose from
    # 125 to 149", which is no longer so
    if _is_toll(head) and not _superseded(head):
        yield KILLED, None, None
        return
    # "condemns the killing of two aid workers", "the deaths of 14 civilians"
    if (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in KILLING_NOUNS
        and head.head.head.pos_ == "NOUN"
        and not is_unreal(head.head.head)
    ):
        yield KILLED, None, victim
        return
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        owner = head.head.head
        # "the loss of life of four crew members", "took the lives of six people"
        if owner.lower_ in ("life", "lives") and (
            owner.head.lower_ == "of"
            and owner.head.head.lemma_.lower() == "loss"
            or owner.head.lemma_.lower() in ("take", "claim", "cost")
        ):
            yield KILLED, None, victim
            return
        # "the displacement of thousands of civilians"
        if owner.lemma_.lower() == "displacement" and not is_unreal(owner):
            yield DISPLACED, None, victim
            return
    # "515,000 internally-displaced people", "20,000 displaced persons"
    if head.i != root.i and any(
        c.dep_ in ("amod", "compound")
        and c.lower_ in ("displaced", "internally-displaced")
        for c in head.children
    ):
        yield DISPLACED, None, victim
        return
    for pred, role in _predicates(head):
        if (
            _hypothetical(pred)
            or any(c.dep_ == "neg" for c in pred.children)
            or is_denied(pred)
            or _a_rate(pred)
            or _of_illness(pred)
        ):
            continue
        lemma = pred.lemma_.lower()
        if role in ("obj", "subjpass") and _fatal(pred):
            # "three people were fatally shot", "gunmen gunned down two brothers"
            yield KILLED, pred, victim
            continue
        if role == "obj":
            if (
                lemma in _PEOPLE_ONLY_VERBS
                and head.lemma_.lower() not in PERSON_NOUNS | {"people"}
            ):
                continue  # "hung 3 banners", "eliminated 20 checkpoints"
            if lemma in OBJECT_VERBS and lemma not in ("drive", "claim", "evacuate"):
                yield OBJECT_VERBS[lemma], pred, victim
                yield from _shared_object(pred, victim)
            elif lemma == "claim" and any(
                c.lower_ in ("lives", "life") for c in pred.subtree
            ):
                yield KILLED, pred, victim
            elif lemma in FORCE_VERBS and _has_flee_complement(pred):
                yield DISPLACED, pred, victim
            elif lemma == "leave" and _left_dead(head, pred):
                yield _left_dead(head, pred), pred, None  # type: ignore[misc]
        elif role == "subjpass":
            if lemma == "evacuate" and any(
                c.lower_ in ("wounded", "injured", "sick") for c in head.children
            ):
                continue  # "40 wounded soldiers were evacuated": for care
            if lemma in OBJECT_VERBS:
                yield OBJECT_VERBS[lemma], pred, victim
            elif lemma == "find" and _left_dead(head, pred) is KILLED:
                yield KILLED, pred, victim  # "three soldiers were found dead"
            elif lemma in FORCE_VERBS and _has_flee_complement(pred):
                yield DISPLACED, pred, victim
        elif role == "subj":
            fate = _fate_predicate(pred)
            if (
                fate is None
                and lemma == "lose"
                and any(c.lower_ in ("lives", "life") for c in pred.children)
            ):
                fate = KILLED  # "five people lost their lives"
            if (
                fate is None
                and lemma in ("seek", "find")
                # not "took shelter in basements" from the shelling
                and any(
                    c.dep_ == "dobj" and c.lower_ in ("refuge", "sanctuary")
                    for c in pred.children
                )
            ):
                fate = DISPLACED  # "a million people have sought refuge in Marib"
            if fate is not None:
                # "left eight people dead", "3 were dead"
                yield fate, pred, victim
            elif lemma in SUBJECT_VERBS and not _leave_not_displacement(pred):
                yield SUBJECT_VERBS[lemma], pred, victim
            # headline: "At least 33 Turkish troops killed in Idlib"
            elif (
                lemma in OBJECT_VERBS
                and pred.tag_ == "VBN"
                and not any(c.dep_ in ("aux", "dobj") for c in pred.children)
            ):
                yield OBJECT_VERBS[lemma], pred, victim
        elif role == "acl" and lemma in OBJECT_VERBS and pred.tag_ == "VBN":
            yield OBJECT_VERBS[lemma], pred, victim


def _with_coordinated_people(span: Span, amount: AmountSpan) -> Amount:
    """ "a woman and her two children": the two, and one more per singular
    person coordinated with them."""
    head = _span_root(span)
    if head.dep_ == "nummod":
        head = head.head  # the span may stop at the number
    others = head.conjuncts
    if not others or amount.amount.value is None or amount.amount.maximum:
        return amount.amount
    extra = 0
    for c in others:
        if any(t.dep_ == "nummod" or t.like_num for t in c.children):
            return amount.amount  # counted on its own
        if (
            c.tag_ != "NN"
            or c.lemma_.lower() not in PERSON_NOUNS
            or not any(t.dep_ in ("det", "poss") for t in c.children)
        ):
            # "two children and many women", "19 patients and staff": no sum
            return amount.amount
        extra += 1
    return replace(amount.amount, value=amount.amount.value + extra)


_Reading = tuple[
    AmountSpan, CasualtyType, "Token | None", "str | None", "AmountSpan | None"
]


def _np_head(span: Span) -> Token:
    """The noun a count belongs to: "children" of "10 children"."""
    root = _span_root(span)
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and (
        root.head.i >= span.end or root.head.i < span.start
    ):
        return root.head
    return root


def _whole_of(span: Span, heads: dict[int, AmountSpan]) -> AmountSpan | None:
    """The counted phrase a count is part of: "11 civilians, including 10
    children", "ten civilians, among them six women"."""
    head = _np_head(span)
    # "including 11 children and 6 women": the later conjuncts too
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in ("including", "among"):
        return None
    outer = head.head.head
    if outer.pos_ in ("VERB", "AUX"):
        # "93 were killed, including 11 children": hung on the verb, whose
        # subject or object is the whole
        outer = next(
            (
                c
                for c in outer.children
                if c.dep_ in ("nsubjpass", "dobj", "nsubj") and c.i in heads
            ),
            outer,
        )
    return heads.get(outer.i) if outer.i != head.i else None


def _span_root(span: Span) -> Token:
    for tok in span:
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head.i == tok.i:
            return tok
    return span[-1]


def _predicates(head: Token) -> Iterator[tuple[Token, str]]:
    """Verbs the noun phrase at ``head`` is an argument of, with its role."""
    tok = head
    # conjoined victims share the predicate: "20 soldiers and personnel"
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        tok = tok.head
    dep = tok.dep_
    # "among the dead were three children": the attribute of "be" is its subject
    if dep == "attr" and tok.head.lemma_ == "be":
        yield tok.head, "subj"
    elif dep in ("dobj", "obj", "oprd"):
        yield tok.head, "obj"
    elif (
        dep == "npadvmod"
        and tok.head.pos_ == "VERB"
        and (tok.lemma_.lower() in PERSON_NOUNS or tok.lower_ == "people")
        and not any(c.dep_ in ("dobj", "obj") for c in tok.head.children)
    ):
        # "has displaced 515,000 people", parsed as an adverbial noun
        yield tok.head, "obj"
    elif dep == "nsubjpass":
        yield tok.head, "subjpass"
    elif dep in ("nsubj", "ROOT"):
        if dep == "nsubj":
            yield tok.head, "subj"
        for c in tok.children:
            if c.dep_ in ("acl", "relcl"):
                yield c, "acl"
    elif dep == "pobj" and tok.head.lower_ == "of":
        # "hundreds of thousands of people were displaced": climb to the quantity
        yield from _predicates(tok.head.head)
    for c in tok.children:
        if c.dep_ == "acl" and dep != "ROOT" and dep != "nsubj":
            yield c, "acl"


def _shared_object(
    pred: Token, victim: str | None
) -> Iterator[tuple[CasualtyType, Token, str | None]]:
    """'killed and injured hundreds': conjoined verbs without their own object."""
    family = [pred.head] if pred.dep_ == "conj" else []
    family += [c for c in pred.children if c.dep_ == "conj"]
    siblings = {pred.head.i, *(c.i for c in pred.head.children if c.dep_ == "conj")}
    doc = pred.doc
    for verb in family:
        lemma = verb.lemma_.lower()
        # "killed and injured thousands and displaced millions": the millions
        # are only displaced; a verb with its own object in between takes the
        # earlier verb's share
        between = range(min(verb.i, pred.i) + 1, max(verb.i, pred.i))
        if any(
            i in siblings and any(c.dep_ in ("dobj", "obj") for c in doc[i].children)
            for i in between
        ):
            continue
        if (
            lemma in OBJECT_VERBS
            and lemma not in ("drive", "claim", "evacuate")
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        ):
            yield OBJECT_VERBS[lemma], verb, victim


def _fate_predicate(pred: Token) -> CasualtyType | None:
    """'eight people dead' (a fate adjective as predicate), '3 were dead'."""
    if pred.lower_ in ("dead", "killed", "wounded", "injured") and pred.pos_ == "ADJ":
        return FATE_WORDS[pred.lower_]
    if pred.lemma_ == "be":
        for c in pred.children:
            if c.dep_ in ("acomp", "attr") and c.lower_ in (
                "dead",
                "wounded",
                "injured",
            ):
                return FATE_WORDS[c.lower_]
            # "two children were among those killed", "among the dead"
            if c.dep_ == "prep" and c.lower_ == "among":
                for t in c.subtree:
                    if t.lower_ in ("dead", "killed", "wounded", "injured"):
                        return FATE_WORDS[t.lower_]
                    if t.lower_ in ("fatalities", "fatality"):
                        return KILLED
    return None


def _has_flee_complement(pred: Token) -> bool:
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl", "prep")
        and (
            c.lemma_.lower() in FLEE_VERBS
            or any(g.lemma_.lower() in FLEE_VERBS for g in c.children)
            or (c.lower_ in ("from", "out") and c.dep_ == "prep")
        )
        for c in pred.children
    )


def _left_dead(head: Token, pred: Token) -> CasualtyType | None:
    """'left 380,000 dead': the fate word is the object or a predicate of it."""
    for tok in [head, *head.children, *pred.children]:
        if tok.lower_ in ("dead", "killed"):
            return KILLED
        if tok.lower_ in ("wounded", "injured"):
            return WOUNDED
        if tok.lower_ in ("homeless", "displaced"):
            return DISPLACED
    return None


def _leave_not_displacement(pred: Token) -> bool:
    """'left' is displacement only with a place or home as object, or none."""
    if pred.lemma_.lower() != "leave":
        return False
    for c in pred.children:
        if c.dep_ in ("dobj", "obj"):
            if c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower() in (
                "home",
                "homes",
                "province",
                "city",
                "town",
                "village",
                "area",
                "region",
                "country",
                "camp",
                "house",
                "houses",
            ):
                return False
            return True
        if c.dep_ in ("oprd", "acomp"):
            return True
    return False


def _superseded(tok: Token) -> bool:
    """Whether a number is the old figure of "from N to M"."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return False
    frm = tok.head
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.like_num for g in c.children)
        for c in (*frm.children, *frm.head.children)
    )


def _is_toll(head: Token) -> bool:
    tok = head
    # up to the verb: "the toll rose from 125 to 149", "put the toll as high as 69"
    for _ in range(5):
        if tok.lemma_.lower() in _TOLL_WORDS:
            return True
        # "the number of dead has climbed to 70"
        if any(
            c.lemma_.lower() == "number"
            and c.dep_ in ("nsubj", "nsubjpass")
            and any(
                g.lower_ in ("dead", "deaths", "killed", "fatalities")
                for g in c.subtree
            )
            for c in tok.children
        ):
            return True
        # "the toll rose to N", "officials put the death toll at N"
        if any(
            c.lemma_.lower() in _TOLL_WORDS and c.dep_ in ("nsubj", "nsubjpass", "dobj")
            for c in tok.children
        ):
            return True
        if tok.head.i == tok.i or (tok.i != head.i and tok.pos_ == "VERB"):
            break  # no further than the count's own verb: "with hundreds injured"
        tok = tok.head
    return False


_PERIODS = frozenset({"hour", "day", "week", "month", "minute"})
# what people die of that no attack did
_ILLNESSES = frozenset(
    {
        "measles",
        "cholera",
        "malaria",
        "disease",
        "diseases",
        "illness",
        "malnutrition",
        "dengue",
        "covid",
        "covid-19",
        "cause",
        "causes",
        "infection",
        "infections",
        "diarrhoea",
        "diarrhea",
    }
)


def _fatal(verb: Token) -> bool:
    """ "fatally shot / stabbed / wounded", "gunned down": a killing."""
    lemma = verb.lemma_.lower()
    if lemma == "gun" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children
    ):
        return True
    return lemma in ("shoot", "stab", "wound", "injure", "beat") and any(
        c.dep_ == "advmod" and c.lower_ in ("fatally", "mortally")
        for c in verb.children
    )


def _a_rate(verb: Token) -> bool:
    """ "one child has been killed every hour", "ten people die each day": a
    rate, not a count of victims."""
    for t in verb.subtree:
        if t.lower_ == "per" and any(g.lemma_.lower() in _PERIODS for g in t.children):
            return True
        if t.lemma_.lower() not in _PERIODS:
            continue
        dets = {c.lower_ for c in t.children if c.dep_ == "det"}
        if dets & {"every", "each", "per"}:
            return True
        # "ten die a day", not "killed on a single day"
        if (
            "a" in dets
            and t.dep_ == "npadvmod"
            and not any(c.dep_ == "amod" for c in t.children)
        ):
            return True
    return False


def _of_illness(verb: Token) -> bool:
    """ "300 children have died from suspected measles": no one killed them."""
    return verb.lemma_.lower() in ("die", "perish") and any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "from")
        and any(g.lower_ in _ILLNESSES for g in c.subtree)
        for c in verb.children
    )


def _hypothetical(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in verb.children)


def _victim_label(span: Span, head: Token) -> str | None:
    """The victims' noun phrase without the count: "Turkish soldiers"."""
    doc = span.doc
    if head.i < span.start or head.i >= span.end:
        if head.lower_ in FATE_WORDS:
            return None
        toks = [
            t
            for t in doc[span.end : head.i + 1]
            if t.dep_ != "det" and t.pos_ != "PUNCT"
        ]
        for c in head.children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
                toks = toks + [c]
        text = " ".join(t.text for t in toks)
        if len(toks) > 1 and toks[-1].i - toks[-2].i > 1:
            text = " ".join(t.text for t in toks[:-1]) + " and " + toks[-1].text
        return text or None
    # "hundreds of civilians": the object of "of"
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for pobj in c.children:
                if pobj.dep_ == "pobj" and pobj.i >= span.end:
                    toks = [
                        t for t in doc[span.end + 1 : pobj.i + 1] if t.dep_ != "det"
                    ]
                    return " ".join(t.text for t in toks) or None
    return None


def _victim_np(doc: object, amount: AmountSpan) -> list[Token]:
    """The count and the noun it counts ("at least 12 people"), not what follows."""
    span = doc[amount.num_start : amount.end]  # type: ignore[index]
    root = _span_root(span)
    if root.dep_ in _MODIFIER_DEPS and root.head.i >= span.end:
        return list(doc[amount.start : root.head.i + 1])  # type: ignore[index]
    return list(doc[amount.start : amount.end])  # type: ignore[index]


# prepositions that place an act or its doer, never name who did it
_PLACING_PREPS = frozenset(
    {
        "in",
        "at",
        "on",
        "near",
        "into",
        "across",
        "outside",
        "inside",
        "around",
        "against",
        "to",
        "toward",
        "towards",
        "from",
        "along",
        "off",
    }
)


def _doer_words(ctx: Context, phrase: Token) -> list[Token]:
    """The words of a doer's phrase less where it happened: "car bombs in
    Iraq's capital", "an armed group in El Diviso", "the Kyiv strike" name no
    one by the place."""
    placed = {
        t.i
        for p in phrase.subtree
        if p.dep_ == "prep" and p.lower_ in _PLACING_PREPS and p.i != phrase.i
        for t in p.subtree
    }
    placed |= {t.i for c in _seat_modifiers(ctx, phrase) for t in c.subtree}
    # "a missile launched from Houthi-controlled territory": who holds the
    # ground it came from fired it
    held = {
        t.i
        for p in phrase.subtree
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
        if o.dep_ == "pobj"
        for a in o.children
        if a.dep_ == "amod" and a.lemma_.lower() in ("control", "hold")
        for t in o.subtree
        if t.dep_ in ("npadvmod", "compound", "nmod", "amod") and t.i < a.i
    }
    return [t for t in phrase.subtree if t.i not in placed or t.i in held]


# verbs of harm whose by-agent, joined to a killing, did the killing too
_JOINED_HARM = frozenset({"kill", "wound", "injure", "maim", "abduct", "kidnap"})
# subjects of the joined passive that are more of the same victims
_MORE_VICTIMS = frozenset({"others", "many", "several", "dozens", "scores", "more"})


def _joined_harm_agent(g: Token, conj: Token) -> bool:
    """Whether ``g`` is the by-agent of a harm passive joined to a killing whose
    subjects are more victims: "were killed and 12 (others) wounded by X" (not
    "were killed and the attack was condemned by X")."""
    verb = g.head
    if g.dep_ != "agent" or verb.tag_ != "VBN" or g.i - conj.i > 3:
        return False
    if verb.lemma_.lower() not in _JOINED_HARM:
        return False
    subjects = [x for x in verb.children if x.dep_ in ("nsubjpass", "nsubj")]
    if verb.dep_ == "acl":
        subjects.append(verb.head)  # "others wounded by X"
    return all(
        x.like_num
        or x.lower_ in _MORE_VICTIMS
        or any(n.dep_ == "nummod" for n in x.children)
        for x in subjects
    )


def _relative_to_a_target(subj: Token) -> bool:
    """Whether a relative "which" stands for what an act was against: the
    parser hangs "the attack against MINUSMA, the UN mission, which killed
    four" on the mission, which is the target, not the doer."""
    if subj.tag_ not in ("WDT", "WP") or subj.head.dep_ != "relcl":
        return False
    tok = subj.head.head
    while tok.dep_ in ("appos", "conj", "pobj") and tok.head.i != tok.i:
        if tok.dep_ == "pobj":
            prep = tok.head
            return (
                prep.lower_ in ("against", "on", "at", "in")
                and prep.head.lemma_.lower() in ACT_NOUNS
            )
        tok = tok.head
    return False


def _seat_modifiers(ctx: Context, act: Token) -> list[Token]:
    """A capital naming where an act was, not who did it: "a Baghdad blast",
    "a Kabul car bomb", "a Kabul suicide bomber"."""
    if names_an_organ(act):
        return []  # "Kabul officials", "the Baghdad government": the state's
    return [
        t
        for c in act.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < act.i
        for t in c.subtree
        if t.dep_ in ("compound", "amod", "nmod") and ctx.names_a_seat(t)
    ]


# verbs of those who judge what others did: "X condemns the attacks, killing 14"
_STANCE_VERBS = frozenset(
    {"condemn", "denounce", "deplore", "decry", "welcome", "mourn", "regret", "call"}
)
# verbs of those who count or record what others did: their subject is a source
_RECORD_VERBS = frozenset(
    {"document", "record", "report", "count", "verify", "register", "tally", "log"}
)


def _perpetrator(
    ctx: Context, sent: Span, verbs: list[Token], victims: set[int]
) -> ActorRef | None:
    """Who did it: subject of an active casualty verb, a by-agent, or X's attack."""
    # "Russian troops shelled the village, killing 5": the participle's subject
    verbs = verbs + [
        v.head
        for v in verbs
        if v.dep_ in ("advcl", "conj", "xcomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        # "which officials said killed dozens": who said it is a source; so
        # is who "documented 24 strikes, killing 87"
        and v.head.lemma_.lower() not in SAY_VERBS | _RECORD_VERBS | _STANCE_VERBS
    ]
    for verb in verbs:
        if verb.lemma_.lower() in ACCUSE_VERBS:
            # "Kyiv accused Moscow of shelling the city, wounding four": the
            # accused did it, not the accuser
            for c in verb.children:
                if c.dep_ == "dobj":
                    actors = ctx.actors_in(c.subtree)
                    if actors:
                        return actors[0]
            continue
        for c in verb.children:
            if c.dep_ == "nsubj" and _relative_to_a_target(c):
                continue  # "the attack against MINUSMA, the UN mission, which killed"
            # active subject: "the Assad regime attack killed ..."
            if c.dep_ == "nsubj" and c.i not in victims and not ctx.is_place_use(c):
                actors = ctx.actors_in(_doer_words(ctx, c))
                if actors:
                    return actors[0]
                actor = ctx.np_actor(c)
                if actor is not None:
                    return actor
            # passive agent: "killed by regime forces"
            if c.dep_ == "agent":
                actors = ctx.actors_in(_doer_words(ctx, c))
                if actors:
                    return actors[0]
            # "were killed and others wounded by a FARC brigade": the agent
            # of a passive joined to this one
            # (also as "others wounded by X", the participle hung on "others")
            if (
                c.dep_ == "conj"
                and c.i > verb.i
                and any(x.dep_ == "auxpass" for x in verb.children)
            ):
                for g in c.subtree:
                    if _joined_harm_agent(g, c):
                        actors = ctx.actors_in(_doer_words(ctx, g))
                        if actors:
                            return actors[0]
    # an act noun in the sentence with its agent: "an airstrike by the regime"
    for tok in sent:
        if (
            (tok.lemma_.lower() in ACT_NOUNS or tok.lemma_.lower() in KILLING_NOUNS)
            and tok.pos_ == "NOUN"
            and tok.i not in victims
        ):
            # "blamed the RSF for the shelling, which killed 20"
            accused = ctx.actors_in(t for a in accused_of(tok) for t in a.subtree)
            if accused:
                return accused[0]
            seats = {t.i for m in _seat_modifiers(ctx, tok) for t in m.subtree}
            for c in tok.children:
                if (
                    c.dep_ == "prep"
                    and c.lower_ == "by"
                    or c.dep_ in ("poss", "compound", "amod")
                ):
                    actors = ctx.actors_in(t for t in c.subtree if t.i not in seats)
                    if actors:
                        return actors[0]
                if c.dep_ == "acl":
                    for g in c.children:
                        if g.dep_ == "agent":
                            actors = ctx.actors_in(g.subtree)
                            if actors:
                                return actors[0]
    return None


def _place(ctx: Context, sent: Span, victims: set[int]) -> str | None:
    """The first place the sentence puts the event in: "in Idlib"."""
    for ent in ctx.ents_in(sent):
        if ent.label_ not in ("GPE", "LOC", "FAC") or ent.start in victims:
            continue
        # "according to the governor of Hatay province in southern Turkey": the
        # source's place, not the event's
        if any(
            a.lower_ == "according" or a.lemma_.lower() in SAY_VERBS and a.i > ent.start
            for a in ent[0].ancestors
            if a.i != ent.start
        ):
            continue
        if ctx.is_place_use(ent[-1]):
            return ent.text
    return None


def _means(sent: Span) -> str | None:
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in MEANS:
            return MEANS[lemma]
        if (
            tok.lower_ in ("air", "drone")
            and tok.i + 1 < sent.end
            and sent.doc[tok.i + 1].lemma_.lower() in ("strike", "raid")
        ):
            return "airstrike" if tok.lower_ == "air" else "drone strike"
    return None
