"""Deaths stated without a number: "the journalist was shot dead", "a militant
stabbed him", "killing the commander", "civilians were killed", "the death of
Ambassador X", "the loss of life".

One victim ("a journalist", "the commander", "Ambassador X", "his son") gives a
``Casualty`` with count 1, marked as inferred (``kg:countInferred``), and the
named victim when the gazetteer or the text names a person; victims in the
plural with no number ("civilians", "several soldiers", "many") give a
``Casualty`` with no count and ``kg:countQualifier kg:Unknown``, which no sum
counts.  A count the text does give ("12 were killed", "dozens") is
:mod:`kg.extract.casualties`' to read, and such a sentence is left to it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.actors import Context
from kg.extract.attacks import historical, names_a_weapon
from kg.extract.frames import is_denied, is_unreal, place_in, speaks_for
from kg.extract.lexicon import ACT_NOUNS, HYPOTHETICAL_AUX, PERSON_NOUNS, REPORT_NOUNS
from kg.model import (
    ActorKind,
    ActorRef,
    Amount,
    Casualty,
    CasualtyType,
    Event,
    EventKind,
    Qualifier,
)

EXTRACTOR = "killings.v1"

# verbs whose object (or passive subject) was killed
KILL_VERBS = frozenset(
    {
        "kill",
        "murder",
        "assassinate",
        "execute",
        "behead",
        "slay",
        "massacre",
        "slaughter",
        "lynch",
    }
)
# "shot dead", "stabbed to death", "beaten to death", "burned alive"
DEATH_RESULTS = frozenset({"dead", "death", "alive"})
RESULT_VERBS = frozenset(
    {"shoot", "gun", "stab", "beat", "burn", "hack", "stone", "hang"}
)
# verbs whose subject died
DIE_VERBS = frozenset({"die", "perish"})
# nouns of a death: "the death of X", "the killing of X", "the loss of life"
DEATH_NOUNS = frozenset(
    {
        "death",
        "killing",
        "murder",
        "assassination",
        "execution",
        "massacre",
        "slaughter",
        "beheading",
        "lynching",
    }
)
# units of an age: "64-year-old"
_AGE_UNITS = frozenset({"year", "month", "week", "day"})
# quantity words that make victims countless: "several soldiers", "many civilians"
_UNCOUNTED = frozenset({"several", "many", "some", "numerous", "countless"})
# words that say the text does count them: left to kg.extract.casualties
_COUNTED_WORDS = frozenset(
    {
        "dozens",
        "hundreds",
        "thousands",
        "dozen",
        "hundred",
        "thousand",
        "tens",
        "score",
        "scores",
    }
)
# "lost their lives", "claimed the life of": the nouns of a life lost
_LIFE_NOUNS = frozenset({"life", "lives"})
# "children were among the dead": the nouns of the dead
_DEAD_NOUNS = frozenset({"dead", "killed", "fatalities"})


def extract_killings(ctx: Context) -> Iterator[Event]:
    """Yield one ``Attack`` with a count-less ``Casualty`` per death stated
    without a number.

    Args:
        ctx: the article's shared extraction context.

    Yields:
        ``Event`` of kind ``ATTACK`` with one casualty (count 1 inferred, or
        no count and qualifier ``Unknown``).
    """
    events: list[tuple[Event, str | None]] = []
    for sent in ctx.sents:
        seen: set[int] = set()
        for tok in sent:
            found = _read(ctx, tok)
            if found is None:
                continue
            victim, doer = found
            if victim.i in seen or _counted(victim) or _denied(victim):
                continue
            if _mourned(victim) and _deaths_told_before(ctx, sent):
                continue  # condolences for deaths the text has already told
            if historical(ctx, tok):
                continue  # "his father was killed by FARC in 1983": background
            seen.add(victim.i)
            one = _singular(ctx, victim)
            events.append(
                (
                    _event(ctx, sent, tok, victim, doer),
                    victim.lemma_.lower() if one else None,
                )
            )
    # one victim told of again ("the service member killed on May 5 ... the
    # service member died heroically"; the headline's "death of a service
    # member") is one death: keep its first mention in the body
    body_victims = {v for e, v in events if v and not e.evidence.in_title}
    kept: set[str] = set()
    for event, once in events:
        if once is not None:
            if event.evidence.in_title and once in body_victims:
                continue
            if once in kept:
                continue
            kept.add(once)
        yield event


def _read(ctx: Context, tok: Token) -> tuple[Token, list[Token]] | None:
    """(victim head, doer phrases) when ``tok`` states a death."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and not is_unreal(tok) and not is_denied(tok):
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        killed = (
            lemma in KILL_VERBS
            or (
                lemma in RESULT_VERBS
                and any(
                    c.lower_ in DEATH_RESULTS
                    or (
                        c.dep_ == "prep"
                        and any(g.lower_ == "death" for g in c.children)
                    )
                    # "fatally shot", "fatally stabbed"
                    or (c.dep_ == "advmod" and c.lower_ == "fatally")
                    for c in tok.children
                )
            )
            # "two brothers were gunned down"
            or (
                lemma == "gun"
                and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
            )
            # "he was fatally wounded"
            or (
                lemma in ("wound", "injure")
                and any(
                    c.dep_ == "advmod" and c.lower_ in ("fatally", "mortally")
                    for c in tok.children
                )
            )
        )
        if killed:
            if passive:
                victim = _child(tok, ("nsubjpass",))
                if (
                    victim is None
                    and tok.dep_ == "xcomp"
                    and tok.head.lemma_.lower() in _GOING_ON
                    and not is_unreal(tok.head)
                ):
                    # "civilians continue to be killed": the governing verb's
                    # subject; not "no civilian deserves to be killed"
                    victim = _child(tok.head, ("nsubj",))
                    if victim is not None and any(
                        c.dep_ == "det" and c.lower_ == "no" for c in victim.children
                    ):
                        victim = None
                doers = [
                    g for c in tok.children if c.dep_ == "agent" for g in c.children
                ]
            else:
                victim = _child(tok, ("dobj",))
                if victim is None:
                    # "have killed and injured civilians", "kill and maim
                    # children": the object is the joined verb's
                    victim = next(
                        (
                            _child(c, ("dobj",))
                            for c in tok.children
                            if c.dep_ == "conj"
                            and c.pos_ == "VERB"
                            and c.lemma_.lower() in _HARM_VERBS
                            and _child(c, ("dobj",)) is not None
                        ),
                        None,
                    )
                    if victim is not None and not _is_people(ctx, victim):
                        victim = None
                doers = [c for c in tok.children if c.dep_ == "nsubj"]
                if victim is None and (
                    tok.dep_ == "acl"
                    or (
                        tok.dep_ == "relcl"
                        and not any(
                            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
                        )
                    )
                ):
                    victim = tok.head  # "the journalist killed in the raid"
                    if victim.lower_ == "those" and victim.head.lower_ == "among":
                        return None  # "X was among those killed" names X
                # "soldiers killed in an airstrike by X": a participle's agent
                doers += [
                    g for c in tok.children if c.dep_ == "agent" for g in c.children
                ]
            return (victim, doers) if victim is not None else None
        if lemma in DIE_VERBS or (
            # "a soldier later succumbed to his injuries"
            lemma == "succumb"
            and any(
                c.dep_ == "prep"
                and any(g.lemma_.lower() in ("injury", "wound") for g in c.children)
                for c in tok.children
            )
        ):
            victim = _child(tok, ("nsubj",))
            return (victim, []) if victim is not None else None
        if lemma == "hang" and not passive:
            # "militants hanged an informer": a person hanged was killed
            victim = _child(tok, ("dobj",))
            if victim is not None and _is_people(ctx, victim):
                return victim, [c for c in tok.children if c.dep_ == "nsubj"]
        if lemma == "lose" and any(
            c.dep_ == "dobj" and c.lower_ in _LIFE_NOUNS for c in tok.children
        ):
            # "several soldiers lost their lives"
            victim = _child(tok, ("nsubj",))
            return (victim, []) if victim is not None else None
        if lemma == "lose" and passive:
            # "lives were lost when militants stormed the hotel"
            life = _child(tok, ("nsubjpass",))
            if (
                life is not None
                and life.lower_ in _LIFE_NOUNS
                and not any(c.lower_ in ("no", "few") for c in life.children)
            ):
                return life, []  # not "no lives were lost"
        if lemma in ("claim", "take", "cost") and not passive:
            # "the blast claimed the life of a journalist", "claimed lives"
            life = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "dobj" and c.lower_ in _LIFE_NOUNS
                ),
                None,
            )
            if life is not None:
                of = next(
                    (c for c in life.children if c.dep_ == "prep" and c.lower_ == "of"),
                    None,
                )
                whose = _child(of, ("pobj",)) if of is not None else None
                if whose is not None and _is_people(ctx, whose):
                    return whose, [c for c in tok.children if c.dep_ == "nsubj"]
                if (
                    of is None
                    and (lemma == "claim" or life.lower_ == "lives")
                    and _violent_cause(ctx, tok)
                ):
                    # "claimed lives", "has cost countless lives", "have
                    # taken civilian lives" (by violence: not "hunger has
                    # taken lives")
                    return life, [c for c in tok.children if c.dep_ == "nsubj"]
        if lemma in ("leave", "find") and _dead_complement(tok):
            # "the shooting left a teenager dead"; "three were found dead"
            victim = _child(tok, ("nsubjpass",) if passive else ("dobj",))
            if victim is not None and _is_people(ctx, victim):
                return victim, []
    if lemma == "be" and tok.pos_ == "AUX" and not is_unreal(tok):
        # "children were among the dead", "a doctor was among those killed"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "among":
                dead = _child(c, ("pobj",))
                victim = _child(tok, ("nsubj",))
                if (
                    dead is not None
                    and victim is not None
                    and _among_dead(dead)
                    and _is_people(ctx, victim)
                ):
                    return victim, []
    if tok.pos_ == "NOUN" and lemma in DEATH_NOUNS and not _unreal_death(tok):
        # "deaths and injuries among the peacekeepers": whose deaths
        among = _among_people(ctx, tok)
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        if among is not None and lemma == "death" and not denied:
            return among, []
        # "the strikes caused death and injury", "brought death to the town":
        # deaths an act brought about, of no one named
        if (
            lemma == "death"
            and tok.lower_ in ("death", "deaths")
            and _brought_about(ctx, tok)
        ):
            return tok, []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                victim = _child(c, ("pobj",))
                if victim is not None and _is_people(ctx, victim):
                    doers = [
                        g
                        for p in tok.children
                        if p.dep_ == "prep" and p.lower_ == "by"
                        for g in p.children
                    ]
                    return victim, doers
    # "the loss of life of innocent mariners": whose lives; a bare "loss of
    # life" is condolence language, not a report
    for c in tok.children if tok.lower_ == "loss" and not _unreal_death(tok) else ():
        # ... or "the loss of civilian life", "the loss of innocent lives":
        # whose lives the adjective says
        if c.dep_ == "prep" and c.lower_ == "of":
            for life in c.children:
                if life.lower_ in ("life", "lives") and (
                    any(
                        (g.dep_ == "prep" and g.lower_ == "of")
                        or (g.dep_ == "amod" and g.lower_ in _WHOSE_LIVES)
                        for g in life.children
                    )
                    or _resulted_from(tok)
                ):
                    return tok, []
        # "the loss of life among aid workers": whose lives
        if (
            c.dep_ == "prep"
            and c.lower_ == "among"
            and any(g.dep_ == "pobj" and _is_people(ctx, g) for g in c.children)
        ):
            return tok, []
    return None


# verbs by which an act brings about deaths: "leading to the loss of life"
_RESULT_VERBS = frozenset({"cause", "lead", "result"})


def _among_people(ctx: Context, tok: Token) -> Token | None:
    """The people of "deaths among the peacekeepers", also when "among" hangs
    on a conjoined noun ("deaths and injuries among civilians"); not deaths
    warned of, denied, aimed to reduce or likely ("any deaths", "warned of
    deaths among civilians if ...")."""
    if any(c.lower_ in ("any", "no") for c in tok.children):
        return None
    governor = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if governor is not None and (
        governor.lemma_.lower() in _NOT_REPORTING
        or is_unreal(governor)
        or is_denied(governor)
        or any(c.lower_ in ("likely", "possible") for c in governor.children)
    ):
        return None
    holders = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "among":
                people = _child(c, ("pobj",))
                if people is not None and _is_people(ctx, people):
                    return people
    return None


# verbs under which deaths are not reported: warned of, feared, to be reduced
_NOT_REPORTING = frozenset(
    {"warn", "fear", "prevent", "reduce", "avoid", "deny", "risk", "predict", "expect"}
)


def _violent_cause(ctx: Context, verb: Token) -> bool:
    """Whether the subject of a verb that took lives is violence or its doer:
    "the fighting", "the strikes", "Russia" (not "hunger", "cholera")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head  # "the conflict, which has cost countless lives"
    elif subj.lower_ in ("it", "this"):
        return True  # what the text has been telling of
    lemma = subj.lemma_.lower()
    return (
        lemma in ACT_NOUNS
        or lemma in _VIOLENCE_NOUNS
        or bool(ctx.np_actors(subj))
        or any(c.lemma_.lower() in ACT_NOUNS for c in subj.children)
    )


# nouns of violence that take lives besides the acts: "the war has cost lives"
_VIOLENCE_NOUNS = frozenset(
    {
        "war",
        "conflict",
        "fighting",
        "violence",
        "clash",
        "battle",
        "bombing",
        "blast",
        "crisis",
        "insurgency",
        "terrorism",
        "genocide",
        "atrocity",
        "hostility",
        "explosion",
    }
)


def _brought_about(ctx: Context, tok: Token) -> bool:
    """Whether a death noun is what an act caused or brought: "the strikes
    caused death and injury", "brought death to the town" (not "the floods
    brought death", nor "caused the deaths of 40", whose victims are named)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    head = tok.head if tok.dep_ == "conj" else tok
    if head.dep_ != "dobj":
        return False
    verb = head.head
    return (
        verb.lemma_.lower() in (*_RESULT_VERBS, "bring")
        and not is_unreal(verb)
        and _violent_cause(ctx, verb)
    )


def _resulted_from(tok: Token) -> bool:
    """Whether a loss is what something brought about: "the attack caused
    loss of life", "leading to the loss of life", "resulting in loss of life"
    (not the condolences of "we regret the loss of life")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "in"):
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _RESULT_VERBS and head.i != tok.i


def _event(
    ctx: Context, sent: Span, tok: Token, victim: Token, doers: list[Token]
) -> Event:
    evidence = ctx.evidence(sent, EXTRACTOR)
    one = _singular(ctx, victim)
    several = None if one else _coordinated_count(ctx, victim)
    amount = (
        Amount(1, Qualifier.EXACTLY, text=victim.text, inferred=True)
        if one
        else Amount(several, Qualifier.EXACTLY, text=victim.text, inferred=True)
        if several
        else Amount(None, Qualifier.UNKNOWN, text=victim.text)
    )
    named = _named_person(ctx, victim) if one else None
    # the victims' words up to their head noun: "Turkish soldiers", "a journalist"
    owner = {
        w.i for c in victim.children if c.dep_ == "poss" for w in c.subtree
    }  # "the group's leader": the owner is no part of the victims' words
    words = [
        t
        for t in victim.doc[victim.left_edge.i : victim.i + 1]
        if t.dep_ != "det" and t.i not in owner and t.i >= victim.i - 6
    ]
    while words and words[0].is_punct:
        words.pop(0)
    # as written, hyphens joined: "20-year-old man", "Turkish soldiers"
    label = "".join(t.text_with_ws for t in words).strip()
    agent: ActorRef | None = None
    for d in doers:
        found = [
            a
            for a in ctx.np_actors(d)
            if a.key in ctx.gaz.entries or not names_a_weapon(d)
        ]
        if found and not (d.pos_ == "PRON" and d.lower_ in ("he", "she")):
            agent = speaks_for(ctx, found)[0]
            break
    casualty = Casualty(
        CasualtyType.KILLED,
        amount,
        evidence,
        victim="loss of life" if victim.lower_ == "loss" else label or None,
        victim_actor=named,
    )
    return Event(
        kind=EventKind.ATTACK,
        evidence=evidence,
        agent=agent,
        casualties=(casualty,),
        place=place_in(ctx, tok),
        cue=tok.lemma_.lower(),
        quote=ctx.quote_text(tok),
    )


# words around deaths already told: "condolences to the family of the
# peacekeeper killed", "paid tribute to those killed", "responsible for the
# deaths of civilians"
_MOURNING_WORDS = frozenset(
    {
        "family",
        "families",
        "relative",
        "relatives",
        "condolence",
        "condolences",
        "sympathy",
        "tribute",
        "memory",
        "mourn",
        "honour",
        "honor",
        "pray",
        "prayer",
        "accountable",
        "responsible",
    }
)


def _mourned(victim: Token) -> bool:
    """Deaths a sentence mourns, honours or blames rather than tells:
    "condolences to the families of those killed", "paid tribute to those
    killed", "responsible for the deaths of civilians"."""
    for t in [victim, *list(victim.ancestors)[:5]]:
        if t.lemma_.lower() in _MOURNING_WORDS or t.lower_ in _MOURNING_WORDS:
            return True
        if t.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in _MOURNING_WORDS for c in t.children
        ):
            return True  # "paid tribute to those killed"
    return False


def _deaths_told_before(ctx: Context, sent: Span) -> bool:
    """Whether a sentence before ``sent`` already tells of deaths."""
    body = ctx.article.body_offset if ctx.article.clean_title else 0
    for other in ctx.sents:
        if other.start >= sent.start:
            return False
        if other.start_char < body:
            continue  # a headline announces; the body tells
        if any(
            t.lemma_.lower() in KILL_VERBS | DIE_VERBS
            or t.lower_ in ("dead", "deaths", "death", "killed", "died")
            for t in other
        ):
            return True
    return False


def _denied(victim: Token) -> bool:
    """ "There were no reports that NATO troops were killed", "no civilians
    were killed", "none of the soldiers died"."""
    if victim.lower_ in ("none", "nobody", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in victim.children
    ):
        return True
    return any(
        t.pos_ == "NOUN"
        and t.lemma_.lower() in REPORT_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        for t in list(victim.ancestors)[:5]
    )


def _child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _dead_complement(verb: Token) -> bool:
    """Whether ``verb`` has "dead" as the state it leaves or finds someone in."""
    return any(
        c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "amod")
        for t in (verb, *verb.children)
        for c in t.children
    )


def _among_dead(tok: Token) -> bool:
    """ "the dead", "the victims", "those killed" """
    if tok.lower_ in _DEAD_NOUNS:
        return True
    return tok.lower_ == "those" and any(
        c.lemma_.lower() in KILL_VERBS | DIE_VERBS for c in tok.children
    )


def _is_number(tok: Token) -> bool:
    """A cardinal number ("12", "twelve"), not an ordinal ("a second journalist")."""
    return tok.like_num and tok.ent_type_ != "ORDINAL" and tok.tag_ != "JJ"


def _counted(victim: Token) -> bool:
    """Whether the victims come with a number ("12 people", "dozens of")."""
    if victim.lower_ in _COUNTED_WORDS or _is_number(victim):
        return True
    if any(t.dep_ == "nummod" for c in victim.conjuncts for t in c.children):
        return True  # "a woman and her two children": the casualty reader sums
    return any(
        (_is_number(c) or c.lower_ in _COUNTED_WORDS or c.dep_ == "nummod")
        and not _an_age(c)
        for c in victim.subtree
        if c.i < victim.i
    )


def _an_age(num: Token) -> bool:
    """ "a 64-year-old man", "a two-month-old baby": an age, not a count."""
    return num.head.lemma_.lower() in _AGE_UNITS


def _coordinated_count(ctx: Context, victim: Token) -> int | None:
    """How many "a nurse and a driver" or "a mother and her two children"
    are: each conjunct one person or a stated number; None when one of
    them is countless ("a boy and several women")."""
    conjuncts = [victim, *victim.conjuncts]
    if len(conjuncts) < 2:
        conjuncts = _co_arguments(victim)
    if len(conjuncts) < 2:
        return None
    total = 0
    for c in conjuncts:
        nums = [t for t in c.children if t.dep_ == "nummod" and _is_number(t)]
        if nums:
            try:
                total += int(float(nums[0].text.replace(",", "")))
            except ValueError:
                return None
        elif (
            c.tag_ == "NN"
            and c.lemma_.lower() in PERSON_NOUNS
            and any(t.dep_ in ("det", "poss") for t in c.children)
        ) or (c.tag_ == "NNP" and ctx.mention_at(c) is not None and _singular(ctx, c)):
            total += 1
        else:
            return None
    return total


def _co_arguments(victim: Token) -> list[Token]:
    """ "a nurse and a driver were killed", parsed as two subjects of one verb."""
    if victim.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return [victim]
    return [
        c
        for c in victim.head.children
        if c.dep_ == victim.dep_ and c.pos_ in ("NOUN", "PROPN")
    ]


def _singular(ctx: Context, victim: Token) -> bool:
    """One victim: a singular noun ("a journalist", "his son"), a pronoun
    ("him", "her") or a person's name."""
    if victim.lower_ == "loss":
        return False
    if any(c.lower_ in _UNCOUNTED for c in victim.children):
        return False
    if any(c.dep_ == "conj" for c in victim.children) or len(_co_arguments(victim)) > 1:
        return False  # "a woman and her two children": more than one
    if victim.pos_ == "PRON":
        return victim.lower_ in ("him", "her", "he", "she")
    m = ctx.mention_at(victim)
    if m is not None:
        return m.actor.kind is ActorKind.PERSON
    return victim.tag_ in ("NN", "NNP") and victim.lemma_.lower() in PERSON_NOUNS


# what is done to deaths that have not happened: "to prevent the killing of"
_AVERTING = frozenset(
    {"prevent", "avoid", "avert", "threaten", "vow", "plan", "risk", "fear", "stop"}
)
# modals of a guess: "the deaths of more civilians would be a tragedy"
_GUESSING = HYPOTHETICAL_AUX | {"'d"}
# verbs under which "to be killed" tells of deaths going on
_GOING_ON = frozenset({"continue", "keep", "remain"})
# verbs joined to "killed" that share its object: "killed and injured civilians"
_HARM_VERBS = frozenset(
    {"injure", "wound", "maim", "displace", "abduct", "kidnap", "torture", "rape"}
)
# adjectives that say whose lives were lost: "the loss of civilian life"
_WHOSE_LIVES = frozenset({"civilian", "innocent"})


def _specific_victim(tok: Token) -> bool:
    """Whether a death noun's "of" names someone in particular: "the
    activist", "her son", "Jane Doe" (not "journalists" as a kind)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for v in c.children:
                if v.dep_ != "pobj":
                    continue
                if v.pos_ == "PROPN" or any(
                    g.dep_ in ("det", "poss")
                    and g.lower_ not in ("a", "an", "any", "no")
                    for g in v.children
                ):
                    return True
    return False


def _unreal_death(tok: Token) -> bool:
    """Whether a death noun tells of no death: "could mean the deaths of",
    "to prevent the killing of".  A definite one ("the killings of
    protesters must be investigated", "his murder will not go unpunished")
    happened, whatever modal governs it, unless it is averted."""
    definite = any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those"))
        or c.dep_ == "poss"
        for c in tok.children
    )
    if not definite:
        return is_unreal(tok)
    # "the killing of journalists must never be tolerated": a kind of death,
    # not one that happened; "the murder of the activist will not go
    # unpunished" tells of one
    chain = list(tok.ancestors)[:3]
    negated = any(c.dep_ == "neg" for a in chain for c in a.children)
    if negated and not _specific_victim(tok):
        return True
    # "the deaths of more civilians would be a tragedy": a guess, not a report
    return any(
        a.lemma_.lower() in _AVERTING
        or any(c.dep_ == "aux" and c.lower_ in _GUESSING for c in a.children)
        for a in chain
    )


def _is_people(ctx: Context, tok: Token) -> bool:
    m = ctx.mention_at(tok)
    if m is not None:
        return m.actor.kind is ActorKind.PERSON
    return tok.lemma_.lower() in PERSON_NOUNS or tok.lower_ in (
        "civilians",
        "people",
        "soldiers",
        "children",
        "journalists",
        "workers",
    )


def _named_person(ctx: Context, victim: Token) -> ActorRef | None:
    """The person a singular victim names: "Ambassador X", "journalist X"."""
    m = ctx.mention_at(victim)
    if m is not None and m.actor.kind is ActorKind.PERSON:
        return m.actor
    for c in victim.children:
        if c.dep_ in ("appos", "compound", "flat"):
            m = ctx.mention_at(c)
            if m is not None and m.actor.kind is ActorKind.PERSON:
                return m.actor
    return None
