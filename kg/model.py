"""Plain, frozen records that travel from ingestion through extraction to RDF.

Nothing here knows about spaCy or rdflib: extractors build these objects from a
parsed Doc, and :mod:`kg.rdf` turns them into triples.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class CasualtyType(str, enum.Enum):
    """What happened to the people counted (``kg:Killed`` and its siblings)."""

    KILLED = "Killed"
    WOUNDED = "Wounded"
    DISPLACED = "Displaced"


class Qualifier(str, enum.Enum):
    """The hedge on a count (``kg:AtLeast`` and its siblings)."""

    EXACTLY = "Exactly"
    AT_LEAST = "AtLeast"
    MORE_THAN = "MoreThan"
    APPROXIMATELY = "Approximately"
    AT_MOST = "AtMost"
    UNKNOWN = "Unknown"  # harmed, but the text gives no number


class EventKind(str, enum.Enum):
    """Event classes of the ontology; the value is the class's local name."""

    CALL = "CallFor"
    CONDEMNATION = "Condemnation"
    ATTACK = "Attack"
    DISPLACEMENT = "Displacement"
    AGREEMENT = "Agreement"
    MEETING = "Meeting"
    SUPPORT = "Support"
    THREAT = "Threat"
    TERRITORY = "TerritorialChange"
    QUOTE = "Quote"


class ActorKind(str, enum.Enum):
    """Actor classes of the ontology; the value is the class's local name."""

    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    ARMED_GROUP = "ArmedGroup"
    ACTOR = "Actor"  # kind unknown


@dataclass(frozen=True)
class Article:
    """One news article.

    ``text`` and ``title`` are the original strings; every stored offset points
    into them.  ``clean_text`` and ``clean_title`` have exactly the same length
    as the originals, with scraping debris blanked out, so an offset into the
    clean string is an offset into the original.
    """

    id: str
    text: str
    clean_text: str
    title: str | None = None
    clean_title: str | None = None
    url: str | None = None
    date: dt.date | None = None
    date_source: str | None = None  # "record" or "text" (a leading date line)
    source: str | None = None  # file the article was read from
    # who issued or published the text (a record's "publisher" or "source"): the
    # author of its first-person statements unless it is a news outlet
    publisher: str | None = None

    @property
    def doc_text(self) -> str:
        """The string handed to spaCy: clean title, blank line, clean text."""
        if self.clean_title:
            return self.clean_title + "\n\n" + self.clean_text
        return self.clean_text

    @property
    def body_offset(self) -> int:
        """Offset of the body inside :attr:`doc_text`."""
        return len(self.clean_title) + 2 if self.clean_title else 0


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: offsets into the article text (or its title)."""

    article_id: str
    start: int
    end: int
    sentence: str
    extractor: str  # versioned rule name, e.g. "calls.v1"
    in_title: bool = False


@dataclass(frozen=True)
class ActorRef:
    """A resolved actor.

    ``key`` identifies the real-world actor across the corpus: a gazetteer id
    for known actors, otherwise a normalised name.  ``surface`` is the text
    seen in the article.
    """

    key: str
    label: str
    kind: ActorKind = ActorKind.ACTOR
    surface: str = ""


@dataclass(frozen=True)
class Amount:
    """A count read from text, with its hedge and, for vague amounts, a range.

    ``value`` is None when the text gives no number ("civilians were killed",
    qualifier ``UNKNOWN``); ``inferred`` marks a count read from a singular
    victim rather than a number ("a journalist was shot dead": 1).
    """

    value: int | None
    qualifier: Qualifier = Qualifier.EXACTLY
    maximum: int | None = None
    text: str = ""
    inferred: bool = False


@dataclass(frozen=True)
class Casualty:
    """People killed, wounded or displaced, as one sentence counts them."""

    type: CasualtyType
    amount: Amount
    evidence: Evidence
    victim: str | None = None
    victim_actor: ActorRef | None = None  # a named victim: "X was shot dead"
    # the index, in the same event, of the count this one is part of: "killed
    # 11 civilians, including 10 children" (never summed with it)
    part_of: int | None = None


@dataclass(frozen=True)
class Event:
    """A statement or incident read from one sentence.

    Calls carry ``demands`` (local names of SKOS concepts) and ``addressees``;
    condemnations carry ``targets``; attacks and displacements carry
    ``casualties``, a ``place`` and ``means``.
    """

    kind: EventKind
    evidence: Evidence
    agent: ActorRef | None = None
    speaker: ActorRef | None = None
    addressees: tuple[ActorRef, ...] = ()
    targets: tuple[ActorRef, ...] = ()
    demands: tuple[str, ...] = ()
    demand_text: str | None = None
    cue: str | None = None
    quote: str | None = None
    place: str | None = None
    means: str | None = None
    means_type: str | None = None  # local name in kg:MeansScheme
    agent_text: str | None = None  # an unresolved perpetrator: "gunmen"
    target_text: str | None = None  # what was struck, as written
    casualties: tuple[Casualty, ...] = field(default=())
    date: dt.date | None = None  # when it happened, as the sentence dates it
    date_text: str | None = None
    date_method: str | None = None  # see kg.extract.timex.DateMention
    date_end: dt.date | None = None  # set when the date is an interval ("since 2011")
    reported_by: tuple[ActorRef, ...] = ()  # "according to X", "X reported"
    participants: tuple[ActorRef, ...] = ()  # meeting participants, agreement parties
    brokers: tuple[
        ActorRef, ...
    ] = ()  # who brokered an agreement / asked for a meeting
    status: str | None = None  # local name in kg:StatusScheme ("Planned", "Agreed"...)
    kind_text: str | None = None  # what was agreed: "ceasefire", "memorandum"...
    in_quote: int | None = None  # start offset of the kg:Quote the fact sits in


@dataclass(frozen=True)
class Affiliation:
    """A person's membership of, or office in, an organisation or state."""

    person: ActorRef
    org: ActorRef
    evidence: Evidence
    role: str | None = None


@dataclass(frozen=True)
class Failure:
    """A stage of reading one article that raised, and what it cost.

    ``stage`` names it (``"parse"``, ``"extract:calls.v1"``, ``"rdf"``...);
    ``message`` is the exception's type and text; ``lost`` says which facts
    the article lacks because of it.
    """

    stage: str
    message: str
    lost: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    events: tuple[Event, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    actors: tuple[ActorRef, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()  # (actor key, surface form)
    failures: tuple[Failure, ...] = ()  # stages that raised; the rest stands
