"""Rule-based extractors, one module per relation family, registered by versioned name.

Every extractor is a pure generator ``(ctx) -> Iterator[Event]`` over a
:class:`~kg.extract.actors.Context`; :func:`extract` runs them all on one
parsed article and gathers what they find into an :class:`~kg.model.Extraction`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extract.actors import Context
from kg.extract.agreements import extract_agreements
from kg.extract.attacks import extract_attacks
from kg.extract.calls import extract_calls
from kg.extract.casualties import extract_casualties
from kg.extract.condemnations import extract_condemnations
from kg.extract.condemned import drop_waiting, resolve_condemned_acts
from kg.extract.killings import extract_killings
from kg.extract.lexicon import ROLE_WORDS
from kg.extract.meetings import extract_meetings
from kg.extract.quotes import extract_quotes
from kg.extract.support import extract_support
from kg.extract.tallies import mark_running_totals
from kg.extract.territory import extract_territory
from kg.extract.threats import extract_threats
from kg.extract.timex import resolve_dates
from kg.gazetteer import Gazetteer
from kg.model import (
    ActorKind,
    ActorRef,
    Affiliation,
    Article,
    Event,
    EventKind,
    Extraction,
    Failure,
)

Extractor = Callable[[Context], Iterator[Event]]

AFFILIATIONS = "affiliations.v1"
AFFILIATIONS_GAZETTEER = "affiliations.gazetteer.v1"

# every event extractor, by versioned name; bump the version when a rule's
# meaning changes
EXTRACTORS: dict[str, Extractor] = {
    "calls.v2": extract_calls,
    "condemnations.v2": extract_condemnations,
    "casualties.v1": extract_casualties,
    "attacks.v2": extract_attacks,
    "killings.v1": extract_killings,
    "agreements.v1": extract_agreements,
    "meetings.v1": extract_meetings,
    "support.v1": extract_support,
    "threats.v1": extract_threats,
    "territory.v1": extract_territory,
    "quotes.v1": extract_quotes,
}


def extract_affiliations(ctx: Context) -> Iterator[Affiliation]:
    """Yield the person-to-organisation ties the article states or implies.

    Role phrases ("NATO Secretary General Jens Stoltenberg") come first; a person
    the gazetteer knows ("Dujarric") gets the gazetteer's tie, with the sentence
    that names them as evidence.
    """
    for aff in ctx.affiliations.values():
        name = AFFILIATIONS_GAZETTEER if aff.from_gazetteer else AFFILIATIONS
        yield Affiliation(aff.person, aff.org, ctx.evidence(aff.sent, name), aff.role)


# words of fighting between sides: no one side's doing
_TWO_SIDED = frozenset({"battle", "clash", "fighting", "between", "war"})
# determiners that point back to an act already told
_BACK_DETS = frozenset({"the", "this", "that", "these", "those"})


def _refers_to_an_attack(sent: Span, event: Event) -> bool:
    """Whether the event is read from a noun that points back: "the attack",
    "this ambush" (not "an attack", nor "the Colombian attack", whose doer
    the modifier would have named)."""
    for t in sent:
        if t.pos_ != "NOUN" or t.lemma_.lower() != event.cue:
            continue
        back = any(c.dep_ == "det" and c.lower_ in _BACK_DETS for c in t.children)
        named = any(
            c.dep_ in ("amod", "compound", "nmod")
            and c.pos_ == "PROPN"
            and c.ent_type_ not in ("DATE", "TIME")  # "the attack Thursday"
            for c in t.children
        )
        if back and not named:
            return True
    return False


# doers named by the act itself: "the attackers", "assailants"
_ACT_DOERS = frozenset({"attacker", "assailant", "bomber", "raider"})
# words for an armed group's own fighters that point back to the group named
# before: "the militants" (never "the soldiers", "the police", "the gunmen":
# the other side, or anyone)
_GROUP_DOERS = _ACT_DOERS | frozenset(
    {"militant", "insurgent", "jihadist", "rebel", "fighter", "extremist"}
)


def _points_back(sent: Span, doer_text: str) -> bool:
    """Whether a doer without a name points back to one named before: "the
    militants", "these fighters", "attackers" (not "gunmen", "a militant",
    "the soldiers")."""
    head = doer_text.split()[-1].lower()
    for t in sent:
        if t.lower_ != head or t.dep_ not in ("nsubj", "nsubjpass", "pobj"):
            continue
        lemma = t.lemma_.lower()
        if lemma not in _GROUP_DOERS:
            return False
        if any(c.dep_ == "det" and c.lower_ in _BACK_DETS for c in t.children):
            return True
        if lemma in _ACT_DOERS and t.tag_ == "NNS":
            return not any(c.dep_ in ("det", "nummod") for c in t.children)
    return False


def _carry_perpetrators(ctx: Context, events: list[Event]) -> list[Event]:
    """A headline's attack or death whose doer it does not name is the body's
    first named attack's: "Terrorist attack in Mogadishu" over a text about
    the al-Shabaab attack at the hotel."""
    named: list[tuple[int, ActorRef]] = []  # (sentence index, perpetrator)
    index: dict[int, int] = {}
    title_sents = -1
    for n, e in enumerate(events):
        if e.kind is not EventKind.ATTACK or e.status not in (None, "Happened"):
            continue
        sent = ctx.sentence_at(e.evidence.start, in_title=e.evidence.in_title)
        if sent is None:
            continue
        k = ctx.sent_index(sent)
        index[n] = k
        if e.evidence.in_title:
            title_sents = max(title_sents, k)
        # only a doer the gazetteer knows is carried ("Usterzai's residents"
        # is a place's people, and stays with its own sentence)
        if e.agent is not None and e.agent.key in ctx.gaz.entries:
            named.append((k, e.agent))
    # "We condemn the airstrike on a hospital" read with its doer named nearby:
    # the one condemned in the same sentence is the attack's doer
    condemned: dict[tuple[int, bool], set[ActorRef]] = {}
    for e in events:
        if e.kind is EventKind.CONDEMNATION:
            where = (e.evidence.start, e.evidence.in_title)
            condemned.setdefault(where, set()).update(e.targets)
    events = list(events)
    for n, e in enumerate(events):
        doers = condemned.get((e.evidence.start, e.evidence.in_title), set())
        if n in index and e.agent is None and e.agent_text is None and len(doers) == 1:
            doer = next(iter(doers))
            events[n] = replace(e, agent=doer)
            if doer.key in ctx.gaz.entries:
                named.append((index[n], doer))
    named.sort(key=lambda x: x[0])
    if not named:
        return events
    body = [(k, a) for k, a in named if k > title_sents]
    out = list(events)
    carried: set[int] = set()  # events whose doer came from another sentence
    for n, k in index.items():
        e = out[n]
        if e.agent is not None:
            continue
        if e.agent_text is not None:
            # "Al-Shabaab stormed the base. The militants / attackers rammed a
            # car into the gate": a doer named by what it did points back
            if not e.evidence.in_title and _points_back(ctx.sents[k], e.agent_text):
                near = [a for j, a in named if 1 <= k - j <= 2 and j > title_sents]
                if near and len({a.key for a in near}) == 1:
                    out[n] = replace(e, agent=near[-1])
                    carried.add(n)
            continue
        if e.evidence.in_title:
            found = body[0][1] if body else None
        else:
            # deaths told just after a named attack are its deaths ("Russian
            # strikes hit Kharkiv. Three civilians were killed."), unless the
            # sentence is about fighting between sides
            sent = ctx.sents[k]
            two_sided = any(t.lemma_.lower() in _TWO_SIDED for t in sent)
            before = [(j, a) for j, a in named if 0 <= k - j <= 2 and j > title_sents]
            found = before[-1][1] if before and e.casualties and not two_sided else None
        if found is not None:
            out[n] = replace(e, agent=found)
            carried.add(n)
    return _back_to_the_attack(ctx, _name_the_generic(ctx, out), carried)


def _back_to_the_attack(
    ctx: Context, events: list[Event], carried: set[int]
) -> list[Event]:
    """ "The attack took place near the town": a doerless attack told by a
    noun that points back is the nearest attack named before it (the
    headline's too), unless its sentence tells of fighting between sides.
    Only a doer named in its own sentence is carried on: one ``carried``
    there from elsewhere (a headline's, taken from the body) may be another
    attack's."""
    placed: list[tuple[int, int]] = []  # (sentence index, event number)
    for n, e in enumerate(events):
        if e.kind is not EventKind.ATTACK or e.status not in (None, "Happened"):
            continue
        sent = ctx.sentence_at(e.evidence.start, in_title=e.evidence.in_title)
        if sent is not None:
            placed.append((ctx.sent_index(sent), n))
    placed.sort()
    out = list(events)
    for pos, (k, n) in enumerate(placed):
        e = out[n]
        if e.agent is not None or e.agent_text is not None or e.evidence.in_title:
            continue
        sent = ctx.sents[k]
        if any(t.lemma_.lower() in _TWO_SIDED for t in sent):
            continue
        if not _refers_to_an_attack(sent, e):
            continue
        earlier = [
            agent
            for j, m in placed[:pos]
            if j < k
            and m not in carried
            and (agent := out[m].agent) is not None
            and agent.key in ctx.gaz.entries
        ]
        if earlier:
            out[n] = replace(e, agent=earlier[-1])
    return out


# the words a report uses for a group it has named: "militants then stormed the
# base" in a report of an al-Shabaab attack (not "gunmen" or "bandits", who
# may be anyone)
_GENERIC_FIGHTERS = frozenset(
    {"militants", "fighters", "insurgents", "jihadists", "extremists", "militant"}
)


def _name_the_generic(ctx: Context, events: list[Event]) -> list[Event]:
    """Attacks by "militants" in a report whose named attacks are all one armed
    group's are that group's."""
    groups = {
        e.agent
        for e in events
        if e.kind is EventKind.ATTACK
        and e.status in (None, "Happened")
        and e.agent is not None
        and e.agent.kind is ActorKind.ARMED_GROUP
        and e.agent.key in ctx.gaz.entries
    }
    states = {
        e.agent.key
        for e in events
        if e.kind is EventKind.ATTACK
        and e.agent is not None
        and e.agent.kind is not ActorKind.ARMED_GROUP
    }
    if len(groups) != 1 or states:
        return events
    group = next(iter(groups))
    return [
        replace(e, agent=group, agent_text=None)
        if e.kind is EventKind.ATTACK
        and e.agent is None
        and e.agent_text is not None
        and e.agent_text.lower().split()[-1] in _GENERIC_FIGHTERS
        else e
        for e in events
    ]


def _distrust_capitals(events: list[Event]) -> list[Event]:
    """An all-capitals headline parses badly: "CONDEMNING COLOMBIA INAUGURATION
    KILLINGS" makes the country the killer and the condemned. Its attacks keep
    no doer, and it condemns no one."""
    out: list[Event] = []
    for e in events:
        shouting = e.evidence.sentence.isupper()
        if shouting and e.kind is EventKind.CONDEMNATION:
            continue
        if shouting and e.kind is EventKind.ATTACK and e.agent is not None:
            e = replace(e, agent=None)
        out.append(e)
    return out


def _drop_questions(events: list[Event]) -> list[Event]:
    """A question states nothing: "Will he condemn the UAE?", "Is the next step
    striking Iran?", "Is the Secretary-General still pushing for a ceasefire?"."""
    return [e for e in events if not _is_question(e.evidence.sentence)]


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().rstrip("\"'\u201d)").rstrip().endswith("?")


def _drop_uncounted_twins(events: list[Event]) -> list[Event]:
    """A count-less death where the same sentence counts the dead is the same
    death: "14 people were killed, including a journalist" keeps the 14."""
    counted = {
        (e.evidence.start, e.evidence.in_title, e.cue)
        for e in events
        for c in e.casualties
        if c.type.value == "Killed" and not c.amount.inferred and c.amount.value
    }
    sentences = {(start, title) for start, title, _ in counted}
    return [
        e
        for e in events
        if not (
            e.casualties
            and all(c.amount.inferred or c.amount.value is None for c in e.casualties)
            and (e.evidence.start, e.evidence.in_title) in sentences
            # "a journalist was shot dead, and 25 residents were killed": two
            # deaths told by two verbs; one verb, or none, tells one
            and (
                e.cue is None
                or (e.evidence.start, e.evidence.in_title, e.cue) in counted
                or (e.evidence.start, e.evidence.in_title, None) in counted
            )
        )
    ]


def _merge_attacks(events: list[Event]) -> list[Event]:
    """Fold an attack reading into the casualty event of the same sentence.

    The casualty event keeps its counts and gains the attack's target, means,
    place and perpetrator where it had none; the separate reading is dropped.
    """
    counted = {
        (e.evidence.start, e.evidence.in_title): i
        for i, e in enumerate(events)
        if e.kind in (EventKind.ATTACK, EventKind.DISPLACEMENT) and e.casualties
    }
    kept: list[int] = []
    for n, e in enumerate(events):
        key = (e.evidence.start, e.evidence.in_title)
        if (
            e.kind is EventKind.ATTACK
            and not e.casualties
            and key in counted
            and e.status in (None, "Happened", "Historical")
        ):
            i = counted[key]
            host = events[i]
            events[i] = replace(
                host,
                # the deaths keep their own time: "killed 17 on Saturday, after
                # the 2023 massacre" (the casualty reader dates its own verbs)
                status=host.status,
                # the attack reading looks for its doer more carefully than a
                # count's (which takes any actor in the subject)
                agent=e.agent or host.agent,
                targets=host.targets or e.targets,
                means=host.means or e.means,
                means_type=host.means_type or e.means_type,
                agent_text=host.agent_text or e.agent_text,
                target_text=host.target_text or e.target_text,
                place=host.place or e.place,
            )
            continue
        kept.append(n)
    # the hosts were updated in place: read them back, each in its own place
    return [events[n] for n in kept]


def _situate(ctx: Context, event: Event) -> Event:
    """Add when it happened (dates in the sentence) and who reports it."""
    ev = event.evidence
    sentence = ctx.sentence_at(ev.start, in_title=ev.in_title)
    dates = resolve_dates(ev.sentence, ctx.article.date)
    quote_start = ctx.quote_start_of_text(event.quote) if event.quote else None
    if quote_start is not None and event.kind is not EventKind.QUOTE:
        event = replace(event, in_quote=quote_start)
    sources = (
        tuple(
            s
            for s in ctx.sources(sentence)
            if event.agent is None or s.key != event.agent.key
        )
        if sentence
        else ()
    )
    if not dates and not sources:
        return event
    first = dates[0] if dates else None
    return replace(
        event,
        date=first.value if first else None,
        date_text=first.text if first else None,
        date_method=first.method if first else None,
        date_end=first.end if first else None,
        reported_by=sources,
    )


def describe(err: BaseException) -> str:
    """An exception as one line: its type and message.

    >>> describe(KeyError("x"))
    "KeyError: 'x'"
    """
    text = " ".join(str(err).split())
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def extract(
    doc: Doc, article: Article, gazetteer: Gazetteer, *, strict: bool = False
) -> Extraction:
    """Run every extractor on one parsed article.

    Each family runs on its own: one that raises costs the article that
    family's facts, not the others'.  Every family reads the shared
    :class:`~kg.extract.actors.Context`, so a failure to build it costs all
    of them.  What failed is listed in :attr:`Extraction.failures`.

    Args:
        doc: ``article.doc_text`` parsed by :func:`kg.nlp.load_pipeline`.
        article: the article the doc was made from.
        gazetteer: the known actors.
        strict: re-raise the first exception instead (for development).

    Returns:
        The events, affiliations and actors (with the names seen for them).
    """
    failures: list[Failure] = []

    def failed(stage: str, err: Exception, lost: str) -> None:
        if strict:
            raise err
        failures.append(Failure(stage, describe(err), lost))

    try:
        ctx = Context(doc, article, gazetteer)
    except Exception as err:  # noqa: BLE001 - isolated per article, reported
        failed(
            "extract:context",
            err,
            "every family (all read the shared actor context): no facts",
        )
        return Extraction(article=article, failures=tuple(failures))
    found: list[Event] = []
    for name, fn in EXTRACTORS.items():
        try:
            family = list(fn(ctx))
        except Exception as err:  # noqa: BLE001
            failed(f"extract:{name}", err, f"the facts of {name}")
            continue
        for event in family:
            try:
                found.append(_situate(ctx, event))
            except Exception as err:  # noqa: BLE001
                failed(
                    f"extract:{name}:situate", err, "the date and source of one fact"
                )
                found.append(event)
    try:
        merged = _merge_attacks(
            _distrust_capitals(_drop_uncounted_twins(_drop_questions(found)))
        )
        tallied = mark_running_totals(merged)
        events = _carry_perpetrators(ctx, resolve_condemned_acts(ctx, tallied))
    except Exception as err:  # noqa: BLE001
        failed("extract:merge", err, "attack details folded into casualty events")
        events = drop_waiting(found)
    try:
        affiliations = list(extract_affiliations(ctx))
    except Exception as err:  # noqa: BLE001
        failed(f"extract:{AFFILIATIONS}", err, "the article's affiliations")
        affiliations = []
    used: dict[str, ActorRef] = {}
    for event in events:
        for casualty in event.casualties:
            if casualty.victim_actor is not None:
                used.setdefault(casualty.victim_actor.key, casualty.victim_actor)
        for actor in (
            event.agent,
            event.speaker,
            *event.addressees,
            *event.targets,
            *event.reported_by,
            *event.participants,
            *event.brokers,
        ):
            if actor is not None:
                used.setdefault(actor.key, actor)
    for aff in affiliations:
        used.setdefault(aff.person.key, aff.person)
        used.setdefault(aff.org.key, aff.org)
    try:
        aliases = _aliases(ctx, used)
    except Exception as err:  # noqa: BLE001
        failed("extract:aliases", err, "other names of the actors")
        aliases = sorted({(a.key, a.surface) for a in used.values() if a.surface})
    events.sort(
        key=lambda e: (e.evidence.in_title is False, e.evidence.start, e.kind.value)
    )
    return Extraction(
        article=article,
        events=tuple(events),
        affiliations=tuple(affiliations),
        actors=tuple(used[k] for k in sorted(used)),
        aliases=tuple(aliases),
        failures=tuple(failures),
    )


def _aliases(ctx: Context, used: dict[str, ActorRef]) -> list[tuple[str, str]]:
    """Names the used actors are seen under in the article.

    A place use ("a summit in Brussels") or an office ("NATO Secretary
    General") is not another name for the actor.
    """
    doc = ctx.doc
    return sorted(
        {
            (m.actor.key, m.actor.surface)
            for m in ctx.mentions
            if m.actor.key in used
            and not ctx.is_place_use(doc[m.end - 1])
            and not any(t.lower_ in ROLE_WORDS for t in doc[m.start : m.end])
        }
        | {(a.key, a.surface) for a in used.values() if a.surface}
    )
