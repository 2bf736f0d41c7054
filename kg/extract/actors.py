"""Actor mentions, their resolution, and the discourse state the extractors share.

A :class:`Context` is built once per parsed article.  It finds every actor
mention (gazetteer names tagged by the entity ruler, named entities, demonym +
force noun such as "Syrian government forces"), resolves surnames to full names,
pronouns to the last fitting actor, quotes to their speaker, and persons to
the organisation or state they speak for.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.authorship import Author, find_author, is_authored, military_author
from kg.extract.groups import group_members
from kg.extract.home import RULING_FORCE_NOUNS, ruling_forces
from kg.extract.lexicon import (
    ACT_NOUNS,
    FORCE_NOUNS,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    ROLE_WORDS,
    SAY_VERBS,
    SELF_PRONOUNS,
    SUBJ_DEPS,
    is_self_pronoun,
    it_names_an_act,
)
from kg.extract.roles import role_actor
from kg.extract.turns import turn_speaker
from kg.gazetteer import Entry, Gazetteer, normalize_name
from kg.model import ActorKind, ActorRef, Article, Evidence
from kg.names import clean_name, slugify

# titles before a person's name: "Ambassador Holland" is a person, not a country
HONORIFICS = frozenset(
    {
        "ambassador",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "secretary",
        "minister",
        "senator",
        "envoy",
        "commissioner",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "sir",
        "dame",
        "lord",
        "lady",
    }
)
# entity labels that name actors (GPE only when the gazetteer knows a state)
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# prepositions whose object is a place, not an actor
_PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "from",
        "into",
        "across",
        "inside",
        "outside",
        "around",
        "throughout",
        "toward",
        "towards",
        "to",
        "within",
        "between",
        "on",
    }
)
# parts of a body named after it: "the head of the UN mission"
_ORGAN_NOUNS = frozenset(
    {"mission", "delegation", "office", "agency", "team", "secretariat", "commission"}
)
# adjectives that say what kind a group is, not which: "the paramilitary group"
_KIND_ADJS = frozenset(
    {
        "paramilitary",
        "militant",
        "armed",
        "rebel",
        "jihadist",
        "islamist",
        "insurgent",
        "separatist",
        "extremist",
        "terrorist",
        "militia",
        "military",
        "regional",
        "international",
    }
)
# of those, the ones that say the group is armed: "the paramilitary group"
_ARMED_ADJS = _KIND_ADJS - {"regional", "international", "military"}
# definite common nouns that refer back to a group actor already named (not
# "militants" or "rebels": they rarely mean the state last named)
_GROUP_ANAPHORS = frozenset(
    {
        "alliance",
        "bloc",
        "organisation",
        "organization",
        "union",
        "council",
        "leaders",
        "allies",
        "regime",
        "government",
        "coalition",
        "group",
        "body",
        "administration",
        "ministry",
        "agency",
        "country",
        "kingdom",
        "republic",
        "officials",
        "members",
        "states",
        "movement",
    }
)
_QUOTE_CHARS = '"'
# people named by where they live: "Usterzai's residents" are not Usterzai
_INHABITANT_NOUNS = frozenset(
    {
        "residents",
        "villagers",
        "inhabitants",
        "people",
        "locals",
        "citizens",
        "civilians",
        "families",
        "children",
        "women",
        "men",
        "population",
    }
)
# occupations that a nationality does not make an office: "British journalist X"
PRIVATE_ROLES = frozenset(
    {
        "journalist",
        "reporter",
        "correspondent",
        "analyst",
        "researcher",
        "writer",
        "expert",
        "activist",
        "editor",
        "photographer",
        "commentator",
        "scholar",
        "academic",
        "blogger",
        "member",
        "founder",
        "executive",
        "ceo",
        "director",
    }
)
# words that make an ORG name a state body: "Turkish Defence Ministry"
_STATE_BODY_WORDS = frozenset(
    {
        "command",
        "ministry",
        "army",
        "forces",
        "government",
        "military",
        "navy",
        "police",
        "presidency",
        "cabinet",
        "parliament",
        "guard",
        "corps",
        "office",
        "embassy",
        "commission",
        "mission",
        "consulate",
        "delegation",
    }
)
# words that make a national body independent of the state it is named after
_INDEPENDENT_WORDS = frozenset(
    {
        "rights",
        "red",
        "crescent",
        "episcopal",
        "bishops",
        "churches",
        "bar",
        "university",
        "independent",
        "ombudsman",
        "electoral",
        "reconciliation",
        "opposition",
        "association",
        "society",
        "foundation",
    }
)
# nouns that make a name a place: "Hatay region", "Idlib province"
# "Ethiopia's neighbours", "Russia's allies", "the regime's critics": others
# than the one whose they are said to be
_OTHER_PARTY_NOUNS = frozenset(
    {
        "neighbour",
        "neighbor",
        "ally",
        "enemy",
        "opponent",
        "critic",
        "rival",
        "foe",
        "adversary",
        "partner",
        "victim",
        "detractor",
        "backer",
        "supporter",
    }
)

_PLACE_NOUNS = frozenset(
    {
        "region",
        "province",
        "governorate",
        "city",
        "town",
        "village",
        "district",
        "county",
        "state",
        "area",
        "border",
        "camp",
        "crossing",
        "valley",
        "river",
    }
)


@dataclass(frozen=True)
class Mention:
    """An actor named in the text, as tokens ``start:end``."""

    start: int
    end: int
    actor: ActorRef
    label: str  # spaCy entity label


@dataclass(frozen=True)
class AffiliationMention:
    """A person tied to an organisation or state by a role phrase."""

    person: ActorRef
    org: ActorRef
    role: str | None
    sent: Span
    from_gazetteer: bool = False


# words after "<name>-" that make the name a backer, base or sanctioner of
# the group named, never the group: "the UN-sanctioned M23", "Iran-backed
# militias", "the Pakistan-based Lashkar-e-Taiba"
_MODIFIER_PARTICIPLES = frozenset(
    {
        "sanctioned",
        "designated",
        "listed",
        "based",
        "backed",
        "supported",
        "sponsored",
        "funded",
        "armed",
        "trained",
        # "the al-Qaida-linked group": a group of its own
        "linked",
        "affiliated",
        "aligned",
        "allied",
        "inspired",
    }
)


# members of a named group: "terrorists of X", "rebels of the Y movement"
_MEMBER_NOUNS = frozenset(
    {
        "terrorists",
        "militants",
        "rebels",
        "insurgents",
        "members",
        "gunmen",
        "combatants",
        "elements",
        "operatives",
        "cadres",
    }
)


# people who work for a body: "a senior researcher at Human Rights Watch"
_STAFF_NOUNS = frozenset(
    {
        "researcher",
        "researchers",
        "director",
        "colleagues",
        "staff",
        "official",
        "officials",
        "analyst",
        "expert",
        "experts",
        "adviser",
        "advisor",
        "lawyer",
        "coordinator",
        "officer",
        "campaigner",
        "investigator",
        "investigators",
        "spokesperson",
        "spokesman",
        "spokeswoman",
    }
)


def names_an_organ(tok: Token) -> bool:
    """Whether a noun names a state's people or organs ("government",
    "officials", "spokesman", "forces"), which a capital before it speaks for."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    return any(
        w in words
        for w in (low, lemma)
        for words in (
            FORCE_NOUNS,
            ROLE_WORDS,
            _ORGAN_NOUNS,
            _STAFF_NOUNS,
            _MEMBER_NOUNS,
        )
    ) or lemma in ("statement", "government", "regime", "administration", "leadership")


def modifier_only(tok: Token) -> bool:
    """Whether a name only qualifies the noun after it ("Iran-backed")."""
    end = tok.i
    while end + 1 < len(tok.doc) and tok.doc[end + 1].ent_iob_ == "I":
        end += 1
    nxt = tok.doc[end + 1 : end + 3]
    return (
        len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ in _MODIFIER_PARTICIPLES
    )


class Context:
    """Everything the extractors of one article share.

    Args:
        doc: the parsed article (``article.doc_text``).
        article: the article, for offsets and evidence.
        gazetteer: known actors.
    """

    def __init__(self, doc: Doc, article: Article, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.article = article
        self.gaz = gazetteer
        # Doc.text and Token.sent are recomputed on every access: compute them once
        self.text = doc.text
        self.sents: list[Span] = list(doc.sents)
        self._sent_starts = [s.start_char for s in self.sents]
        # doc.ents builds its spans anew on every access: index them once
        self._ents: list[Span] = list(doc.ents)
        self._ent_starts = [e.start for e in self._ents]
        self._ent_of = [-1] * len(doc)
        for n, ent in enumerate(self._ents):
            for i in range(ent.start, ent.end):
                self._ent_of[i] = n
        self._sent_index = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self._sent_index[i] = k
        self.mentions: list[Mention] = []
        # transcript turn labels, found once (kg.extract.turns)
        self.turn_labels: list[re.Match[str]] | None = None
        # what modules beside this one find once per article (kg.extract.home,
        # kg.extract.groups, kg.extract.attacks)
        self.memo: dict[str, object] = {}
        self._by_token: dict[int, Mention] = {}
        self._find_mentions()
        # every list a method below may read exists before any of them runs
        self.affiliations: dict[str, AffiliationMention] = {}
        # persons an office is named for but no organisation ("Minister for
        # Foreign Affairs Jane Doe"): they speak for the text's author
        self._roled: set[str] = set()
        self._subjects: list[tuple[int, ActorRef]] = []
        self._persons: list[tuple[int, ActorRef]] = []
        self._speakers: list[tuple[int, ActorRef]] = []
        self._objects: list[tuple[int, ActorRef]] = []
        self._quoted: set[int] | None = None
        # the author is found on first use after construction, once mentions,
        # affiliations and quotes are known ("blocked" until then, "finding"
        # while it is being found, then "known")
        self._author: Author | None = None
        self._authored = False
        self._author_state = "blocked"
        # named subjects first: "its spokesman X" resolves "its" through them
        self._find_named_salience()
        self._find_affiliations()
        # then subjects and speakers that need affiliations ("the Assad regime")
        self._find_salience()
        self._quote_of: dict[int, tuple[int, int]] = {}
        self._speaker_of_quote: dict[tuple[int, int], ActorRef] = {}
        self._quote_cue: dict[tuple[int, int], str] = {}
        # quotes attributed to an office: span -> (subject token, cue)
        self._role_speakers: dict[tuple[int, int], tuple[int, str]] = {}
        self._role_subject: tuple[int, str] | None = None
        self._find_quotes()
        self._author_state = "unknown"

    # authorship ---------------------------------------------------------------

    @property
    def author(self) -> Author | None:
        """Who the text speaks for when it says "we" (:mod:`kg.extract.authorship`)."""
        if self._author_state == "unknown":
            self._author_state = "finding"
            self._author = find_author(self)
            self._authored = is_authored(self, self._author)
            self._author_state = "known"
        return self._author

    def author_if_known(self) -> Author | None:
        """The author, unless it is being found right now (no recursion)."""
        if self._author_state in ("blocked", "finding"):
            return None
        return self.author

    @property
    def authored(self) -> bool:
        """Whether impersonal obligations ("X must stop") are the author's calls."""
        return self.author is not None and self._authored

    def first_person(self, tok: Token) -> list[ActorRef]:
        """Who "we", "our" or "I" at ``tok`` is: the quote's speaker, the speaker
        of the sentence, or else the text's author (each member of a joint one).

        A first-person pronoun that none of these explains is nobody: never the
        last actor named, who is as often the one addressed.
        """
        # "We, the foreign ministers of A, B and C, call ...": the appositive
        for c in tok.children:
            if c.dep_ == "appos":
                named = self.np_actors(c, resolve=False)
                if named:
                    return named
        speaker = self.speaker_of(tok)
        if speaker is not None:
            return [speaker]
        if self.in_quote(tok):
            return []
        # "We stand by Ukraine, the British prime minister said."
        own = self._own_speaker(tok)
        if own is not None:
            return [own]
        # "Sheikh Mohammed, Qatar's prime minister: ... I would urge ..."
        turn = turn_speaker(self, tok)
        if turn is not None:
            return [turn]
        author = self.author_if_known()
        if author is None:
            return []
        if author.speaker is not None and len(author.actors) == 1:
            return [author.speaker]
        return list(author.actors)

    # mentions --------------------------------------------------------------

    def _entry_actor(self, entry: Entry, surface: str) -> ActorRef:
        return ActorRef(entry.key, entry.label, entry.kind, surface)

    def _find_mentions(self) -> None:
        doc = self.doc
        full_names: dict[str, ActorRef] = {}
        family_first: dict[str, ActorRef] = {}
        for ent in self._ents:
            if ent.label_ not in _ACTOR_LABELS:
                continue
            actor = self._actor_of_entity(ent)
            if actor is None:
                continue
            if actor.kind is ActorKind.PERSON and len(ent) > 1:
                last = slugify(ent[-1].text)
                full_names.setdefault(last, actor)
                # a family name written first: "Ban Ki-moon ... said Ban"
                family_first.setdefault(slugify(ent[0].text), actor)
            self._add(Mention(ent.start, ent.end, actor, ent.label_))
        # surnames alone resolve to a full name seen anywhere in the article
        # (NER sometimes tags a lone surname as ORG: "Amor said")
        for i, m in enumerate(self.mentions):
            if (
                m.end - m.start == 1
                and m.actor.key not in self.gaz.entries
                and (m.actor.kind in (ActorKind.PERSON, ActorKind.ORGANIZATION))
            ):
                alone = slugify(m.actor.surface)
                full = full_names.get(alone) or family_first.get(alone)
                if full is not None and full.key != m.actor.key:
                    actor = ActorRef(full.key, full.label, full.kind, m.actor.surface)
                    self.mentions[i] = Mention(m.start, m.end, actor, "PERSON")
                    for t in range(m.start, m.end):
                        self._by_token[t] = self.mentions[i]
        self.mentions.sort(key=lambda m: m.start)
        # "Ukraine's Foreign Ministry": an unnamed state body belongs to the state
        for i, m in enumerate(self.mentions):
            if m.actor.key in self.gaz.entries or m.label != "ORG" or m.start < 2:
                continue
            if not any(t.lower_ in _STATE_BODY_WORDS for t in doc[m.start : m.end]):
                continue
            if doc[m.start - 1].lower_ not in ("'s", "\u2019s", "'"):
                continue
            owner = self._by_token.get(m.start - 2)
            if owner is not None and owner.actor.kind is ActorKind.COUNTRY:
                actor = ActorRef(
                    owner.actor.key,
                    owner.actor.label,
                    owner.actor.kind,
                    m.actor.surface,
                )
                self.mentions[i] = Mention(m.start, m.end, actor, m.label)
                for t in range(m.start, m.end):
                    self._by_token[t] = self.mentions[i]

    def _add(self, m: Mention) -> None:
        self.mentions.append(m)
        for t in range(m.start, m.end):
            self._by_token[t] = m

    def _actor_of_entity(self, ent: Span) -> ActorRef | None:
        surface = clean_name(ent.text)
        if not surface:
            return None
        # "Ambassador Holland", "Mr Jordan": an honorific makes a lone name a
        # person's, even one a country goes by
        if (
            len(ent) == 1
            and ent.start > 0
            and self.doc[ent.start - 1].lower_ in HONORIFICS
            and self.doc[ent.start - 1].is_title
            and ent.label_ in ("GPE", "ORG", "NORP", "PERSON")
        ):
            return ActorRef(slugify(surface), surface, ActorKind.PERSON, surface)
        if ent.ent_id_ and ent.ent_id_ in self.gaz.entries:
            owner = self._council_owner(ent) or self._state_named_before(ent)
            if owner is not None:
                return self._entry_actor(owner, surface)
            return self._entry_actor(self.gaz.entries[ent.ent_id_], surface)
        entry = self.gaz.lookup(surface)
        if entry is not None:
            return self._entry_actor(entry, surface)
        if ent[0].lower_ == "operation" or (
            ent.start > 0 and self.doc[ent.start - 1].lower_ == "operation"
        ):
            return None  # "Operation Hadin Kai" names a campaign, not who fights it
        if _only_role_words(ent):
            # "The Chairperson", "the Government": an office, not a name; whose
            # it is, is the role reader's to say (kg.extract.roles)
            return None
        if ent.label_ == "PERSON":
            if len(ent) == 1 and not ent[0].is_title:
                return None
            return ActorRef(slugify(surface), surface, ActorKind.PERSON, surface)
        if ent.label_ == "ORG":
            if not any(t.is_alpha for t in ent) or len(surface) < 2:
                return None
            # "The League said", "the Commission calls": the body named before
            # whose name holds the word, or nobody
            short = self._short_name(ent)
            if short is not None:
                return short if short.key else None
            # "the UN's Integrated Office", "Sudan's Sovereignty Council": an
            # organ of the body or state that owns it
            owner = self._possessor(ent)
            if owner is not None:
                return self._entry_actor(owner, surface)
            # "The Episcopal Conference of | Colombia": a name the model cut
            if ent[-1].lower_ == "of" and ent.end < len(self.doc):
                nxt = self.doc[ent.end]
                surface = clean_name(self.doc[ent.start : nxt.i + 1].text)
            # "the UN Human Rights Office", "the EU delegation": an organ of
            # the body its name starts with
            parent = self._organ_of(ent)
            if parent is not None:
                return self._entry_actor(parent, surface)
            if _looks_like_person(ent):
                return ActorRef(slugify(surface), surface, ActorKind.PERSON, surface)
            # "the Russian Foreign Ministry", "Israeli Defense Forces": the state
            state = self._state_body(ent)
            if state is not None:
                return self._entry_actor(state, surface)
            # "the Ministry of Foreign Affairs" with no state named: whose it
            # is depends on who is speaking (see kg.extract.roles); "the
            # health ministry" stays a source of its own
            if ent.root.lower_ in ("ministry", "department", "embassy") and any(
                t.lower_ in ("foreign", "affairs", "state", "defence", "defense")
                or t.lower_ == "embassy"
                for t in ent
            ):
                return None
            # "Humanitarian Aid Chief" is an office, "Hatay region" a place
            if ent[-1].lower_ in ROLE_WORDS or ent[-1].lower_ in _PLACE_NOUNS:
                return None
            # "Minister of Foreign Affairs", "Secretary of State": an office
            if ent[0].lower_ in ROLE_WORDS or ent.root.lower_ in ROLE_WORDS:
                return None
            if self.doc[ent.end : ent.end + 1].text.lower() in _PLACE_NOUNS:
                return None
            return ActorRef(slugify(surface), surface, ActorKind.ORGANIZATION, surface)
        # unknown GPEs are places; bare demonyms are not actors on their own
        return None

    def _role_antecedent(self, tok: Token) -> ActorRef | None:
        """Whose "the minister" is: the owner of the last phrase headed by
        the same role word, in this sentence or the three before."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(c.dep_ in ("poss", "compound", "amod", "prep") for c in tok.children):
            return None
        k = self.sent_index(tok.sent)
        start = self.sents[max(0, k - 3)].start
        for prev in reversed(self.doc[start : tok.i]):
            if prev.lower_ != tok.lower_ or prev.i == tok.i:
                continue
            actor = self.np_actor(prev, resolve=False)
            if actor is not None:
                return (
                    self.speaks_for(actor) if actor.kind is ActorKind.PERSON else actor
                )
        return None

    def _state_named_before(self, ent: Span) -> Entry | None:
        """ "South Sudan People's Defence Forces": a state's forces whose name
        ends like another group's ("People's Defence Forces")."""
        if self.gaz.entries[ent.ent_id_].kind is ActorKind.COUNTRY:
            return None
        return self._state_body(ent) if ent.start > 0 else None

    def _short_name(self, ent: Span) -> ActorRef | None:
        """Who "the League", "the Commission", "the Front" is: the last body
        named before whose name ends in that word.  An actor with an empty key
        when there is none (the short name names nobody on its own); None when
        ``ent`` is no short name."""
        words = [t for t in ent if t.lower_ not in ("the", "this")]
        if len(words) != 1 or words[0].lower_ not in _SHORT_NAMES:
            return None
        word = words[0].lower_
        for m in reversed(self.mentions):
            if m.start >= ent.start:
                continue
            # "the ECOWAS Commission", where the name stops before the word
            after = self.doc[m.end].lower_ if m.end < len(self.doc) else ""
            names = (m.actor.surface or "", m.actor.label, after)
            if m.actor.kind is not ActorKind.PERSON and any(
                word in n.lower().split() for n in names
            ):
                return m.actor
        return ActorRef("", word, ActorKind.ORGANIZATION, word)

    def names_a_seat(self, tok: Token) -> bool:
        """Whether ``tok`` is in a name of a state by its capital or seat
        ("Baghdad", "Kyiv", "the Kremlin"), not by its own name."""
        m = self.mention_at(tok)
        if m is None:
            return False
        entry = self.gaz.entries.get(m.actor.key)
        if entry is None:
            return False
        words = normalize_name(self.doc[m.start : m.end].text)
        return any(normalize_name(x) == words for x in entry.metonyms)

    def _possessor(self, ent: Span) -> Entry | None:
        """The body or state whose possessive an unknown name carries."""
        for c in ent.root.children:
            if c.dep_ == "poss" and c.i < ent.start:
                entry = self.gaz.lookup(c.text) or self.gaz.by_demonym(c.text)
                if entry is not None and entry.kind is not ActorKind.PERSON:
                    return entry
        return None

    def _council_owner(self, ent: Span) -> Entry | None:
        """ "the Peace and Security Council of the African Union" is the
        Union's, not the UN's: a council named with another body's "of"."""
        if ent.ent_id_ != "un-security-council":
            return None
        after = self.doc[ent.end : ent.end + 6]
        if not (len(after) and after[0].lower_ == "of"):
            return None
        for t in after[1:]:
            if t.ent_id_ and t.ent_id_ != ent.ent_id_ and t.ent_id_ in self.gaz.entries:
                entry = self.gaz.entries[t.ent_id_]
                if entry.key != "united-nations":
                    return entry
                return None
        return None

    def _organ_of(self, ent: Span) -> Entry | None:
        """The body an unknown organ's name starts with: "UN refugee agency"."""
        first = ent[0] if ent[0].lower_ != "the" or len(ent) == 1 else ent[1]
        if first.i + 1 >= ent.end:
            return None
        for name in (first.text, self.doc[first.i : first.i + 2].text):
            entry = self.gaz.lookup(name)
            if entry is not None and entry.key in ("united-nations", "european-union"):
                return entry
        return None

    def sent_index(self, sent: Span) -> int:
        """The position of a sentence in the article."""
        return self._sent_index[sent.start]

    def sent_of(self, tok: Token | int) -> Span:
        """The sentence holding a token (or token index)."""
        i = tok if isinstance(tok, int) else tok.i
        return self.sents[self._sent_index[i]]

    def _state_body(self, ent: Span) -> Entry | None:
        """The state whose ministry, army or forces an ORG name is."""
        if not any(t.lower_ in _STATE_BODY_WORDS for t in ent):
            return None
        # "the Ethiopian Human Rights Commission", "the Sudanese Bar
        # Association": bodies that answer to no government
        if any(t.lower_ in _INDEPENDENT_WORDS for t in ent):
            return None
        # "South Sudan | People's Defence Forces": the state just in front
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        if (
            before is not None
            and before.ent_type_ == "GPE"
            and "\n" not in before.whitespace_
        ):
            for e in self.doc.ents:
                if e.end == ent.start:
                    entry = self.gaz.lookup(e.text)
                    if entry is not None and entry.kind is ActorKind.COUNTRY:
                        return entry
        if self.gaz.entries.get(ent.ent_id_) is not None:
            return None  # a known group, unless a state stands in front
        for t in ent:
            entry = self.gaz.by_demonym(t.text) or self.gaz.lookup(t.text)
            if entry is not None and entry.kind is ActorKind.COUNTRY:
                return entry
        # "the Foreign Ministry of Egypt": the state named just after the name
        words = [t.lower_ for t in ent]
        at = ent.end
        if words[-1:] == ["of"]:
            at = ent.end - 1
        elif words[-2:] == ["of", "the"]:
            at = ent.end - 2
        if at < len(self.doc) and self.doc[at].lower_ == "of":
            k = at + 1
            if k < len(self.doc) and self.doc[k].lower_ == "the":
                k += 1
            k = max(k, ent.end)
            nxt = self.ent_at(self.doc[k]) if k < len(self.doc) else None
            if nxt is not None:
                entry = self.gaz.lookup(nxt.text)
                if entry is not None and entry.kind is ActorKind.COUNTRY:
                    return entry
        return None

    def mention_at(self, tok: Token) -> Mention | None:
        """The actor mention covering ``tok``, if any."""
        return self._by_token.get(tok.i)

    def is_place_use(self, tok: Token) -> bool:
        """Whether ``tok`` is the object of a locative preposition ("in Idlib")."""
        head = tok
        # climb names ("Syria's Idlib"), not adjectives ("in Israeli bombardment")
        while head.dep_ in ("compound", "poss", "case") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS:
            return True
        # "in Baghdad, Iraq": the country after a placed city, however parsed
        i = tok.i
        return (
            i >= 2
            and tok.ent_type_ == "GPE"
            and tok.doc[i - 1].text == ","
            and tok.doc[i - 2].ent_type_ == "GPE"
            and self.is_place_use(tok.doc[i - 2])
        )

    # resolving noun phrases -------------------------------------------------

    def np_actors(self, tok: Token, *, resolve: bool = True) -> list[ActorRef]:
        """Actors a noun phrase headed by ``tok`` denotes, conjuncts included.

        "Turkey, Russia, Iran and the Syrian government" gives four actors.
        """
        if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children):
            return []  # "no group has claimed it", "neither side": no one
        pair = self._the_two(tok) if resolve else None
        if pair:
            return pair
        if resolve and is_self_pronoun(tok):
            return self.first_person(tok)
        # "The Ministers call for ...": the signatories of a joint statement
        signatories = self.signatories(tok) if resolve else []
        if signatories:
            return signatories
        members = group_members(self, tok)
        if members:
            return members
        out: list[ActorRef] = []
        for head in _conjuncts(tok):
            # "its NATO ally Turkey": the appositive is who is meant
            if self.mention_at(head) is None and any(
                c.dep_ == "appos" and self.mention_at(c) is not None
                for c in head.children
            ):
                continue
            actor = self.np_actor(head, resolve=resolve)
            if actor is not None and actor not in out:
                out.append(actor)
        # "all armed groups, including M23 and ADF", "several states, including
        # France": the members named
        if not out:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "including":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            out.extend(
                                a
                                for a in self.np_actors(g, resolve=resolve)
                                if a not in out
                            )
        return out

    def signatories(self, tok: Token) -> list[ActorRef]:
        """The authors of a joint statement, named in it as "the Ministers",
        "the Foreign Ministers", "the leaders", "the signatories"."""
        if (
            tok.lower_ not in _SIGNATORY_NOUNS
            # "the Ministers", or "Ministers" alone; not "some ministers"
            or any(
                c.dep_ in ("det", "poss", "nummod", "amod") and c.lower_ != "the"
                for c in tok.children
            )
            or any(c.dep_ == "prep" for c in tok.children)
            or self.in_quote(tok)
        ):
            return []
        author = self.author_if_known()
        if author is None or len(author.actors) < 2:
            return []
        return list(author.actors)

    def _the_two(self, tok: Token) -> list[ActorRef]:
        """'the two leaders', 'both presidents': the last two people named;
        'the two countries', 'both sides': the last two states or groups."""
        if not any(c.lower_ in ("two", "both") for c in tok.children):
            return []
        if self.mention_at(tok) is not None:
            return []  # "both the United States and Iran": a name, not "both states"
        low = tok.lower_
        if low in ("leaders", "presidents", "ministers", "men", "women", "officials"):
            pool = [a for _, a in reversed(self._persons) if _ < tok.i]
        elif low in (
            "countries",
            "sides",
            "states",
            "nations",
            "governments",
            "parties",
        ):
            named = sorted(self._subjects + self._objects, key=lambda x: x[0])
            pool = [a for i, a in reversed(named) if i < tok.i]
        else:
            return []
        out: list[ActorRef] = []
        for actor in pool:
            if actor.key not in {a.key for a in out}:
                out.append(actor)
            if len(out) == 2:
                return out
        return []

    def np_actor(self, tok: Token, *, resolve: bool = True) -> ActorRef | None:
        """The actor denoted by the noun phrase headed by ``tok``, if any."""
        m = self.mention_at(tok)
        if m is not None:
            if m.actor.key not in self.gaz.entries:
                # a name the gazetteer lacks may be a role: "this Council"
                role = role_actor(self, tok)
                if role is not None:
                    return role
            return m.actor
        low = tok.lower_
        if resolve and tok.pos_ == "PRON":
            return self.resolve_pronoun(tok)
        # "Ethiopia's Amhara region", "the Gaza border": a place, not its owner
        if low in _PLACE_NOUNS:
            return None
        # "Russia's allies" (but "NATO allies" are NATO's own)
        if tok.lemma_.lower() in _OTHER_PARTY_NOUNS and any(
            c.dep_ == "poss" for c in tok.children
        ):
            return None
        # a named actor modifying the head: "European Union leaders", "Syria's army"
        for child in tok.children:
            if child.dep_ in ("compound", "poss", "nmod", "amod") and child.i < tok.i:
                cm = self.mention_at(child)
                if cm is not None and modifier_only(child):
                    continue  # "the UN-sanctioned M23": the UN sanctions it
                if (
                    cm is not None
                    and child.dep_ in ("compound", "amod", "nmod")
                    and child.ent_type_ == "GPE"
                    and not names_an_organ(tok)
                    and self.names_a_seat(child)
                ):
                    # "a Baghdad blast", "a Kabul car bomb", "Kyiv residents":
                    # where (but "the Kabul government" is the state's)
                    continue
                if cm is not None:
                    # "the Bashar al-Assad regime": the state the person leads
                    if cm.actor.kind is ActorKind.PERSON and low in FORCE_NOUNS:
                        return self.speaks_for(cm.actor)
                    # "Usterzai's residents": a name the gazetteer lacks, on a
                    # head that is no force or office, is where they live
                    # (the model may take the place for a person)
                    known = cm.actor.key in self.gaz.entries
                    if not known and low in _INHABITANT_NOUNS:
                        continue
                    return cm.actor
                if child.dep_ == "poss" and child.pos_ == "PRON" and resolve:
                    owner = self.resolve_pronoun(child)
                    if owner is not None and low in FORCE_NOUNS:
                        return owner
        # "Council members", "Commission members": the body the text named
        if low in ("members", "member"):
            for child in tok.children:
                if child.dep_ == "compound" and child.i < tok.i:
                    body = role_actor(self, child)
                    if body is not None and body.kind is not ActorKind.PERSON:
                        return body
        # a demonym on a force or an act: "Israeli (air)strikes", "Russian shelling"
        if (
            tok.pos_ in ("ADJ", "PROPN")
            and tok.dep_ in ("amod", "compound", "nmod")
            and _is_force_or_act(tok.head)
        ):
            entry = self.gaz.by_demonym(tok.text)
            if entry is not None:
                return self._entry_actor(entry, f"{tok.text} {tok.head.text}")
        # demonym + force noun: "Syrian government forces", "Iranian-backed militias"
        if (
            low in FORCE_NOUNS
            or tok.lemma_.lower() in FORCE_NOUNS
            or tok.lemma_.lower() in ACT_NOUNS
        ):
            for child in tok.subtree:
                if child.i >= tok.i:
                    break
                entry = self.gaz.by_demonym(child.text)
                if entry is not None:
                    return self._entry_actor(entry, f"{child.text} {tok.text}")
        # "the foreign ministry of Ethiopia", "the members of the Security Council",
        # "the Prime Minister of Israel"
        if (
            low in FORCE_NOUNS
            or low in _GROUP_ANAPHORS
            or low in ROLE_WORDS
            or low in _ORGAN_NOUNS
            or low in _MEMBER_NOUNS
            or low in _STAFF_NOUNS
        ):
            for child in tok.children:
                # "a researcher at Human Rights Watch", "our colleagues at BINUH"
                # "a spokesperson for the Chinese foreign ministry"
                at = child.lower_ in ("at", "for") and (
                    low in _STAFF_NOUNS or low in ROLE_WORDS
                )
                # "fighters from the FDLR": an armed group's own, not a place's
                from_ = child.lower_ == "from" and (
                    low in FORCE_NOUNS or low in _MEMBER_NOUNS
                )
                if child.dep_ == "prep" and (child.lower_ == "of" or at or from_):
                    for pobj in child.children:
                        m2 = self.mention_at(pobj)
                        if (
                            from_
                            and m2 is not None
                            and m2.actor.kind is not ActorKind.ARMED_GROUP
                        ):
                            continue  # "troops from Chad" came from a place
                        if (
                            m2 is not None
                            and child.lower_ == "for"
                            and m2.actor.kind is ActorKind.COUNTRY
                        ):
                            continue  # "the Humanitarian Coordinator for Yemen"
                        if m2 is not None and m2.actor.kind is not ActorKind.PERSON:
                            return m2.actor
                        # "the head of the UN peacekeeping mission"
                        if m2 is None and (
                            pobj.lower_ in _ORGAN_NOUNS
                            or pobj.lower_ in ("ministry", "government", "department")
                        ):
                            owner = self.np_actor(pobj, resolve=False)
                            if owner is not None and owner.kind is not ActorKind.PERSON:
                                return owner
                        # "the members of the council", after the Security
                        # Council was named: the body by its role
                        if m2 is None and low in ("members", "member"):
                            body = role_actor(self, pobj)
                            if body is not None and body.kind is not ActorKind.PERSON:
                                return body
        # "the Council", "the Secretary-General", "the Foreign Secretary"
        role = role_actor(self, tok)
        if role is not None:
            return role
        # "The League called ...", after "the League of Arab States"
        if (
            resolve
            and low in _SHORT_NAMES
            and tok.pos_ in ("PROPN", "NOUN")
            and tok.is_title
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(c.dep_ in ("compound", "amod", "poss") for c in tok.children)
        ):
            short = self._short_name(self.doc[tok.i : tok.i + 1])
            if short is not None and short.key:
                return short
        # "the minister", after "the UK's Africa minister": the one just named
        if resolve and low in ROLE_WORDS:
            earlier = self._role_antecedent(tok)
            if earlier is not None:
                return earlier
        # "regime forces", "government troops": the state last named
        if (
            low in FORCE_NOUNS
            and resolve
            and any(
                c.dep_ in ("compound", "amod") and c.lower_ in ("regime", "government")
                for c in tok.children
            )
        ):
            return self.last_group_actor(tok.i, regime=True)
        # "troops", "our forces", "the units" in an army's own communique
        if (
            low in FORCE_NOUNS
            and resolve
            and not any(
                c.dep_ in ("compound", "amod", "nmod")
                or (
                    c.dep_ == "poss"
                    and c.lower_ != "our"
                    # "the ministry said its forces": nobody named owns them
                    and not (c.lower_ == "its" and self.nearest_group_actor(c) is None)
                )
                for c in tok.children
            )
        ):
            own = military_author(self)
            if own is not None:
                return own
        # "the military", "the junta": the forces of the state the text is about
        if resolve and (low in RULING_FORCE_NOUNS or low == "forces"):
            home = ruling_forces(self, tok)
            if home is not None:
                return home
        # "the British prime minister": an office of a state speaks for it
        if low in ROLE_WORDS:
            for child in tok.children:
                if child.dep_ in ("amod", "compound") and child.i < tok.i:
                    entry = self.gaz.by_demonym(child.text)
                    if entry is not None:
                        return self._entry_actor(entry, f"{child.text} {tok.text}")
        # "the alliance", "the regime": the last group actor named before
        # ("gang members" and "armed groups" name no one already named)
        if (
            resolve
            and low in _GROUP_ANAPHORS
            and tok.tag_ in ("NN", "NNS")
            # "the group", "the paramilitary group"; not "the Wagner group",
            # nor "an armed group" (a new one)
            and not any(
                c.dep_ in ("compound", "amod") and c.lower_ not in _KIND_ADJS
                for c in tok.children
            )
            and not any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another", "some", "any")
                for c in tok.children
            )
            # "a coalition air strike": the modifier of a new thing is new too
            and not (
                tok.dep_ == "compound"
                and any(
                    c.dep_ == "det"
                    and c.lower_ in ("a", "an", "another", "some", "any")
                    for c in tok.head.children
                )
            )
            # "the leaders in Juba": placed, so new, not the group just named
            and not any(
                c.dep_ == "prep" and c.lower_ in ("in", "of", "from", "at")
                for c in tok.children
            )
        ):
            armed = any(
                c.dep_ == "amod" and c.lower_ in _ARMED_ADJS for c in tok.children
            )
            if low == "group" and not armed:
                # "the group" is no state: an armed group or a body named
                # before ("IS claimed it. The White House condemned the group"),
                # and never the subject of its own verb ("Amnesty condemned
                # the group")
                speakers = self._speakers_above(tok)
                return self.last_group_actor(tok.i, stateless=True, exclude=speakers)
            if armed:
                # "the armed group": an armed group, and never the one that
                # speaks of it ("MONUSCO said the armed group attacked")
                return self.last_group_actor(
                    tok.i, armed=True, exclude=self._speakers_above(tok)
                )
            return self.last_group_actor(tok.i, regime=low in ("regime", "government"))
        return None

    def _speakers_above(self, tok: Token) -> set[str]:
        """The actors who are subjects of the verbs above ``tok`` in its
        sentence: "Amnesty called it a war crime and condemned the group",
        "UNICEF called on the group", "the UN said the group killed"."""
        out: set[str] = set()
        verbs = [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")][:4]
        verbs += [v.head for v in verbs if v.dep_ == "conj"]
        for v in verbs:
            for c in v.children:
                if c.dep_ in ("nsubj", "nsubjpass") and not c.is_ancestor(tok):
                    out.update(a.key for a in self.np_actors(c, resolve=False))
        return out

    def actors_in(
        self, tokens: Iterable[Token], *, skip_places: bool = True
    ) -> list[ActorRef]:
        """Named actors inside ``tokens`` (in order, once each)."""
        out: list[ActorRef] = []
        for tok in tokens:
            if skip_places and self.is_place_use(tok):
                continue
            if modifier_only(tok):
                continue  # "the Pakistan-based group", "Iran-backed militias"
            actor = self.np_actor(tok, resolve=False)
            if actor is not None and actor not in out:
                out.append(actor)
        return out

    # salience and pronouns ------------------------------------------------

    def _find_named_salience(self) -> None:
        for m in self.mentions:
            tok = self.doc[m.end - 1]
            if m.actor.kind is ActorKind.PERSON:
                # "he said" points back to a person named in the narrative, not to
                # one inside a quote or a mis-tagged place ("from Bab al-Hawa")
                if (
                    not self.is_place_use(tok)
                    and m.start not in self._quote_token_ids()
                ):
                    self._persons.append((m.start, m.actor))
                continue
            if not self.is_place_use(tok):
                self._objects.append((m.start, m.actor))
            # a subject, or the name inside one: "The NATO allies", "Syria's army"
            if tok.dep_ in ("poss", "compound", "amod", "nmod"):
                tok = tok.head
            if tok.dep_ in SUBJ_DEPS:
                self._subjects.append((m.start, m.actor))
        self._subjects.sort(key=lambda x: x[0])

    def _find_salience(self) -> None:
        for tok in self.doc:
            if tok.dep_ in SUBJ_DEPS and tok.pos_ in ("NOUN", "PROPN"):
                actor = self.np_actor(tok, resolve=False)
                if actor is not None and actor.kind is not ActorKind.PERSON:
                    self._subjects.append((tok.i, actor))
        self._subjects.sort(key=lambda x: x[0])
        for tok in self.doc:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in SAY_VERBS:
                for c in tok.children:
                    if c.dep_ in SUBJ_DEPS and c.pos_ in ("NOUN", "PROPN"):
                        # "The Foreign Secretary, Boris Johnson, said": the appositive
                        actors = self.np_actors(c, resolve=False)
                        persons = [a for a in actors if a.kind is ActorKind.PERSON]
                        if actors:
                            self._speakers.append((tok.i, (persons or actors)[0]))

    def _own_speaker(self, tok: Token) -> ActorRef | None:
        """The subject of a speech verb in ``tok``'s own sentence, after it."""
        for t in self.sent_of(tok):
            if t.i > tok.i and t.pos_ == "VERB" and t.lemma_.lower() in SAY_VERBS:
                for c in t.children:
                    if c.dep_ in SUBJ_DEPS and c.i != tok.i and not self.in_quote(c):
                        actor = self.np_actor(c, resolve=False)
                        if actor is not None:
                            return actor
        return None

    def last_speaker(self, i: int) -> ActorRef | None:
        """The subject of the last speech verb before token ``i`` (outside quotes)."""
        k = bisect.bisect_left(self._speakers, i, key=lambda x: x[0])
        return self._speakers[k - 1][1] if k else None

    def _quote_token_ids(self) -> set[int]:
        """Tokens inside quote marks, found before the quotes are attributed."""
        if self._quoted is None:
            self._quoted = set()
            text = self.text
            marks = [i for i, c in enumerate(text) if c == '"']
            for a, b in zip(marks[::2], marks[1::2], strict=False):
                span = self.doc.char_span(a, b + 1, alignment_mode="expand")
                if span is not None:
                    self._quoted.update(range(span.start, span.end))
        return self._quoted

    def last_person(self, i: int) -> ActorRef | None:
        """The last person named before token ``i``."""
        k = bisect.bisect_left(self._persons, i, key=lambda x: x[0])
        return self._persons[k - 1][1] if k else None

    def _last_person_subject(self, tok: Token) -> ActorRef | None:
        """The person last in subject position before ``tok`` (this sentence and
        the two before): "X spoke with Y. He urged ..." is X.  A role without
        a name ("The Secretary reiterated ...") is the text's introduced
        speaker, when the role is the author's own."""
        k = self._sent_index[tok.i]
        start = self.sents[max(0, k - 2)].start
        for i in range(tok.i - 1, start - 1, -1):
            t = self.doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or self.in_quote(t):
                continue
            if t.pos_ == "PRON":
                continue
            m = self.mention_at(t)
            if m is not None:
                if m.actor.kind is ActorKind.PERSON:
                    return m.actor
                if t.lower_ in ROLE_WORDS:
                    # "The UN Secretary-General was briefed. He condemned ...":
                    # the office holder, who speaks for the body
                    return m.actor
                continue
            if t.lower_ in ROLE_WORDS and any(
                c.dep_ in ("poss", "compound", "amod") for c in t.children
            ):
                # "Kenya's foreign minister was briefed. He urged ...": the
                # office's body
                office = self.np_actor(t, resolve=False)
                if office is not None:
                    return office
            author = self.author_if_known()
            if (
                t.lower_ in ROLE_WORDS
                and author is not None
                and not any(c.dep_ in ("poss", "amod") for c in t.children)
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
            ):
                # "The Secretary met X. He urged ...": the text's own official
                if author.speaker is not None:
                    return author.speaker
                if len(author.actors) == 1:
                    return author.actors[0]
        return None

    def _last_group_subject(self, tok: Token) -> ActorRef | None:
        """The group actor last named as a plural subject before ``tok`` (this
        sentence and the one before, out of quotes)."""
        k = self._sent_index[tok.i]
        start = self.sents[max(0, k - 3)].start
        for i in range(tok.i - 1, start - 1, -1):
            t = self.doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or self.in_quote(t):
                continue
            if t.pos_ == "PRON":
                if t.lower_ == "they":
                    continue  # "They recalled ... They underlined ...": the same
                return None
            if t.tag_ not in ("NNS", "NNPS") and not any(
                c.dep_ == "conj" for c in t.children
            ):
                return None  # a singular subject: "they" is someone else
            found = self.np_actors(t, resolve=False)
            if len(found) == 1 and found[0].kind is not ActorKind.PERSON:
                return found[0]
            return None
        return None

    def last_group_actor(
        self,
        i: int,
        *,
        regime: bool = False,
        armed: bool = False,
        stateless: bool = False,
        exclude: Collection[str] = (),
    ) -> ActorRef | None:
        """The last non-person actor named before token ``i``.

        With ``regime``, prefer the last state named as a regime or government
        ("the Syrian regime ... the regime"), else the last state.  With
        ``armed``, the last armed group named as subject or object ("... the
        RSF. The paramilitary group ..."); with ``stateless``, the last actor
        so named that is no state or person ("IS claimed it ... the group").
        """
        if armed or stateless:
            named = sorted(self._subjects + self._objects, key=lambda x: x[0])
            pool = [
                a
                for at, a in reversed(named)
                if at < i
                and a.key not in exclude
                and (
                    a.kind is ActorKind.ARMED_GROUP
                    if armed
                    else a.kind not in (ActorKind.COUNTRY, ActorKind.PERSON)
                )
            ]
            return pool[0] if pool else None
        k = bisect.bisect_left(self._subjects, i, key=lambda x: x[0])
        before = [self._subjects[j][1] for j in range(k - 1, -1, -1)]
        if regime:
            for actor in before:
                words = actor.surface.lower()
                if actor.kind is ActorKind.COUNTRY and (
                    "regime" in words or "government" in words
                ):
                    return actor
            before = [a for a in before if a.kind is ActorKind.COUNTRY]
        return before[0] if before else None

    def resolve_pronoun(self, tok: Token) -> ActorRef | None:
        """Who a pronoun refers to: the quote's speaker, last person or last group."""
        low = tok.lower_
        if low in SELF_PRONOUNS:
            found = self.first_person(tok)
            return found[0] if found else None
        if low in PERSON_PRONOUNS:
            return self._last_person_subject(tok) or self.last_person(tok.i)
        if low == "it" and it_names_an_act(tok):
            # "the airstrike on the rebels, who say it killed 50": "it" is the
            # act named before, not a group; who did it is the act's to tell
            return None
        if low in GROUP_PRONOUNS:
            # "fighters from X killed nine when they opened fire": the subject of
            # the clause the adverbial clause hangs on
            if low == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
                main = tok.head.head if tok.head.dep_ == "advcl" else None
                subj = next(
                    (
                        c
                        for c in (main.children if main is not None else ())
                        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                    ),
                    None,
                )
                if subj is None and main is not None:
                    # "say fighters from X killed nine when they ...": the parser
                    # made the subject an object; the nearest plural before it
                    subj = next(
                        (
                            t
                            for t in reversed(tok.doc[tok.sent.start : main.i])
                            if t.tag_ in ("NNS", "NNPS")
                            and len(self.np_actors(t, resolve=False)) == 1
                        ),
                        None,
                    )
                found = self.np_actors(subj, resolve=False) if subj is not None else []
                if len(found) == 1 and found[0].kind is not ActorKind.PERSON:
                    return found[0]
            if low == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
                # "The members of the Council condemned ... They stressed ...":
                # a subject pronoun continues the last subject
                subject = self._last_group_subject(tok)
                if subject is not None:
                    return subject
            return self.last_group_actor(tok.i)
        # "Norway, which has long called for ...": the noun the clause hangs on
        if low in ("which", "who", "that") and tok.head.dep_ in ("relcl", "acl"):
            antecedent = tok.head.head
            # "... a hospital in Rakhine State, which killed 30": the parser
            # hangs the clause on the place; a place does not act
            if self.is_place_use(antecedent):
                return None
            return self.np_actor(antecedent)
        return None

    # quotes and speakers -----------------------------------------------------

    def _find_quotes(self) -> None:
        """Pair quote marks into quote spans and find who said each."""
        text = self.text
        marks = [i for i, c in enumerate(text) if c in _QUOTE_CHARS]
        spans: list[tuple[int, int]] = []
        para_break = [m.start() for m in re.finditer(r"\n\s*\n", text)]
        k = 0
        while k + 1 < len(marks):
            a, b = marks[k], marks[k + 1]
            # an unclosed quote ends at the paragraph break
            brk = next((p for p in para_break if a < p < b), None)
            if brk is not None:
                spans.append((a, brk))
                k += 1
                continue
            spans.append((a, b + 1))
            k += 2
        for span in spans:
            toks = self.doc.char_span(span[0], span[1], alignment_mode="expand")
            if toks is None:
                continue
            for t in toks:
                self._quote_of[t.i] = span
            self._role_subject = None
            found = self._attribution(toks)
            if found is not None:
                self._speaker_of_quote[span], self._quote_cue[span] = found
            elif self._role_subject is not None:
                self._role_speakers[span] = self._role_subject
        # a quote running over paragraphs reopens each one ('"...\n\n"...'): a
        # paragraph quoted right after another is the same speaker's; so is a
        # quote that goes on after the attribution in the same paragraph
        # ('"...," said X. "..."')
        prev: tuple[int, int] | None = None
        for span in spans:
            between = text[prev[1] : span[0]] if prev is not None else ""
            if (
                span not in self._speaker_of_quote
                and prev in self._speaker_of_quote
                and prev is not None
                and (
                    not between.strip(' "\n\t')
                    or ("\n" not in between and len(between) < 120)
                )
            ):
                self._speaker_of_quote[span] = self._speaker_of_quote[prev]
                self._quote_cue[span] = self._quote_cue[prev]
            prev = span

    def _attribution(self, quote: Span) -> tuple[ActorRef, str] | None:
        """The speaker of a quote: subject of a speech verb next to it, or of
        the sentence before when it ends in a colon ('X said: "..."')."""
        sents = {self.sent_of(quote[0]).start, self.sent_of(quote[-1]).start}
        candidates: list[Token] = []
        first = self.sent_of(quote[0])
        if first.start > 0:
            before = self.sent_of(first.start - 1)
            tail = [t for t in before if not t.is_space]
            if tail and tail[-1].text == ":":
                candidates.extend(before)
        for s in sorted(sents):
            sent = self.sent_of(s)
            candidates.extend(sent)
        nxt = self.sent_of(quote[-1]).end
        # the next sentence attributes only within the quote's paragraph: a
        # new paragraph ("\n\nThe ministry did not respond ...") is new matter
        if nxt < len(self.doc) and "\n\n" not in self.doc[quote[-1].i : nxt].text:
            candidates.extend(self.sent_of(nxt))
        for tok in candidates:
            if tok.i in self._quote_of and quote.start <= tok.i < quote.end:
                continue
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in SAY_VERBS:
                continue
            if any(c.dep_ == "neg" for c in tok.children):
                continue  # "X did not respond", "Y would not say"
            subj = next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)
            if subj is None or quote.start <= subj.i < quote.end:
                continue
            actor = self.np_actor(subj)
            if actor is not None:
                return actor, tok.lemma_.lower()
            if subj.lower_ in ROLE_WORDS:
                # "The Foreign Secretary said:": an office of the author, known
                # only once the author is; resolved on first use
                self._role_subject = (subj.i, tok.lemma_.lower())
        return None

    def in_quote(self, tok: Token) -> bool:
        """Whether ``tok`` lies inside quote marks."""
        return tok.i in self._quote_of

    def speaker_of(self, tok: Token) -> ActorRef | None:
        """The speaker of the quote ``tok`` is in, if known."""
        span = self._quote_of.get(tok.i)
        if span is None:
            return None
        if self._role_speakers and self._author_state != "blocked":
            self._resolve_role_speakers()
        return self._speaker_of_quote.get(span)

    def _resolve_role_speakers(self) -> None:
        """Give quotes attributed to an office ("The Foreign Secretary said:")
        their speaker, and the quoted paragraphs right after them too."""
        pending, self._role_speakers = self._role_speakers, {}
        spans = sorted(set(self._quote_of.values()))
        for first, (subj, cue) in sorted(pending.items()):
            actor = self.np_actor(self.doc[subj])
            if actor is None:
                continue
            prev: tuple[int, int] | None = None
            for span in spans[spans.index(first) :]:
                if prev is not None and (
                    self.text[prev[1] : span[0]].strip(' "\n\t')
                    or span in self._speaker_of_quote
                ):
                    break
                self._speaker_of_quote.setdefault(span, actor)
                self._quote_cue.setdefault(span, cue)
                prev = span

    def quote_spans(self) -> list[tuple[tuple[int, int], ActorRef | None, str | None]]:
        """Every quote: (doc char span, speaker, attribution verb lemma), in order."""
        spans = sorted(set(self._quote_of.values()))
        return [
            (s, self._speaker_of_quote.get(s), self._quote_cue.get(s)) for s in spans
        ]

    def quote_start_of_text(self, text: str) -> int | None:
        """Article offset of the quote whose words are ``text``."""
        for span in sorted(set(self._quote_of.values())):
            if self.text[span[0] : span[1]].strip(' "\n') == text:
                start = span[0]
                return (
                    start
                    if start < self.article.body_offset
                    else start - self.article.body_offset
                )
        return None

    def quote_text(self, tok: Token) -> str | None:
        """The text of the quote ``tok`` is in, quote marks stripped."""
        span = self._quote_of.get(tok.i)
        if span is None:
            return None
        return self.text[span[0] : span[1]].strip(' "\n')

    # affiliations --------------------------------------------------------------

    def _find_affiliations(self) -> None:
        for m in self.mentions:
            if m.actor.kind is not ActorKind.PERSON:
                continue
            span = self.doc[m.start : m.end]
            if self._has_role(span):
                self._roled.add(m.actor.key)
            found = self._role_left(span) or self._role_right(span)
            if found is not None:
                org, role = found
                if org.key != m.actor.key:
                    self.affiliations.setdefault(
                        m.actor.key,
                        AffiliationMention(
                            m.actor, org, role, self.sent_of(span.start)
                        ),
                    )
                continue
            found = self._role_before(span)
            if found is not None and found[0].key != m.actor.key:
                self.affiliations.setdefault(
                    m.actor.key,
                    AffiliationMention(
                        m.actor, found[0], found[1], self.sent_of(span.start)
                    ),
                )
                continue
            entry = self.gaz.entries.get(m.actor.key)
            org_key = entry.affiliated_with if entry is not None else None
            if (
                entry is not None
                and org_key is not None
                and org_key in self.gaz.entries
            ):
                org_entry = self.gaz.entries[org_key]
                self.affiliations.setdefault(
                    m.actor.key,
                    AffiliationMention(
                        m.actor,
                        self._entry_actor(org_entry, org_entry.label),
                        entry.role,
                        self.sent_of(span.start),
                        from_gazetteer=True,
                    ),
                )

    def _has_role(self, person: Span) -> bool:
        """Whether an office is named right before or after the person."""
        sent = self.sent_of(person.start)
        left = self.doc[max(sent.start, person.start - 6) : person.start]
        right = self.doc[person.end : min(sent.end, person.end + 6)]
        near = [t for t in left if t.text not in (",", "(")] + [
            t for t in right if t.text not in (",", ")")
        ][:5]
        return any(t.lower_ in ROLE_WORDS for t in near)

    def _org_in(self, tokens: list[Token]) -> ActorRef | None:
        for tok in tokens:
            m = self.mention_at(tok)
            if m is not None and m.actor.kind is not ActorKind.PERSON:
                return m.actor
            entry = self.gaz.by_demonym(tok.text)
            if entry is not None:
                return self._entry_actor(entry, entry.label)
        for tok in tokens:
            if tok.lower_ in ("its", "their"):
                return self.nearest_group_actor(tok)
        return None

    def nearest_group_actor(self, tok: Token) -> ActorRef | None:
        """The closest non-person actor named before ``tok`` in its sentence, else
        the last group actor in subject position before it."""
        sent = self.sent_of(tok)
        for m in reversed(self.mentions):
            if m.start >= tok.i or m.start < sent.start:
                continue
            if m.actor.kind is not ActorKind.PERSON:
                return m.actor
        return self.last_group_actor(tok.i)

    def _role_left(self, person: Span) -> tuple[ActorRef, str | None] | None:
        """ "NATO Secretary General Jens Stoltenberg", "President of X, Name"."""
        sent = self.sent_of(person.start)
        i = person.start - 1
        if i >= sent.start and self.doc[i].text == ",":
            i -= 1  # "EU Commissioner for Humanitarian Affairs, Janez Lenarcic"
        window: list[Token] = []
        while i >= sent.start:
            tok = self.doc[i]
            if tok.pos_ in ("VERB", "AUX") or tok.text in (
                ",",
                ";",
                ":",
                '"',
                "(",
                ")",
            ):
                break
            if tok.lower_ in ("and", "or") or tok.pos_ == "NUM":
                break
            # "a gang leader in Raqqah": a place, not an office
            if tok.pos_ == "ADP" and tok.lower_ not in ("of", "for"):
                break
            m = self.mention_at(tok)
            if m is not None and m.actor.kind is ActorKind.PERSON:
                break
            window.insert(0, tok)
            i -= 1
        # "Jordan's King Abdullah": the title may sit inside the name
        titles = [t for t in person[:-1] if t.lower_ in ROLE_WORDS]
        roles = [t for t in window if t.lower_ in ROLE_WORDS] + titles
        if not roles:
            return None
        org = self._org_in(window)
        if org is None:
            return None
        # "British journalist Tom Harris": a nationality, not an office
        named = any(
            (m := self.mention_at(t)) is not None and m.actor.key == org.key
            for t in window
        )
        if not named and all(t.lower_ in PRIVATE_ROLES for t in roles):
            return None
        return org, _role_text([*window, *titles])

    def _role_before(self, person: Span) -> tuple[ActorRef, str | None] | None:
        """A role introduced without a name just before the person speaks.

        'The EU Parliament's Turkey rapporteur expressed sorrow ... . "...,"
        Nacho Sanchez Amor said.': the named speaker holds that role.
        """
        head = person.root
        if not (head.dep_ in SUBJ_DEPS and head.head.lemma_.lower() in SAY_VERBS):
            return None
        k = self._sent_index[person.start]
        for prev in reversed(self.sents[max(0, k - 2) : k]):
            for tok in prev:
                if tok.dep_ not in SUBJ_DEPS or tok.lower_ not in ROLE_WORDS:
                    continue
                window = [t for t in tok.subtree if t.i <= tok.i]
                if any(
                    (m := self.mention_at(t)) is not None
                    and m.actor.kind is ActorKind.PERSON
                    for t in window
                ):
                    continue
                org = self._org_in(window)
                if org is not None:
                    return org, _role_text(window)
        return None

    def _role_right(self, person: Span) -> tuple[ActorRef, str | None] | None:
        """ "Name, the EU's High Representative", "Name of Al Jazeera"."""
        sent = self.sent_of(person.start)
        i = person.end
        if i < sent.end and self.doc[i].lower_ == "of":
            window = _until_break(self.doc, i + 1, sent.end)
            org = self._org_in(window[:6])
            # "Sinem Koseoglu of Al Jazeera": organisations only, not states or places
            if org is not None and org.kind in (
                ActorKind.ORGANIZATION,
                ActorKind.ARMED_GROUP,
            ):
                return org, None
            return None
        if i < sent.end and self.doc[i].text == ",":
            window = _until_break(self.doc, i + 1, sent.end)
            if any(t.lower_ in ROLE_WORDS for t in window):
                org = self._org_in(window)
                if org is not None:
                    return org, _role_text(window)
        return None

    def speaks_for(self, actor: ActorRef) -> ActorRef:
        """The organisation or state a person speaks for, or the actor itself."""
        if actor.kind is ActorKind.PERSON:
            aff = self.affiliations.get(actor.key)
            if aff is not None:
                return aff.org
            author = self.author_if_known()
            if (
                author is not None
                and len(author.actors) == 1
                and (
                    (author.speaker is not None and author.speaker.key == actor.key)
                    or actor.key in self._roled
                )
            ):
                # the text's own speaker, or an official it names by office only
                return author.actors[0]
            entry = self.gaz.entries.get(actor.key)
            org_key = entry.affiliated_with if entry is not None else None
            if org_key is not None and org_key in self.gaz.entries:
                org = self.gaz.entries[org_key]
                return self._entry_actor(org, org.label)
        return actor

    # sources ---------------------------------------------------------------------

    def sources(self, sent: Span) -> list[ActorRef]:
        """Who a sentence says reports its facts.

        "according to the SOHR", "Reuters reported", "said the Observatory",
        "the health ministry said" (for the facts inside what is said).
        """
        out: list[ActorRef] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.lower_ == "according":
                for prep in tok.children:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            out.extend(self.np_actors(pobj, resolve=False))
            elif tok.pos_ == "VERB" and lemma in (
                "say",
                "report",
                "tell",
                "announce",
                "confirm",
                "state",
                "add",
            ):
                for c in tok.children:
                    if c.dep_ in SUBJ_DEPS and not self.in_quote(c):
                        out.extend(
                            self.speaks_for(a) for a in self.np_actors(c, resolve=True)
                        )
        return list(dict.fromkeys(out))

    def sentence_at(self, start: int, *, in_title: bool) -> Span | None:
        """The sentence whose evidence starts at ``start`` (article offsets)."""
        char = start if in_title else start + self.article.body_offset
        k = bisect.bisect_right(self._sent_starts, char) - 1
        if k >= 0 and self.sents[k].start_char <= char < self.sents[k].end_char:
            return self.sents[k]
        return None

    def ents_in(self, span: Span) -> list[Span]:
        """The named entities inside ``span`` (``Span.ents`` walks the whole doc)."""
        k = bisect.bisect_left(self._ent_starts, span.start)
        out = []
        while k < len(self._ents) and self._ents[k].end <= span.end:
            out.append(self._ents[k])
            k += 1
        return out

    def ent_at(self, tok: Token) -> Span | None:
        """The named entity covering ``tok``, if any."""
        n = self._ent_of[tok.i]
        return self._ents[n] if n >= 0 else None

    # evidence ------------------------------------------------------------------

    def evidence(self, span: Span, extractor: str) -> Evidence:
        """Evidence for a fact read in ``span`` (usually a sentence).

        Offsets point into the article's original text, or into its title
        when the span lies in a separately given title.
        """
        return self.evidence_at(span.start_char, span.end_char, extractor)

    def evidence_at(self, start: int, end: int, extractor: str) -> Evidence:
        """Evidence for the characters ``start:end`` of the parsed text, blanks
        at either end left out (cleaning pads what it shortens with blanks)."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        art = self.article
        off = art.body_offset
        if art.clean_title and start < off:
            title = art.title or ""
            end = min(end, len(title))
            return Evidence(art.id, start, end, title[start:end], extractor, True)
        s, e = start - off, end - off
        return Evidence(art.id, s, e, art.text[s:e], extractor, False)


# words that make a capitalised name an organisation's, not a person's
_ORG_WORDS = frozenset(
    {
        "agency",
        "council",
        "ministry",
        "union",
        "front",
        "army",
        "group",
        "organization",
        "organisation",
        "committee",
        "commission",
        "forces",
        "force",
        "party",
        "movement",
        "brigade",
        "brigades",
        "bank",
        "fund",
        "court",
        "office",
        "department",
        "institute",
        "foundation",
        "coalition",
        "alliance",
        "association",
        "network",
        "company",
        "corporation",
        "news",
        "times",
        "post",
        "press",
        "watch",
        "rights",
        "international",
        "nations",
        "league",
        "authority",
        "government",
        "state",
        "states",
        "parliament",
        "assembly",
        "service",
        "services",
        "center",
        "centre",
        "observatory",
        "crescent",
        "cross",
        "media",
        "tv",
        "radio",
        "channel",
        "daily",
        "herald",
        "journal",
        "tribune",
        "guardian",
        "airways",
        "airlines",
        "university",
        "school",
        "hospital",
        "police",
        "guard",
        "guards",
        "corps",
        "command",
        "mission",
        "program",
        "programme",
        "board",
        "federation",
        "republic",
        "kingdom",
        "emirates",
        "islands",
        "twitter",
        "facebook",
        "telegram",
        "x",
        "bureau",
        "affairs",
        "security",
        "defence",
        "defense",
        "health",
        "humanitarian",
        "aid",
        "relief",
        "development",
        "world",
        "global",
        "national",
        "united",
        "european",
        "african",
        "arab",
        "islamic",
        "democratic",
        "liberation",
    }
)


def _is_force_or_act(tok: Token) -> bool:
    """Whether a noun names armed forces or a violent act ("troops", "shelling")."""
    low = tok.lower_
    return (
        low in FORCE_NOUNS
        or low in ACT_NOUNS
        or tok.lemma_.lower() in ACT_NOUNS
        or low.rstrip("s") in ACT_NOUNS
    )


def _looks_like_person(ent: Span) -> bool:
    """An ORG-tagged name that is really a person's: "Sinem Koseoglu of Al Jazeera",
    '"...," Nacho Sanchez Amor said'.

    Two to four capitalised words, no organisation word, used as a speaker or
    followed by "of <organisation>".
    """
    words = [t for t in ent if t.is_alpha]
    if not 2 <= len(words) <= 4 or len(words) != len(ent):
        return False
    if any(
        not t.is_title or t.lower_ in _ORG_WORDS or t.lower_ in ROLE_WORDS
        for t in words
    ):
        return False
    doc = ent.doc
    head = ent.root
    if head.dep_ in SUBJ_DEPS and head.head.lemma_.lower() in SAY_VERBS:
        return True
    return ent.end < len(doc) and doc[ent.end].lower_ == "of"


def _conjuncts(tok: Token) -> Iterator[Token]:
    yield tok
    for c in tok.children:
        if c.dep_ in ("conj", "appos") and c.pos_ in ("NOUN", "PROPN", "PRON"):
            yield from _conjuncts(c)


def _until_break(doc: Doc, start: int, end: int) -> list[Token]:
    out = []
    for i in range(start, end):
        tok = doc[i]
        if tok.text in (",", ";", ":", '"', "(", ")") or tok.pos_ in ("VERB", "AUX"):
            break
        out.append(tok)
    return out


def _role_text(window: list[Token]) -> str | None:
    """The office named in a role phrase: its role words and what follows them."""
    words = [t for t in window if t.lower_ in ROLE_WORDS or t.is_title]
    if not words:
        return None
    first = next(i for i, t in enumerate(window) if t.lower_ in ROLE_WORDS)
    doc = window[0].doc
    text = doc[window[first].i : window[-1].i + 1].text
    return text.strip(" ,.;:") or None


# how a joint statement names its own authors
_SIGNATORY_NOUNS = frozenset(
    {"ministers", "leaders", "signatories", "governments", "countries", "members"}
)
# a body's name cut to its last word: "the League", "the Commission"
_SHORT_NAMES = frozenset(
    {
        "league",
        "council",
        "commission",
        "union",
        "front",
        "alliance",
        "movement",
        "coalition",
        "organisation",
        "organization",
        "committee",
        "federation",
        "community",
    }
)
# words that name an office or a government, never a person or a body by name
_OFFICE_WORDS = ROLE_WORDS | frozenset({"government", "administration", "authorities"})


def _only_role_words(ent: Span) -> bool:
    """Whether an entity is an office's words only: "the Chairperson",
    "The Humanitarian Coordinator", "the Government"."""
    words = [t for t in ent if t.lower_ not in ("the", "this", "our", "my", "its")]
    return (
        bool(words)
        and words[-1].lower_ in _OFFICE_WORDS
        and all(
            t.lower_ in _OFFICE_WORDS
            or t.lower_ in ("humanitarian", "resident", "special")
            for t in words
        )
    )
