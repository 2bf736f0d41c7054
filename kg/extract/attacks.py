"""Attacks: every violent act a text reports, who did it, to whom, where, how.

Verbs ("Russian jets pounded the town", "a militant stabbed him", "his body was
hanged in the square", "government forces shelled the village", "gunmen
opened fire on worshippers"), nouns ("the airstrike on the hospital", "a car
bomb", "the drone attack on the refinery", "clashes", "the battle for the
city", "the siege of El Fasher") and a weapon doing the striking ("an Israeli
strike hit a school").  The perpetrator is an actor where one is named
(subject, "by X", "X's", "Russian", "carried out by X", a claim of
responsibility nearby), else the words that name it ("gunmen") as a label.
The means is a concept of ``kg:MeansScheme`` (CAMEO 18x/19x/20x, PLOVER
ASSAULT modes).

What did not happen is not an attack of the article's time: negated ("no
strikes were reported"), hypothetical ("an attack would be catastrophic"),
demanded ("the attacks must stop", "to halt its offensive"), threatened or
planned ("vowed to strike", "the risk of an assault") are marked
``Threatened`` or ``Planned`` or left out; recalled history ("the 1994
genocide", "in 2014") is marked ``Historical``.  When the sentence also counts
casualties, :func:`kg.extract.extract` merges this reading into the casualty
event, so each attack carries the casualties it caused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.actors import Context
from kg.extract.frames import (
    BLAME_VERBS,
    accused_of,
    claimants,
    ent_span,
    held_responsible,
    place_in,
    relative_by_preposition,
    speaks_for,
)
from kg.extract.lexicon import (
    DONE_VERBS,
    FORCE_NOUNS,
    HYPOTHETICAL_AUX,
    REPORT_NOUNS,
    SAY_VERBS,
    it_names_an_act,
)
from kg.model import ActorKind, ActorRef, Event, EventKind

EXTRACTOR = "attacks.v2"

# verbs of attacking, with the means each implies (a kg:MeansScheme local name)
ATTACK_VERBS: dict[str, str | None] = {
    "attack": None,
    "assault": "GroundAssault",
    "storm": "GroundAssault",
    "raid": "GroundAssault",
    "ambush": "GroundAssault",
    "invade": "GroundAssault",
    "overrun": "GroundAssault",
    "shell": "Shelling",
    "pound": "Shelling",
    "bombard": "Shelling",
    "bomb": None,
    "strike": "AerialAttack",
    "hit": None,
    "target": None,
    "shoot": "Gunfire",
    "gun": "Gunfire",
    "fire": "Gunfire",
    "open": "Gunfire",
    "stab": "PhysicalAssault",
    "hack": "PhysicalAssault",
    "behead": "Execution",
    "hang": "Execution",
    "execute": "Execution",
    "massacre": "MassKilling",
    "slaughter": "MassKilling",
    "besiege": "Siege",
    "blockade": "Siege",
    "abduct": "Abduction",
    "kidnap": "Abduction",
    "rape": "SexualViolence",
    "torch": None,
    "destroy": None,
}
# verbs that attack only with a weapon or a force as subject, or an actor and
# a target: "a missile hit the school", "Israel targeted Hezbollah commanders"
_WEAPON_ONLY_VERBS = frozenset({"hit", "target", "destroy", "torch"})
# nouns of attacks, with their means
ATTACK_NOUNS: dict[str, str | None] = {
    "attack": None,
    "airstrike": "AerialAttack",
    "strike": None,
    "bombing": "Explosives",
    "shelling": "Shelling",
    "bombardment": "Shelling",
    "barrage": "Shelling",
    "raid": "GroundAssault",
    "offensive": "GroundAssault",
    "assault": "GroundAssault",
    "ambush": "GroundAssault",
    "incursion": "GroundAssault",
    "invasion": "GroundAssault",
    "clash": "GroundAssault",
    "fighting": "GroundAssault",
    "battle": "GroundAssault",
    "skirmish": "GroundAssault",
    "explosion": "Explosives",
    "blast": "Explosives",
    "shooting": "Gunfire",
    "gunfire": "Gunfire",
    "stabbing": "PhysicalAssault",
    "execution": "Execution",
    "beheading": "Execution",
    "massacre": "MassKilling",
    "siege": "Siege",
    "onslaught": None,
    "takeover": "GroundAssault",
    "launch": None,
    "firing": None,
}
# weapons that strike: "a Russian missile hit", "the car bomb exploded"
WEAPON_NOUNS: dict[str, str] = {
    "missile": "AerialAttack",
    "rocket": "Shelling",
    "drone": "AerialAttack",
    "bomb": "Explosives",
    "shell": "Shelling",
    "mortar": "Shelling",
    "jet": "AerialAttack",
    "warplane": "AerialAttack",
    "aircraft": "AerialAttack",
    "artillery": "Shelling",
    "ied": "Explosives",
    "grenade": "Explosives",
}
# verbs a weapon does the attack with: "a missile hit", "a bomb exploded"
WEAPON_VERBS = frozenset(
    {
        "hit",
        "strike",
        "slam",
        "land",
        "explode",
        "detonate",
        "destroy",
        "kill",
        "rain",
        "ignite",
        "damage",
        # "a roadside bomb tore through a convoy", "a missile smashed into"
        "tear",
        "rip",
        "smash",
        "crash",
        "pound",
    }
)
# words that make an attack noun's means more precise: "drone attack", "car bomb"
MEANS_WORDS: dict[str, str] = {
    "air": "AerialAttack",
    "aerial": "AerialAttack",
    "drone": "AerialAttack",
    "missile": "AerialAttack",
    "airstrike": "AerialAttack",
    "rocket": "Shelling",
    "artillery": "Shelling",
    "mortar": "Shelling",
    "suicide": "SuicideBombing",
    "car": "Explosives",
    "roadside": "Explosives",
    "ied": "Explosives",
    "bomb": "Explosives",
    "knife": "PhysicalAssault",
    "gun": "Gunfire",
    "sniper": "Gunfire",
}
# compounds that make a noun no attack: "heart attack", "hunger strike"
_NOT_ATTACK = frozenset(
    {"heart", "hunger", "general", "panic", "cyber", "labour", "labor", "worker"}
)
# heads that say the attack did not (yet) happen: "the threat of attacks"
_UNREAL_HEADS = frozenset(
    {
        "threat",
        "risk",
        "fear",
        "danger",
        "possibility",
        "prospect",
        "plan",
        "warning",
        "spectre",
        "specter",
        "escalation",
        "prevention",
        "avoidance",
        "absence",
    }
)
# verbs that make what they govern a demand, a threat or a plan, not a report
# nouns of asking: what they govern is asked for, not reported
_DEMAND_NOUNS = frozenset({"demand", "call", "appeal", "request", "plea", "ultimatum"})
_STOP_VERBS = frozenset(
    {
        "stop",
        "end",
        "halt",
        "cease",
        "prevent",
        "avoid",
        "refrain",
        "deter",
        "suspend",
        "foil",
        "thwart",
        "avert",
        "deny",
        "disrupt",
    }
)
# verbs whose complement is demanded, not reported
_DEMAND_VERBS = frozenset(
    {"call", "urge", "demand", "ask", "appeal", "press", "insist", "request", "implore"}
)
# verbs whose to-infinitive is not done by saying so: "ordered to attack",
# "permitted Ukraine to strike", "wants to strike" (not "managed to", "went on
# to", "continued to")
_UNFULFILLED_HEADS = frozenset(
    {
        "order",
        "permit",
        "allow",
        "authorize",
        "authorise",
        "let",
        "enable",
        "want",
        "wish",
        "seek",
        "aim",
        "prepare",
        "agree",
        "hope",
        "instruct",
        "tell",
        "command",
        "encourage",
        "expect",
    }
)


def _status_chain(tok: Token) -> list[Token]:
    """``tok`` and up to four heads above it whose modals, negation and verbs
    bear on it: across "and" only from one act to another ("could strike and
    shell the town"), never from another verb ("did not want a ceasefire and
    fired rockets")."""
    chain = [tok]
    cur = tok
    while len(chain) < 5 and cur.head.i != cur.i:
        if (
            cur.dep_ == "conj"
            and cur.pos_ == "VERB"
            and cur.head.lemma_.lower() not in ATTACK_VERBS
        ):
            break  # (nouns joined stay one phrase: "the bombings and attacks")
        cur = cur.head
        chain.append(cur)
    return chain


# verbs whose to-infinitive is not done: "refused to attack the town"
_REFUSING_HEADS = frozenset({"refuse", "decline", "fail"})
# adjectives that make an attack one that did not happen: "a planned bombing"
_UNREAL_ADJS = frozenset(
    {
        "planned",
        "attempted",
        "failed",
        "foiled",
        "thwarted",
        "alleged",
        "possible",
        "potential",
        "future",
        "imminent",
        "threatened",
        "feared",
    }
)
_THREAT_VERBS = frozenset(
    {
        "threaten",
        "vow",
        "warn",
        "pledge",
        "promise",
        "plan",
        "intend",
        "prepare",
        "fear",
        "seek",
        "want",
        "consider",
        "risk",
        "plot",
    }
)
# words naming a perpetrator that is no known actor: kept as a label
PERP_NOUNS = frozenset(
    {
        "militant",
        "gunman",
        "attacker",
        "assailant",
        "bomber",
        "insurgent",
        "rebel",
        "terrorist",
        "fighter",
        "jihadist",
        "extremist",
        "soldier",
        "troops",
        "force",
        "gang",
        "mob",
        "militia",
        "sniper",
        "police",
        "army",
        "military",
        "settler",
        "bandit",
        "pirate",
        "separatist",
        "guerrilla",
        "paramilitary",
        "mercenary",
        "kidnapper",
        "abductor",
        "raider",
        "vigilante",
        "assassin",
        "shooter",
    }
)
# light verbs whose subject carries out their object: "X launched an attack"
_LIGHT_VERBS = frozenset(
    {
        "launch",
        "carry",
        "conduct",
        "mount",
        "stage",
        "wage",
        "unleash",
        "claim",
        "perpetrate",
        "commit",
        "begin",
        "continue",
        "step",
        "intensify",
        "escalate",
        "deliver",
        "fire",
        "send",
        "hurl",
        "lob",
        "drop",
    }
)
# verbs that send a weapon at a target, and the prepositions that aim it
_SEND_VERBS = frozenset({"launch", "fire", "send", "hurl", "lob", "drop"})
_AIMED_PREPS = frozenset({"at", "on", "against", "into", "toward", "towards"})
# what a barrage may be of and still be an attack
_FIRE_NOUNS = frozenset({"fire", "gunfire", "shelling", "strike", "airstrike", "bomb"})
# nouns of many weapons sent at once
_SALVO_NOUNS = frozenset({"salvo", "barrage", "volley", "swarm", "wave", "hail"})
# where a launch hits nobody: "a rocket into orbit", "missiles into the sea"
_NO_TARGETS = frozenset({"orbit", "space", "sky", "air", "sea", "ocean", "water"})
#: the status of a mention that reports no attack (negated, hypothetical, demanded)
UNREAL = "Unreal"
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# a year as it stands in running text (not part of "12,000", "2.019" or "1990s")
_YEAR_IN_TEXT = re.compile(r"(?<![\w.,])(?:1[89]|20)\d\d(?!\w|[.,]\d)")
# the words kg:means keeps for a verb: "shelled" -> "shelling"
_MEANS_WORDS_OF_VERBS = {
    "shell": "shelling",
    "pound": "shelling",
    "bombard": "bombardment",
    "bomb": "bombing",
    "strike": "airstrike",
    "shoot": "shooting",
    "gun": "shooting",
    "stab": "stabbing",
    "behead": "beheading",
    "hang": "hanging",
    "execute": "execution",
    "kidnap": "kidnapping",
    "abduct": "abduction",
    "besiege": "siege",
    "invade": "invasion",
    "storm": "assault",
}


def extract_attacks(ctx: Context) -> Iterator[Event]:
    """Yield one ``Attack`` per violent act a sentence reports (one per
    perpetrator and sentence).

    Args:
        ctx: the article's shared extraction context.

    Yields:
        ``Event`` of kind ``ATTACK`` with perpetrator (or its label), targets,
        place, means and status.
    """
    last: ActorRef | None = None  # the perpetrator of the last attack named
    for sent in ctx.sents:
        found: dict[str, Event] = {}
        for tok in sent:
            event = _read(ctx, sent, tok)
            if event is None:
                continue
            if (
                event.agent is not None
                and event.status in ("Happened", UNREAL)
                and not _since_point(tok)  # a date, no attack to point back to
            ):
                last = event.agent
            elif event.agent is None and event.agent_text is None and last is not None:
                # "the attack", "these strikes", "they hit ...": the one named
                # before; not "the battle between the army and the militants"
                if _anaphoric(tok) and not _between_sides(tok):
                    event = replace(event, agent=last)
            if event.status == UNREAL:
                continue
            key = event.agent.key if event.agent else f"?{event.agent_text or ''}"
            old = found.get(key)
            if old is None or _richer(event, old):
                found[key] = event
        # a perpetrator-less reading adds nothing next to one with a perpetrator
        named = [e for e in found.values() if e.agent is not None or e.agent_text]
        yield from (named or list(found.values()))


def _between_sides(tok: Token) -> bool:
    """ "the battle between the army and the rebels": fighting of two sides."""
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)


def _anaphoric(tok: Token) -> bool:
    """Whether an attack mention points back: a definite noun ("the attack",
    "these strikes") or a verb whose subject is a pronoun ("they hit")."""
    if tok.pos_ == "VERB":
        # "they hit ...", or a passive with no doer: "cities continue to be attacked"
        return any(
            c.dep_ == "nsubj" and c.lower_ in ("they", "it") for c in tok.children
        ) or (
            any(c.dep_ == "auxpass" for c in tok.children)
            and not any(c.dep_ == "agent" for c in tok.children)
        )
    return any(
        (
            c.dep_ == "det"
            and c.lower_ in ("the", "this", "these", "that", "those", "such")
        )
        or (
            c.dep_ == "poss"
            and (c.lower_ in ("its", "their") or c.ent_type_ in ("DATE", "TIME"))
        )
        for c in tok.children
    )


def _richer(new: Event, old: Event) -> bool:
    def score(e: Event) -> int:
        return sum(bool(x) for x in (e.targets, e.target_text, e.place, e.means_type))

    return score(new) > score(old)


def _read(ctx: Context, sent: Span, tok: Token) -> Event | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in ATTACK_VERBS:
        return _verb_attack(ctx, sent, tok, lemma)
    if tok.pos_ in ("NOUN", "PROPN") and lemma in ATTACK_NOUNS:
        if lemma in _SALVO_NOUNS and _of_something_else(tok):
            return None  # "a barrage of criticism"
        return _noun_attack(ctx, sent, tok, lemma)
    if (
        tok.pos_ == "VERB"
        and lemma == "blow"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
        and any(c.dep_ == "dobj" for c in tok.children)  # not "blew up at reporters"
        and not any(c.dep_ == "neg" for c in tok.children)
    ):
        # "a suicide bomber blew himself up at a checkpoint"
        return _blown_up(ctx, sent, tok)
    if (
        tok.pos_ == "NOUN"
        and (lemma in WEAPON_NOUNS or _gunfire_noun(tok))
        and tok.dep_ in ("nsubj", "nsubjpass")
        and (tok.head.lemma_.lower() in WEAPON_VERBS or _sets_fire(tok.head))
        and tok.head.lemma_.lower() not in {*ATTACK_VERBS, "kill"}
    ):
        # "a car bomb exploded", "a missile slammed into the building"
        return _noun_attack(ctx, sent, tok, lemma, weapon=True)
    if (
        tok.pos_ == "NOUN"
        and (lemma in WEAPON_NOUNS or _salvo_of_weapons(tok))
        and tok.dep_ == "dobj"
        and tok.head.lemma_.lower() in _SEND_VERBS
        and any(
            c.dep_ == "prep"
            and c.lower_ in _AIMED_PREPS
            and not any(g.lemma_.lower() in _NO_TARGETS for g in c.children)
            for holder in (tok, tok.head)
            for c in holder.children
        )
    ):
        # "Russia launched 400 drones at our cities", "fired rockets into Israel"
        return _noun_attack(ctx, sent, tok, lemma, weapon=True)
    return None


# what "fire" is when a weapon names it: "artillery fire hit the area"
_FIRE_WEAPONS = frozenset(
    {"artillery", "gun", "tank", "mortar", "sniper", "machine", "rocket", "gunboat"}
)


def _gunfire_noun(tok: Token) -> bool:
    """ "artillery fire", "tank fire", "sniper fire": fire from a weapon."""
    return tok.lemma_.lower() == "fire" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _FIRE_WEAPONS
        for c in tok.children
    )


def _blown_up(ctx: Context, sent: Span, verb: Token) -> Event | None:
    """ "a suicide bomber blew himself up", "militants blew up a bridge"."""
    status = _status(ctx, verb)
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    agent, agent_text, _ = _perpetrator(ctx, sent, doers)
    victims = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.pos_ != "PRON"
        and c.lower_ not in ("himself", "herself")
    ]
    targets, target_text = _targets(ctx, victims, agent)
    return _event(
        ctx,
        sent,
        verb,
        status,
        agent,
        agent_text,
        targets,
        target_text,
        "Explosives",
        place_in(ctx, verb),
    )


def _of_something_else(tok: Token) -> bool:
    """ "a barrage of criticism", "a wave of arrests": "of" names no weapon."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and not any(
            g.lemma_.lower() in WEAPON_NOUNS or g.lemma_.lower() in _FIRE_NOUNS
            for g in c.children
        )
        for c in tok.children
    )


def _sets_fire(verb: Token) -> bool:
    """ "drones set fire to a refinery", "shells set the market ablaze"."""
    return verb.lemma_.lower() == "set" and any(
        c.lower_ in ("fire", "ablaze", "alight") for c in verb.children
    )


def _salvo_of_weapons(tok: Token) -> bool:
    """ "a salvo of rockets", "a barrage of missiles", "a swarm of drones"."""
    return tok.lemma_.lower() in _SALVO_NOUNS and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lemma_.lower() in WEAPON_NOUNS for g in c.children)
        for c in tok.children
    )


def _verb_attack(ctx: Context, sent: Span, tok: Token, lemma: str) -> Event | None:
    if lemma == "shoot" and not _shot_at(tok):
        return None
    if lemma == "open" and not any(c.lower_ == "fire" for c in tok.children):
        return None  # "opened fire" only
    if lemma == "fire" and not any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "at", "upon", "into")
        and not any(g.lemma_.lower() in _NO_TARGETS for g in c.children)
        # "fired tear gas and live ammunition at protesters": hung on the object
        for holder in (tok, *(o for o in tok.children if o.dep_ == "dobj"))
        for c in holder.children
    ):
        return (
            None  # "fired on protesters", "fired missiles at": not "fired the minister"
        )
    if lemma == "hang" and not any(c.dep_ == "auxpass" for c in tok.children):
        return None  # "pictures hang", "hang on": only "was hanged"
    if lemma == "strike" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("deal", "balance", "chord", "tone")
        for c in tok.children
    ):
        return None
    status = _status(ctx, tok)
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if passive:
        doers = [g for c in tok.children if c.dep_ == "agent" for g in _pobjs(c)]
        victims = [c for c in tok.children if c.dep_ == "nsubjpass"]
    else:
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        victims = [c for c in tok.children if c.dep_ == "dobj"]
        victims += [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon", "against")
            for g in _pobjs(c)
        ]
        if not doers and (
            tok.dep_ in ("conj", "advcl", "xcomp")
            or (tok.dep_ == "dep" and tok.head.pos_ == "VERB")
        ):
            # "a militant stabbed him and then shot him": the first verb's
            # subject (also when the parser loses the "and": "rammed the gate,
            # then opened fire")
            doers = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if not doers:
            # "Kyiv accused Moscow of shelling the city": the accused
            doers = accused_of(tok)
        if not doers and tok.tag_ == "VBG" and tok.dep_ == "pcomp":
            # "destroyed in shelling by government forces": a gerund's by-phrase
            doers = [
                g
                for c in tok.children
                if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                for g in _pobjs(c)
            ]
    agent, agent_text, weapon = _perpetrator(ctx, sent, doers)
    if lemma in _WEAPON_ONLY_VERBS and weapon is None:
        # "the village was torched by militia fighters": a doer, named or
        # described, and what they struck
        if (agent is None and agent_text is None) or not victims:
            return None
    targets, target_text = _targets(ctx, victims, agent)
    means = ATTACK_VERBS[lemma] or weapon or _means_near(tok)
    return _event(
        ctx,
        sent,
        tok,
        status,
        agent,
        agent_text,
        targets,
        target_text,
        means,
        place_in(ctx, tok) or _object_place(tok),
    )


def _noun_attack(
    ctx: Context, sent: Span, tok: Token, lemma: str, *, weapon: bool = False
) -> Event | None:
    if any(
        c.lower_ in _NOT_ATTACK for c in tok.children if c.dep_ in ("compound", "amod")
    ):
        return None
    if lemma == "strike" and not _military_strike(tok):
        return None
    if lemma in ("launch", "firing") and not any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lemma_.lower() in WEAPON_NOUNS for g in c.subtree)
        for c in tok.children
    ):
        return None  # "the launch of missiles", not "the launch of talks"
    status = _status(ctx, tok)
    doers: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i:
            doers.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            doers.extend(_pobjs(c))
        elif c.dep_ in ("acl", "relcl"):
            for g in c.children:
                if g.dep_ == "agent":
                    doers.extend(_pobjs(g))
                if (
                    g.dep_ == "nsubj"
                    and c.dep_ == "relcl"
                    and not relative_by_preposition(c)
                    and c.lemma_.lower() not in SAY_VERBS  # "which X said was ..."
                ):
                    doers.append(g)
    # "Russia's continuing and intensifying attacks", read with the act as the
    # object of the participle that carries the possessive
    if tok.dep_ == "dobj" and tok.head.tag_ == "VBG":
        for v in (tok.head, tok.head.head if tok.head.dep_ == "conj" else tok.head):
            doers.extend(c for c in v.children if c.dep_ == "poss" and c.pos_ != "PRON")
    # "X joined Y in launching drone attacks": who launched them, before the
    # act's own modifiers ("missile" says what kind)
    doers[:0] = _launchers(tok)
    # "the attacks carried out by X", read with the act as the subject of a
    # relative clause: the by-agent of that clause
    if (
        tok.dep_ == "nsubj"
        and tok.head.dep_ in ("relcl", "acl")
        and tok.head.tag_ == "VBN"
        and tok.head.lemma_.lower() in DONE_VERBS
    ):
        doers.extend(
            g for c in tok.head.children if c.dep_ == "agent" for g in _pobjs(c)
        )
    # "soldiers killed in an airstrike by X": the by-agent of the verb it hangs on
    # (not "the concern expressed by X over the strike")
    if (
        tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and tok.head.head.lemma_.lower() in _HARM_VERBS
    ):
        doers += [
            g for c in tok.head.head.children if c.dep_ == "agent" for g in _pobjs(c)
        ]
    # "the airstrike was carried out by X"
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _LIGHT_VERBS:
        doers += [g for c in tok.head.children if c.dep_ == "agent" for g in _pobjs(c)]
    # "X launched an attack", "X carried out strikes"
    if tok.dep_ in ("dobj", "conj") and tok.head.lemma_.lower() in _LIGHT_VERBS:
        doers += [c for c in tok.head.children if c.dep_ == "nsubj"]
    # "they blamed the attack on X", "attributed the bombing to X": X did it
    blamed = tok.dep_ == "dobj" and tok.head.lemma_.lower() in BLAME_VERBS
    if blamed:
        doers += [
            g
            for holder in (tok, tok.head)
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in ("on", "to")
            for g in _pobjs(c)
        ]
    # "accused Hamas of carrying out the attack", "blamed X for the shelling"
    doers += accused_of(tok)
    # "X is believed to be responsible for the attacks"
    doers += _responsible_for(tok)
    agent, agent_text, _ = _perpetrator(ctx, sent, doers, head=tok)
    victims = [
        g
        for c in tok.children
        if c.dep_ == "prep"
        and c.lower_ in ("on", "against", "at", "of", "for", "in")
        and not (blamed and c.lower_ == "on")
        for g in _pobjs(c)
        if not (c.lower_ == "in" and ctx.is_place_use(g))
    ]
    # "an Israeli strike hit a school": what the act's verb struck
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in WEAPON_VERBS | {"target"}:
        victims += [c for c in tok.head.children if c.dep_ == "dobj"]
    targets, target_text = _targets(ctx, victims, agent)
    means = (WEAPON_NOUNS.get(lemma) if weapon else ATTACK_NOUNS[lemma]) or _means_near(
        tok
    )
    for c in tok.children:
        word = c.lower_
        if c.dep_ in ("compound", "amod") and word in MEANS_WORDS:
            means = MEANS_WORDS[word]
    place = place_in(ctx, tok)
    if place is None and tok.dep_ != "ROOT" and tok.head.pos_ == "VERB":
        place = place_in(ctx, tok.head)
    return _event(
        ctx, sent, tok, status, agent, agent_text, targets, target_text, means, place
    )


def _responsible_for(tok: Token) -> list[Token]:
    """Who a sentence says is responsible for the act ``tok`` names: "X was
    responsible for the attack", "X is believed (thought, suspected) to be
    responsible for the bombings"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lower_ != "responsible":
        return []
    verb = prep.head.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "xcomp":
        # "X is believed to be responsible": the subject of "believed"
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "neg" for c in (*verb.children, *verb.head.children)):
        return []  # "X was not responsible for the attack"
    return subjects


# what an act does to its victims: "killed in an airstrike by X"
_HARM_VERBS = frozenset(
    {"kill", "wound", "injure", "destroy", "damage", "hit", "target", "strike", "level"}
)


def _event(
    ctx: Context,
    sent: Span,
    tok: Token,
    status: str,
    agent: ActorRef | None,
    agent_text: str | None,
    targets: list[ActorRef],
    target_text: str | None,
    means: str | None,
    place: str | None,
) -> Event:
    if agent is None and agent_text is None and tok.dep_ in ("dobj", "pobj"):
        # "we condemn the rocket attacks and hold Hamas responsible"
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        held = held_responsible(ctx, verb)
        if held:
            agent = speaks_for(ctx, held)[0]
    if agent is None and agent_text is None:
        agent = _claimed_nearby(ctx, sent)
    return Event(
        kind=EventKind.ATTACK,
        evidence=ctx.evidence(sent, EXTRACTOR),
        agent=agent,
        agent_text=agent_text if agent is None else None,
        targets=tuple(targets),
        target_text=target_text,
        place=place,
        means=_means_words(tok),
        means_type=means,
        status=status,
        cue=tok.lemma_.lower(),
        quote=ctx.quote_text(tok),
    )


# did it happen? ---------------------------------------------------------------------


def _status(ctx: Context, tok: Token) -> str:
    """``Happened``, ``Historical``, ``Threatened`` or ``Planned``; ``UNREAL``
    when the act is negated, hypothetical or demanded (never an event at all,
    but it still says who attacks: "the Houthis must stop their attacks. They
    fired two missiles ...")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    chain = _status_chain(tok)
    if verb is not None and any(c.dep_ == "neg" for c in verb.children):
        return UNREAL
    if tok.pos_ != "VERB" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children
    ):
        return UNREAL  # "no attacks were reported"
    if tok.pos_ != "VERB" and any(
        c.dep_ == "compound" and c.lemma_.lower() in _STOP_VERBS for c in tok.children
    ):
        return UNREAL  # "that the Houthis cease attacks", "cease" read as a noun
    if tok.pos_ != "VERB" and any(c.dep_ == "neg" for c in tok.children):
        return UNREAL  # "deserves peace, not attacks that victimize parents"
    if tok.pos_ != "VERB" and any(
        c.dep_ in ("det", "amod") and c.lower_ == "such" for c in tok.children
    ):
        return UNREAL  # "to defend Ukraine against such attacks": a kind
    # what someone wants, permits or orders, up the clauses that embed it
    # (never across "and": "did not want a ceasefire and fired rockets")
    up = tok
    for _ in range(3):
        if up.dep_ not in ("xcomp", "ccomp", "advcl") or up.head.i == up.i:
            break
        head = up.head
        low = head.lemma_.lower()
        if any(c.dep_ == "neg" for c in head.children) and low in (
            _UNFULFILLED_HEADS | _REFUSING_HEADS
        ):
            return UNREAL  # "not permitting Ukraine to use them to strike"
        if low in _REFUSING_HEADS:
            return UNREAL  # "Russia refused to attack the town"
        if (
            up is tok
            and verb is not None
            and low in _UNFULFILLED_HEADS
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        ):
            # "was ordered to attack the town", "allowed Ukraine to strike"
            return "Planned"
        up = head
    for t in chain:
        low = t.lemma_.lower()
        aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if t.pos_ in ("VERB", "AUX") and aux & HYPOTHETICAL_AUX:
            return UNREAL  # "an attack would be catastrophic", "could strike"
        if t.pos_ in ("VERB", "AUX") and aux & {"must", "should"}:
            return UNREAL  # "the attacks must stop"
        if low in _STOP_VERBS and t.i != tok.i:
            return UNREAL  # "to halt its offensive", "end the siege"
        if low in _DEMAND_VERBS and t.i != tok.i and t.pos_ == "VERB":
            return UNREAL  # "urged Russia to lift the siege": a demand, not a report
        if low in _DEMAND_NOUNS and t.i != tok.i and t.pos_ == "NOUN":
            return UNREAL  # "the demand that X cease its attacks"
        if low in _UNREAL_HEADS and t.i != tok.i and t.pos_ == "NOUN":
            return "Threatened"
        if (
            t.i != tok.i
            and t.pos_ == "NOUN"
            and t.lemma_.lower() in REPORT_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        ):
            return UNREAL  # "no evidence that the site had been shelled"
        if low in _THREAT_VERBS and t.i != tok.i:
            return "Threatened"
        if t.pos_ in ("VERB", "AUX") and ("will" in aux or "shall" in aux):
            return "Planned"
        if t.lemma_.lower() in SAY_VERBS and t.i != tok.i:
            break  # what someone says happened, happened
        if t.dep_ in ("ROOT",):
            break
    if tok.pos_ != "VERB" and any(
        c.dep_ == "amod" and c.lower_ in _UNREAL_ADJS for c in tok.children
    ):
        return "Planned"  # "a planned bombing", "an attempted attack"
    if _since_point(tok):
        return UNREAL
    if historical(ctx, tok):
        return "Historical"
    if any(c.dep_ == "neg" for c in tok.head.children) and tok.dep_ in (
        "nsubj",
        "nsubjpass",
        "dobj",
    ):
        return UNREAL  # "the strike did not hit", "did not launch an attack"
    return "Happened"


def names_a_weapon(tok: Token) -> bool:
    """Whether a doer's head word is a weapon or an act, not someone ("Car
    Bomb" in a title-cased headline, "Drone Strike")."""
    lemma = tok.lemma_.lower()
    return lemma in WEAPON_NOUNS or lemma in ATTACK_NOUNS


def _since_point(tok: Token) -> bool:
    """ "the worst bombings since 2003, when the US invaded": an act named as
    the point a comparison counts from is a date, not an event reported."""
    return (
        tok.dep_ in ("relcl", "acl")
        and _YEAR.match(tok.head.text) is not None
        and tok.head.head.lower_ == "since"
    )


def historical(ctx: Context, tok: Token) -> bool:
    """Whether ``tok`` tells of something long before the article: a year well
    before the article's own ("the 1994 genocide", "in 2014"; an undated
    article's own is the latest year it names), or "twenty years ago"."""
    # "twenty years ago", "a decade ago"; "six years ago, rebels stormed the
    # town and killed dozens": a verb joined to another shares its time
    around = list(tok.subtree) if tok.pos_ == "VERB" else list(tok.head.subtree)
    # "In 2011 the army shelled the camp, killing 300": the participle too
    shares_time = tok.pos_ == "VERB" and (
        tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBG")
    )
    shared = (
        [c for c in tok.head.children if c.dep_ in ("advmod", "npadvmod", "prep")]
        if shares_time
        else []
    )
    around += [t for c in shared for t in c.subtree]
    for t in around:
        if t.lower_ == "ago" and any(
            g.lemma_.lower() in ("year", "decade") for g in t.subtree
        ):
            return True
    # "the 1994 genocide in which 800,000 people were killed": what a relative
    # clause tells of is as old as the event it belongs to
    event = tok.head if tok.pos_ == "VERB" and tok.dep_ == "relcl" else tok
    if ctx.article.date is None and _named_by_its_year(event):
        return True  # a text names an event by its year only once it is past
    year = ctx.article.date.year if ctx.article.date else _latest_year(ctx)
    if year is None:
        return False
    near = (
        [*tok.children, *tok.head.children] if tok.pos_ != "VERB" else list(tok.subtree)
    )
    if event is not tok:
        near += list(event.children)
    near += shared
    for t in near:
        if _YEAR.match(t.text) and int(t.text) < year - 1:
            return True
        for g in t.children:
            if _YEAR.match(g.text) and int(g.text) < year - 1 and t.dep_ == "prep":
                return True
    return False


def _named_by_its_year(tok: Token) -> bool:
    """ "the 1994 genocide", "the 2006 war": an event noun with a year before
    it."""
    return tok.pos_ == "NOUN" and any(
        _YEAR.match(c.text) and c.dep_ in ("nummod", "compound", "amod") and c.i < tok.i
        for c in tok.children
    )


def _latest_year(ctx: Context) -> int | None:
    """An undated article's own year, as far as its text tells: the latest
    year it names ("... on 2 May 2024 ... killed in 1983" is of 2024)."""
    if _LATEST_YEAR not in ctx.memo:
        years = [int(m.group()) for m in _YEAR_IN_TEXT.finditer(ctx.text)]
        ctx.memo[_LATEST_YEAR] = max(years) if years else None
    return ctx.memo[_LATEST_YEAR]  # type: ignore[return-value]


_LATEST_YEAR = "latest_year"


# who did it, to whom -----------------------------------------------------------------


def _perpetrator(
    ctx: Context, sent: Span, doers: list[Token], *, head: Token | None = None
) -> tuple[ActorRef | None, str | None, str | None]:
    """(actor, label, weapon means) of the doer noun phrases."""
    weapon: str | None = None
    for d in doers:
        lemma = d.lemma_.lower()
        if lemma in WEAPON_NOUNS:
            weapon = WEAPON_NOUNS[lemma]
        elif _gunfire_noun(d):
            weapon = "Shelling"  # "artillery fire hit the area"
        if d.pos_ == "PRON" and d.lower_ in ("we", "us"):
            # "we struck a depot": the author of a military communique
            ours = ctx.first_person(d)
            if len(ours) == 1:
                return ours[0], None, weapon
            continue
        if d.tag_ in ("WP", "WDT") and d.head.dep_ == "relcl":
            # "militants who attacked the base": the relative's antecedent
            d = d.head.head
            lemma = d.lemma_.lower()
        if d.pos_ == "PRON" and d.dep_ != "poss":
            # "the army said it struck 20 targets": the one who says so
            reporter = _reporter(d)
            if reporter is not None:
                found = ctx.np_actors(reporter)
                if found:
                    return speaks_for(ctx, found)[0], None, weapon
            continue  # "they hit ...": the attacks named before (see _anaphoric)
        if d.pos_ == "PRON" and d.lower_ in ("its", "their"):
            # "condemns Russia for its strikes": the actor named just before
            owner = ctx.nearest_group_actor(d)
            if owner is not None:
                return speaks_for(ctx, [owner])[0], None, weapon
            continue
        # a name that only modifies the act ("the Usterzai attack", "the Army
        # Public School attack") is a place or a target unless the gazetteer
        # knows it as an actor
        modifier = d.dep_ in ("compound", "nmod", "amod")
        if modifier and (
            (d.pos_ == "NOUN" and d.lemma_.lower() not in FORCE_NOUNS)
            or d.lemma_.lower() in _SITE_NOUNS
        ):
            continue  # "the Somalia base attack": the base's place is no doer
        if (
            modifier
            and head is not None
            and d.i < head.i
            and any(t.lemma_.lower() in _SITE_NOUNS for t in d.doc[d.i + 1 : head.i])
        ):
            continue  # "Somalia Base Attack", "the Kabul hotel attack": where
        if modifier and ctx.names_a_seat(d):
            continue  # "a Baghdad suicide blast", "the Kyiv strike": where
        for actor in ctx.np_actors(d):
            if modifier and actor.key not in ctx.gaz.entries:
                continue
            if actor.key not in ctx.gaz.entries and names_a_weapon(d):
                continue  # "Car Bomb Kills Lawmaker": a title-cased weapon
            return speaks_for(ctx, [actor])[0], None, weapon
        # "Russian jets", "an Israeli strike": the demonym in the doer's phrase
        # ... or a leader's name: "the Bashar al-Assad regime forces"
        # (not an apposition's: "fighters of X, a proxy of Y" names X)
        aside = {t.i for a in d.subtree if a.dep_ == "appos" for t in a.subtree}
        # nor what the doers did it to: "assailants on the UN convoy"
        aside |= {
            t.i
            for c in d.children
            if c.i > d.i
            and (
                (c.dep_ == "prep" and c.lower_ != "of")
                or c.dep_ in ("relcl", "acl", "advcl")
            )
            for t in c.subtree
        }
        inner = [
            b
            for b in speaks_for(
                ctx, ctx.actors_in(t for t in d.subtree if t.i not in aside)
            )
            if b.kind is not ActorKind.PERSON and b.key in ctx.gaz.entries
        ]
        if inner and d.dep_ not in ("prep",):
            return inner[0], None, weapon
    for d in doers:
        lemma = d.lemma_.lower()
        if d.dep_ in ("compound", "amod", "nmod", "poss"):
            continue  # "a terrorist attack" says what kind, not who
        if lemma in PERP_NOUNS or lemma.rstrip("s") in PERP_NOUNS:
            words = [t for t in d.subtree if t.i <= d.i and t.dep_ != "det"]
            return None, " ".join(t.text for t in words), weapon
    return None, None, weapon


# sites an act names before its noun: "the Kabul hotel attack"
_SITE_NOUNS = frozenset(
    {
        "base",
        "hotel",
        "school",
        "market",
        "camp",
        "hospital",
        "mosque",
        "church",
        "airport",
        "port",
        "checkpoint",
        "village",
        "town",
        "city",
        "border",
        "embassy",
        "office",
        "convoy",
        "prison",
        "mall",
        "stadium",
        "station",
        "refinery",
    }
)

# verbs by which a party reports its own act: "Hamas said it fired", "the junta
# confirmed it carried out airstrikes" (not "denied it carried out")
_OWN_REPORT_VERBS = SAY_VERBS | {"claim", "admit", "report", "boast"}


def _reporter(pron: Token) -> Token | None:
    """The subject of the verb of saying whose clause ``pron`` is the subject
    of, when ``pron`` points back to it: "the military said it struck"."""
    if pron.lower_ not in ("it", "they", "we") or pron.dep_ != "nsubj":
        return None
    if it_names_an_act(pron):
        return None  # "officials said it destroyed a school": "it" is the bombing
    clause = pron.head
    if clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in _OWN_REPORT_VERBS or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    return subj


def _targets(
    ctx: Context, victims: list[Token], agent: ActorRef | None
) -> tuple[list[ActorRef], str | None]:
    actors: list[ActorRef] = []
    text: str | None = None
    for v in victims:
        for a in ctx.np_actors(v):
            a = speaks_for(ctx, [a])[0]
            if (agent is None or a.key != agent.key) and a not in actors:
                actors.append(a)
        if text is None and v.pos_ in ("NOUN", "PROPN"):
            words = [t for t in v.subtree if t.dep_ != "det" and t.i - v.i < 8]
            text = " ".join(t.text for t in words) or None
    return actors, text


def _claimed_nearby(ctx: Context, sent: Span) -> ActorRef | None:
    """An actor that claimed responsibility in this sentence or the next two."""
    k = next(i for i, s in enumerate(ctx.sents) if s.start == sent.start)
    for other in ctx.sents[k : k + 3]:
        for tok in other:
            found = claimants(ctx, tok, ATTACK_NOUNS)
            if not found and (
                tok.lemma_.lower() == "claim"
                and any(c.lemma_.lower() in ATTACK_NOUNS for c in tok.children)
            ):
                found = [
                    a
                    for c in tok.children
                    if c.dep_ == "nsubj"
                    for a in ctx.np_actors(c)
                ]
            if found:
                return speaks_for(ctx, found)[0]
    return None


# details ----------------------------------------------------------------------------


def _shot_at(tok: Token) -> bool:
    """ "shot him", "shot dead", "was shot", "shot at": not "shot a video"."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return True
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and (
            c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in _PEOPLE
        ):
            return True
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "into"):
            return True
        if c.lower_ == "dead":
            return True
        if c.lower_ == "down":
            # "shot down a jet", not "shot down 30 drones" (an interception)
            return not any(
                o.dep_ == "dobj" and o.lemma_.lower() in _INTERCEPTED
                for o in tok.children
            )
    return False


# what air defences shoot down: an interception, no attack
_INTERCEPTED = frozenset(
    {"drone", "missile", "rocket", "projectile", "uav", "munition", "shahed"}
)


_PEOPLE = frozenset(
    {
        "protester",
        "civilian",
        "soldier",
        "man",
        "woman",
        "child",
        "people",
        "officer",
        "journalist",
        "worker",
        "policeman",
        "guard",
        "demonstrator",
        "student",
        "boy",
        "girl",
        "villager",
        "resident",
        "worshipper",
        "commander",
        "leader",
        "member",
    }
)


def _military_strike(tok: Token) -> bool:
    """ "an Israeli strike", "drone strikes", "the strike on the school": not a
    labour strike."""
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.lower_ in {
            *MEANS_WORDS,
            "military",
            "israeli",
            "russian",
            "precision",
            "retaliatory",
            "deadly",
        }:
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "by"):
            return True
        if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in (
            "NORP",
            "GPE",
            "ORG",
        ):
            return True
    return tok.head.lemma_.lower() in WEAPON_VERBS | {
        "carry",
        "launch",
        "conduct",
        "kill",
    }


def _means_words(tok: Token) -> str | None:
    """How the attack was carried out, in words: "shelling", "drone attack";
    None for a bare "attack", which says nothing of how."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return _MEANS_WORDS_OF_VERBS.get(lemma)
    if lemma == "strike":
        lemma = "airstrike"
    mods = [
        c.lower_
        for c in tok.children
        if c.dep_ in ("compound", "amod") and c.lower_ in MEANS_WORDS
    ]
    if lemma == "attack" and not mods:
        return None
    return " ".join([*mods, lemma])


def _means_near(tok: Token) -> str | None:
    for c in tok.subtree:
        lemma = c.lemma_.lower()
        if lemma in WEAPON_NOUNS and c.i != tok.i:
            return WEAPON_NOUNS[lemma]
        if lemma in ("gun", "rifle", "gunfire", "bullet"):
            return "Gunfire"
        if lemma in ("knife", "machete"):
            return "PhysicalAssault"
    return None


def _object_place(verb: Token) -> str | None:
    """'shelled Kharkiv': a place as the object of the attacking verb."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC", "FAC"):
            ent = ent_span(c)
            return ent.text if ent is not None else c.text
    return None


# verbs whose subject does what their gerund says: "joined Y in launching",
# "responded by launching", "retaliated by firing"
_OWN_DOING_VERBS = frozenset(
    {"join", "respond", "retaliate", "continue", "persist", "begin", "start", "react"}
)
# verbs by which a side carries out an attack it is the object of
_LAUNCH_VERBS = frozenset({"launch", "carry", "conduct", "mount", "stage", "step"})


def _launchers(act: Token) -> list[Token]:
    """Who launched an act: the subject of "launch" (or "carry out", "mount")
    whose object it is, also when the launching is a gerund: "X joined Y in
    launching drone attacks" (both X and Y), "X was responsible for launching"."""
    tok = act
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # "drone and missile attacks": "attacks" joined to "drone"
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _LAUNCH_VERBS:
        return []
    verb = tok.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects or verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return subjects
    # the gerund's subject is the clause's: "X joined Y in launching ...",
    # "X responded by launching ..." (not "Y accused X of launching")
    if verb.head.lower_ not in ("in", "by", "after", "before", "while"):
        return []
    governor = verb.head.head
    if governor.lemma_.lower() not in _OWN_DOING_VERBS:
        return []  # "the US helped Israel in launching strikes": a helper
    out = [c for c in governor.children if c.dep_ == "nsubj"]
    if governor.lemma_.lower() == "join":
        out += [c for c in governor.children if c.dep_ == "dobj"]
    return out


def _pobjs(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ == "pobj"]
