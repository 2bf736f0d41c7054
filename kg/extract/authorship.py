"""Who speaks as "we" and "I": the author of a statement, speech or readout.

Press releases, joint statements and speeches speak in the first person ("We
call on all parties to ...", "I urge you to ...").  Their agent is the text's
author, found in this order:

1. a speaker the text introduces: "Statement by Ambassador X, UK Deputy
   Permanent Representative ...", "Remarks by Ambassador X", a transcript's
   "SECRETARY BLINKEN:" label, a title led by a person ("Secretary Blinken at
   a Press Availability", "Secretary Blinken's Call with ...");
2. the title: "UK statement at the UN Security Council", "The UK calls for
   ...", "UK: RSF leaders to face justice", "Statement by the High
   Representative" (an office, through :mod:`kg.extract.roles`);
3. the record's publisher (name, else URL host; see ``ontology/publishers.tsv``).

A news outlet or wire service is never an author.  A byline names a journalist,
who speaks for no one in the text, so it is not read.  A text is *authored*
(its impersonal obligations, "Russia must withdraw", are its author's calls)
when it has an author and either speaks in the first person outside quotes or
comes from an official publisher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.lexicon import ROLE_WORDS, SUBJ_DEPS, is_self_pronoun
from kg.gazetteer import Entry
from kg.model import ActorKind, ActorRef

if TYPE_CHECKING:
    from kg.extract.actors import Context

# nouns that name a statement: "UK statement", "Remarks by", "Secretary Blinken's Call"
STATEMENT_NOUNS = frozenset(
    {
        "statement",
        "statements",
        "remarks",
        "readout",
        "explanation",
        "speech",
        "address",
        "briefing",
        "message",
        "letter",
        "declaration",
        "communique",
        "communiqué",
        "interview",
        "transcript",
        "testimony",
        "call",
        "availability",
        "conference",
        "update",
        "release",
        "op-ed",
        "article",
        "note",
    }
)
# verbs that deliver a statement: "Explanation of Vote Delivered by Ambassador X"
DELIVER_VERBS = frozenset({"deliver", "make", "give", "issue", "read", "present"})
# title verbs whose subject speaks: "The UK calls for", "U.S. Condemns", "UK Vows"
TITLE_SPEECH_VERBS = frozenset(
    {
        "call",
        "condemn",
        "urge",
        "demand",
        "welcome",
        "say",
        "declare",
        "reiterate",
        "vow",
        "summon",
        "stress",
        "warn",
        "express",
        "deplore",
        "denounce",
        "reaffirm",
        "announce",
        "tell",
        "ask",
        "press",
        "extend",
        "thank",
        "commend",
        "mourn",
        "note",
        "reject",
        "applaud",
        "appeal",
        "insist",
        "support",
        "offer",
        "pledge",
        "commit",
        "raise",
        "underline",
        "highlight",
        "remain",
    }
)
# adjectives of a stance in a title: "The UK is deeply concerned at ..."
STANCE_ADJS = frozenset(
    {"concerned", "alarmed", "appalled", "shocked", "saddened", "committed", "clear"}
)
# modals that make a title's subject the one who must act, not the speaker
_OBLIGATION_AUX = frozenset({"must", "should", "need", "needs", "ought"})
# a transcript's speaker label at the start of a line: "SECRETARY BLINKEN:"
_LABEL_RE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+){0,4})[ \t]*:"
)
# sentences of the body read for an introduced speaker
_INTRO_SENTENCES = 3
# verbs a statement opens with, which the parser may take for nouns
_STATEMENT_VERBS = frozenset(
    {
        "condemn",
        "condemns",
        "call",
        "calls",
        "urge",
        "urges",
        "welcome",
        "welcomes",
        "express",
        "expresses",
        "reaffirm",
        "reaffirms",
        "note",
        "notes",
        "deplore",
        "deplores",
        "denounce",
        "denounces",
    }
)
# the separators of a list of names: commas, "and", parentheses, "of"
_LIST_SPLIT = re.compile(r",|\band\b|\(|\)|\bof\b|;")
# publishers that are armed forces or their ministries
_MILITARY_PUBLISHER = re.compile(
    r"\b(?:army|armed forces|defen[cs]e|military|general staff|navy|air force|"
    r"public relations|idf|forces)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Author:
    """Who a text speaks for when it says "we".

    ``actors`` are the states or organisations (several for a joint
    statement), ``speaker`` the person voicing it if the text introduces one,
    ``found_in`` where it was read: ``intro``, ``label``, ``title`` or
    ``publisher``.
    """

    actors: tuple[ActorRef, ...]
    speaker: ActorRef | None
    found_in: str


def find_author(ctx: Context) -> Author | None:
    """The author of the article in ``ctx``, or None when it has none."""
    published = ctx.gaz.publisher(ctx.article.publisher, ctx.article.url)
    publisher = _entry_actor(published) if isinstance(published, Entry) else None
    # a joint statement speaks for all who sign it, whoever is named first
    joint = _joint_authors(ctx)
    if joint:
        return Author(tuple(joint), None, "title")
    # "I make this statement on behalf of A, B and C"
    behalf = _on_behalf_of(ctx)
    if len(behalf) > 1:
        return Author(tuple(behalf), None, "intro")
    speaker, found_in = _introduced_speaker(ctx)
    title = _title_actors(ctx, publisher)
    if speaker is not None:
        org = ctx.speaks_for(speaker)
        if org.key != speaker.key:
            return Author((org,), speaker, found_in)
        owners = [
            o
            for o in (ctx.speaks_for(a) for a in title)
            if o.kind is not ActorKind.PERSON
        ] or ([publisher] if publisher is not None else [])
        if owners:
            return Author(tuple(_unique(owners)), speaker, found_in)
    # "Ministries of Foreign Affairs of Egypt, Jordan, Qatar and Türkiye"
    signatories = _publisher_signatories(ctx)
    if len(signatories) > 1:
        return Author(tuple(signatories), None, "publisher")
    if title:
        persons = [a for a in title if a.kind is ActorKind.PERSON]
        actors = [
            o
            for o in _unique(ctx.speaks_for(a) for a in title)
            if o.kind is not ActorKind.PERSON
        ]
        if not actors and publisher is not None:
            actors = [publisher]
        if actors:
            return Author(tuple(actors), persons[0] if persons else None, "title")
    if publisher is not None:
        return Author((publisher,), None, "publisher")
    return None


# verbs of speaking for others: "I speak / make this statement on behalf of"
_SPEAK_FOR_VERBS = frozenset({"speak", "make", "deliver", "read", "have", "give"})
# how far into a text the speaker says for whom they speak
_BEHALF_SENTENCES = 4


def _on_behalf_of(ctx: Context) -> list[ActorRef]:
    """The states and bodies a speaker says they speak for, near the start:
    "I am making the following statement on behalf of A, B and C", "I have
    the honour to speak on behalf of A and B" (states named, not "the
    Group of Friends" alone)."""
    for sent in ctx.sents[:_BEHALF_SENTENCES]:
        for tok in sent:
            if tok.lower_ != "behalf" or tok.i < 1 or tok.doc[tok.i - 1].lower_ != "on":
                continue
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is None or verb.lemma_.lower() not in _SPEAK_FOR_VERBS:
                continue
            if not any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children
            ) and not any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we")
                for a in verb.ancestors
                for c in a.children
            ):
                continue
            for of in (
                c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            ):
                for pobj in (c for c in of.children if c.dep_ == "pobj"):
                    found = [
                        a
                        for a in ctx.np_actors(pobj, resolve=False)
                        if a.kind is not ActorKind.PERSON and a.key in ctx.gaz.entries
                    ]
                    if found:
                        return _unique(found)
    return []


def military_author(ctx: Context) -> ActorRef | None:
    """The state whose armed forces publish this text, if they do: a
    communique says "troops", "the forces", "our units" of its own."""
    author = ctx.author_if_known()
    publisher = ctx.article.publisher or ""
    if (
        author is None
        or author.found_in != "publisher"
        or len(author.actors) != 1
        or author.actors[0].kind is not ActorKind.COUNTRY
        or not _MILITARY_PUBLISHER.search(publisher)
    ):
        return None
    return author.actors[0]


def is_authored(ctx: Context, author: Author | None) -> bool:
    """Whether the text's impersonal obligations are its author's calls."""
    if author is None:
        return False
    published = ctx.gaz.publisher(ctx.article.publisher, ctx.article.url)
    return isinstance(published, Entry) or speaks_in_first_person(ctx)


def speaks_in_first_person(ctx: Context) -> bool:
    """Whether the body says "we", "our", "I" ... outside quotes."""
    start = _body_start_token(ctx)
    return any(is_self_pronoun(t) and not ctx.in_quote(t) for t in ctx.doc[start:])


def _joint_authors(ctx: Context) -> list[ActorRef]:
    """The states a joint statement names as its first subject: "The United
    Kingdom, Canada and the United States condemn ..." (with "joint" in the
    title)."""
    titles = _title_sents(ctx)
    if not any("joint" in s.text.lower() for s in titles):
        return []
    for sent in _intro_sents(ctx)[:1]:
        for tok in sent:
            if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT":
                actors = [
                    a
                    for a in ctx.np_actors(tok, resolve=False)
                    if a.kind is not ActorKind.PERSON
                ]
                if len(actors) > 1:
                    return _known_first(ctx, actors)
        # a list too long for the parser: the names before the first verb
        # ("The Foreign Ministers of A, B, C and D condemn ...")
        head: list[Token] = []
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") or tok.lower_ in _STATEMENT_VERBS:
                break
            head.append(tok)
        actors = [a for a in ctx.actors_in(head) if a.kind is not ActorKind.PERSON]
        if len(actors) > 1:
            return _known_first(ctx, _unique(actors))
    return []


def _known_first(ctx: Context, actors: list[ActorRef]) -> list[ActorRef]:
    """The signatories the gazetteer knows, when two or more are known: "the
    Governments of Norway, Kenya and Japan" signs as the three states, not
    also as a body called "Governments of Norway"."""
    known = [a for a in actors if a.key in ctx.gaz.entries]
    return known if len(known) > 1 else actors


def _publisher_signatories(ctx: Context) -> list[ActorRef]:
    """The states and bodies a publisher's name lists: "Troika (Norway,
    United Kingdom, United States) and European Union"."""
    name = ctx.article.publisher or ""
    parts = [p.strip() for p in _LIST_SPLIT.split(name) if p.strip()]
    if len(parts) < 2:
        return []
    found = []
    for part in parts:
        entry = ctx.gaz.lookup(part)
        if entry is not None and entry.kind is not ActorKind.PERSON:
            found.append(_entry_actor(entry))
    return _unique(found)


# the speaker the text introduces ---------------------------------------------------


def _introduced_speaker(ctx: Context) -> tuple[ActorRef | None, str]:
    region = _title_sents(ctx) + _intro_sents(ctx)
    for sent in region:
        for m in ctx.mentions:
            if not (sent.start <= m.start < sent.end):
                continue
            if m.actor.kind is not ActorKind.PERSON:
                continue
            root = ctx.doc[m.end - 1]
            if _in_by_phrase(root) or _leads_title(ctx, root, sent):
                return m.actor, "intro"
    label = _speaker_label(ctx)
    return (label, "label") if label is not None else (None, "")


def _in_by_phrase(tok: Token) -> bool:
    """ "Statement by X", "Remarks by X", "Explanation of Vote Delivered by X"."""
    head = tok
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in ("by", "from"):
        return False
    owner = head.head.head
    lemma = owner.lemma_.lower()
    # "Statement by X ...", "Explanation of Vote Delivered by X": the statement
    # opens its sentence ("We will hear updates from X" introduces a briefer)
    near_start = owner.i - owner.sent.start <= 4
    # the statement heads its sentence: not "we will hear updates from X"
    heads = owner.dep_ == "ROOT" or (
        lemma in DELIVER_VERBS and owner.dep_ in ("acl", "ROOT", "relcl")
    )
    return near_start and heads and (lemma in STATEMENT_NOUNS or lemma in DELIVER_VERBS)


def _leads_title(ctx: Context, tok: Token, sent: Span) -> bool:
    """A person at the head of a title: "Secretary X at a Press Availability",
    "Secretary X's Call with ...", "Ambassador X condemns ..."."""
    if not _is_title_sent(ctx, sent):
        return False
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "ROOT":
        return True
    if head.dep_ == "poss" and head.head.lemma_.lower() in STATEMENT_NOUNS:
        return True
    return head.dep_ in SUBJ_DEPS and head.head.lemma_.lower() in TITLE_SPEECH_VERBS


def _speaker_label(ctx: Context) -> ActorRef | None:
    """The person of a transcript's first "SECRETARY BLINKEN:" label."""
    body = ctx.text[ctx.article.body_offset :]
    for m in _LABEL_RE.finditer(body[:2000]):
        words = [w for w in m.group(1).split() if w.lower() not in ROLE_WORDS]
        words = [w for w in words if w.lower() not in ("mr.", "ms.", "mrs.", "dr.")]
        for n in range(len(words)):
            entry = ctx.gaz.lookup(" ".join(words[n:]).title())
            if entry is not None and entry.kind is ActorKind.PERSON:
                return ActorRef(entry.key, entry.label, entry.kind, m.group(1))
        return None  # only the first label introduces the speaker
    return None


# the title ----------------------------------------------------------------------


def _title_actors(ctx: Context, publisher: ActorRef | None) -> list[ActorRef]:
    """Actors a title presents as the speaker: the owner of a statement ("UK
    statement", "Statement by the High Representative") before the subject of a
    verb of saying ("The UK calls for ...", "U.S. Condemns ...").

    A place or country before a colon ("Ukraine: Statement by ...", "Sudan:
    UN demands ...") is the topic, not the speaker, and the passive subject of
    "told" is the one spoken to.
    """
    from kg.extract.roles import role_actor

    found: dict[int, list[ActorRef]] = {}
    for sent in _title_sents(ctx):
        for tok in sent:
            rank = _speaker_slot(tok)
            if rank is None or ctx.is_place_use(tok):
                continue
            # "Joint statement by the foreign ministers of A, B and C": each
            actors = ctx.np_actors(tok, resolve=False)
            if not actors and tok.lower_ in ROLE_WORDS | {"representative"}:
                role = role_actor(ctx, tok, owner=publisher)
                actors = [role] if role is not None else []
            found.setdefault(rank, []).extend(actors)
        found = {k: v for k, v in found.items() if v}
    return _unique(found[min(found)]) if found else []


def _speaker_slot(tok: Token) -> int | None:
    """How surely ``tok`` heads a title's speaker (0 surest), or None: the owner
    or "by" of a statement (0), the subject of a verb of saying or of a stance
    ("The UK is deeply concerned") (1)."""
    if tok.pos_ not in ("PROPN", "NOUN"):
        return None
    dep, head = tok.dep_, tok.head
    if dep in ("compound", "flat") and head.pos_ in ("PROPN", "NOUN"):
        # the head of the name decides ("UK statement": the name modifies)
        return 0 if head.lemma_.lower() in STATEMENT_NOUNS else None
    if dep in ("poss", "nmod", "amod") and head.lemma_.lower() in STATEMENT_NOUNS:
        return 0
    if dep == "pobj" and head.lower_ in ("by", "from"):
        owner = head.head.lemma_.lower()
        return 0 if owner in STATEMENT_NOUNS | DELIVER_VERBS else None
    if dep == "nsubj":
        verb = head
        if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in verb.children):
            return None
        if verb.lemma_.lower() in TITLE_SPEECH_VERBS:
            return 1
        if verb.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in STANCE_ADJS for c in verb.children
        ):
            return 1
    return None


# where the title and the intro are --------------------------------------------------


def _title_sents(ctx: Context) -> list[Span]:
    art = ctx.article
    if art.clean_title:
        end = art.body_offset
    elif art.title:
        end = ctx.text.find(art.title) + len(art.title)
    else:
        return []
    return [s for s in ctx.sents if s.start_char < end]


def _is_title_sent(ctx: Context, sent: Span) -> bool:
    return any(s.start == sent.start for s in _title_sents(ctx))


def _body_start_token(ctx: Context) -> int:
    titles = _title_sents(ctx)
    return titles[-1].end if titles else 0


def _intro_sents(ctx: Context) -> list[Span]:
    start = _body_start_token(ctx)
    return [s for s in ctx.sents if s.start >= start][:_INTRO_SENTENCES]


def _entry_actor(entry: Entry) -> ActorRef:
    return ActorRef(entry.key, entry.label, entry.kind, entry.label)


def _unique(actors: object) -> list[ActorRef]:
    out: list[ActorRef] = []
    for a in actors:  # type: ignore[attr-defined]
        if a.key not in {b.key for b in out}:
            out.append(a)
    return out
