"""How the page draws and names things: node and edge styles, words, limits.

Every colour, shape and legend word of the page is here, so the views, the
legend and the tests read one table.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass

from kg.analytics import DEMAND
from kg.model import ActorKind, EventKind

__all__ = [
    "AFFILIATION",
    "ARTICLE",
    "CASUALTY",
    "EDGE_STYLES",
    "KIND_WORDS",
    "LITERAL",
    "MAX_GROUP_MEMBERS",
    "MAX_LABEL",
    "NODE_STYLES",
    "PLACE",
    "RELATIONS",
    "RESOURCE",
    "SYMMETRIC",
    "EdgeStyle",
    "NodeStyle",
    "count",
    "predicate_colour",
    "shorten",
]

#: longest label drawn on the canvas; the side panel has the rest
MAX_LABEL = 40
#: members a folded node names in its panel
MAX_GROUP_MEMBERS = 25
#: the node kinds of the page beside actors, demands and events
AFFILIATION, ARTICLE, PLACE, CASUALTY = "Affiliation", "Article", "Place", "Casualty"
RESOURCE, LITERAL = "Resource", "Literal"


@dataclass(frozen=True)
class NodeStyle:
    """How one kind of node is drawn and named in the legend."""

    colour: str
    shape: str
    legend: str


# Okabe-Ito colours for actors (distinguishable with the common colour-vision
# deficiencies); each event kind has a shape, and a colour of its own where
# it shares the shape with another (Paul Tol's palettes)
#: node kind -> style
NODE_STYLES: Mapping[str, NodeStyle] = {
    ActorKind.COUNTRY.value: NodeStyle("#0072B2", "dot", "Country"),
    ActorKind.ORGANIZATION.value: NodeStyle("#009E73", "dot", "Organization"),
    ActorKind.ARMED_GROUP.value: NodeStyle("#D55E00", "dot", "Armed group"),
    ActorKind.PERSON.value: NodeStyle("#CC79A7", "dot", "Person"),
    ActorKind.ACTOR.value: NodeStyle("#999999", "dot", "Other actor"),
    DEMAND: NodeStyle("#F0E442", "hexagon", "Demand"),
    EventKind.CALL.value: NodeStyle("#56B4E9", "diamond", "Call for"),
    EventKind.CONDEMNATION.value: NodeStyle("#E69F00", "triangle", "Condemnation"),
    EventKind.THREAT.value: NodeStyle("#EE6677", "triangle", "Threat"),
    EventKind.ATTACK.value: NodeStyle("#A50026", "star", "Attack"),
    EventKind.TERRITORY.value: NodeStyle("#44AA99", "square", "Territorial change"),
    EventKind.DISPLACEMENT.value: NodeStyle("#8C510A", "square", "Displacement"),
    EventKind.SUPPORT.value: NodeStyle("#117733", "triangleDown", "Support"),
    EventKind.AGREEMENT.value: NodeStyle("#332288", "diamond", "Agreement"),
    EventKind.MEETING.value: NodeStyle("#999933", "hexagon", "Meeting"),
    AFFILIATION: NodeStyle("#882255", "dot", "Affiliation"),
    ARTICLE: NodeStyle("#E8E8E8", "box", "Article"),
    PLACE: NodeStyle("#66C2A5", "ellipse", "Place"),
    CASUALTY: NodeStyle("#7F0000", "dot", "Casualty count"),
    RESOURCE: NodeStyle("#BBBBBB", "dot", "Other resource"),
    LITERAL: NodeStyle("#F7F7F7", "box", "Value"),
}


@dataclass(frozen=True)
class EdgeStyle:
    """How one relation or role is drawn and named in the legend."""

    colour: str
    legend: str


#: the relations of the actor network, in display order; the relation filter
#: offers these (an event matches the relations it gives rise to)
RELATIONS: Mapping[str, EdgeStyle] = {
    "callsFor": EdgeStyle("#56B4E9", "calls for"),
    "addresses": EdgeStyle("#3A6EA5", "calls on (addressee)"),
    "condemns": EdgeStyle("#E69F00", "condemns"),
    "threatens": EdgeStyle("#EE6677", "threatens / vows"),
    "attacks": EdgeStyle("#A50026", "attacks"),
    "territory": EdgeStyle("#44AA99", "enters / takes ground (place)"),
    "supports": EdgeStyle("#117733", "supports / stands with"),
    "agreement": EdgeStyle("#332288", "agreement (parties, broker)"),
    "meeting": EdgeStyle("#999933", "meeting (participants, who asked)"),
    "displaces": EdgeStyle("#8C510A", "displaces"),
    "affiliatedWith": EdgeStyle("#CC79A7", "speaks for / belongs to"),
}
#: relations drawn without an arrow between the parties of an agreement or
#: the participants of a meeting (a broker's or asker's edge keeps its arrow)
SYMMETRIC = frozenset({"agreement", "meeting"})
#: relation or role -> style, for every edge the page draws
EDGE_STYLES: Mapping[str, EdgeStyle] = {
    **RELATIONS,
    "reports": EdgeStyle("#BBBBBB", "article reports"),
    "agent": EdgeStyle("#555555", "agent"),
    "speaker": EdgeStyle("#888888", "speaker"),
    "addressee": EdgeStyle("#3A6EA5", "addressee"),
    "target": EdgeStyle("#E69F00", "target"),
    "perpetrator": EdgeStyle("#A50026", "perpetrator"),
    "demand": EdgeStyle("#B8A800", "demand"),
    "party": EdgeStyle("#332288", "party"),
    "broker": EdgeStyle("#8877CC", "brokered by"),
    "participant": EdgeStyle("#999933", "participant"),
    "requester": EdgeStyle("#C8C87A", "requested by"),
    "place": EdgeStyle("#66C2A5", "place"),
    "casualty": EdgeStyle("#7F0000", "casualty count"),
    "member": EdgeStyle("#CC79A7", "member"),
    "organization": EdgeStyle("#CC79A7", "organisation"),
}
# colours for the predicates of a query, picked by a stable hash of the IRI
_PALETTE = (
    "#4E79A7",
    "#F28E2B",
    "#E15759",
    "#76B7B2",
    "#59A14F",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
    "#7F7F7F",
)

#: event kind (or affiliation) -> the words the panel heads its facts with
KIND_WORDS: Mapping[str, str] = {
    EventKind.CALL.value: "Call for",
    EventKind.CONDEMNATION.value: "Condemnation",
    EventKind.ATTACK.value: "Attack",
    EventKind.DISPLACEMENT.value: "Displacement",
    EventKind.SUPPORT.value: "Support",
    EventKind.THREAT.value: "Threat",
    EventKind.AGREEMENT.value: "Agreement",
    EventKind.MEETING.value: "Meeting",
    EventKind.TERRITORY.value: "Territorial change",
    AFFILIATION: "Affiliation",
    "Statement": "Statement",
}


def predicate_colour(predicate: str) -> str:
    """A colour for a predicate, the same on every build.

    >>> predicate_colour("http://example.org/p") == predicate_colour("http://example.org/p")
    True
    """
    return _PALETTE[zlib.crc32(predicate.encode("utf-8")) % len(_PALETTE)]


def shorten(text: str, limit: int = MAX_LABEL) -> str:
    """Cut a label to ``limit`` characters.

    >>> shorten("Hayat Tahrir al-Sham and friends", 12)
    'Hayat Tahri…'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def count(n: int, noun: str) -> str:
    """A number and its noun.

    >>> count(1, "article"), count(1500, "node")
    ('1 article', '1,500 nodes')
    """
    return f"{n:,} {noun}" + ("" if n == 1 else "s")
