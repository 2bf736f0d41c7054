"""Word lists shared by the extractors: dependency labels and closed classes."""

from __future__ import annotations

from spacy.tokens import Token

# nominal subjects of active or passive verbs
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# direct and prepositional objects
OBJ_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
# clausal complements that carry the content of a call or report
COMP_DEPS = frozenset({"xcomp", "ccomp", "advcl"})

# verbs that report speech; their subject is the speaker of a quote
SAY_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "stress",
        "note",
        "warn",
        "write",
        "tweet",
        "conclude",
        "declare",
        "explain",
        "announce",
        "affirm",
        "emphasize",
        "emphasise",
        "underline",
        "underscore",
        "highlight",
        "reaffirm",
        "reiterate",
        "insist",
        "argue",
        "comment",
        "remark",
        "respond",
        "reply",
        "post",
        "continue",
        "assert",
        "acknowledge",
        "observe",
        "confirm",
    }
)

# nouns for the armed forces or government of a state: "<demonym> <noun>" is the state
FORCE_NOUNS = frozenset(
    {
        "regime",
        "government",
        "forces",
        "force",
        "army",
        "troops",
        "military",
        "authorities",
        "officials",
        "militias",
        "militia",
        "soldiers",
        "jets",
        "warplanes",
        "aircraft",
        "planes",
        "navy",
        "police",
        "administration",
        "leadership",
        "president",
        "leader",
        "leaders",
        "ministry",
        "diplomats",
        "diplomacy",
        "side",
        "delegation",
        "artillery",
        "drones",
        "units",
        "fighters",
        "air force",
        "officers",
        "parliament",
        "cabinet",
        "state",
        "vessels",
        "warships",
        "coastguard",
        "guard",
        "ships",
    }
)

# nouns that name an office; a person next to one is affiliated with its organisation
ROLE_WORDS = frozenset(
    {
        "president",
        "minister",
        "secretary",
        "secretary-general",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "head",
        "leader",
        "commissioner",
        "representative",
        "chargé",
        "charge",
        "coordinator",
        "attaché",
        "consul",
        "envoy",
        "ambassador",
        "governor",
        "commander",
        "general",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "director",
        "official",
        "diplomat",
        "rapporteur",
        "lawmaker",
        "mp",
        "senator",
        "king",
        "emir",
        "prince",
        "premier",
        "chancellor",
        "deputy",
        "adviser",
        "advisor",
        "negotiator",
        "correspondent",
        "reporter",
        "journalist",
        "counterpart",
        "mayor",
        "officer",
        "colonel",
        "lieutenant",
        "marshal",
        "admiral",
        "sheikh",
        "founder",
        "member",
        "delegate",
        "administrator",
        "high",
        "undersecretary",
        "under-secretary",
        "vice",
        "prime",
        "foreign",
        "defence",
        "defense",
        "interior",
        "army",
        "staff",
        "mediator",
        "monitor",
        "editor",
        "analyst",
        "researcher",
        "executive",
        "ceo",
    }
)

# personal pronouns that refer to a person, and those that refer to a group
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "it", "its"})
SELF_PRONOUNS = frozenset({"i", "we", "me", "us", "our", "my"})


def is_self_pronoun(tok: Token) -> bool:
    """ "We", "I", "our": also when the tagger, after a headline, takes "We"
    for a name ("US" stays the United States)."""
    return tok.lower_ in SELF_PRONOUNS and (tok.pos_ == "PRON" or tok.lower_ == "we")


# modal auxiliaries that make a statement hypothetical
HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may"})

# nouns of violent acts: "<demonym> <act>" was done by that state ("Russian shelling")
ACT_NOUNS = frozenset(
    {
        "airstrike",
        "strike",
        "raid",
        "bombing",
        "bombardment",
        "shelling",
        "missile",
        "rocket",
        "drone",
        "attack",
        "offensive",
        "assault",
        "incursion",
        "invasion",
        "operation",
        "fire",
        "gunfire",
        "barrage",
        "onslaught",
        "campaign",
        "blockade",
        "siege",
        "aggression",
        "occupation",
        "crackdown",
    }
)

# people a noun can name (as lemmas: "soldier" is also "soldiers")
PERSON_NOUNS = frozenset(
    {
        "journalist",
        "reporter",
        "commander",
        "leader",
        "soldier",
        "officer",
        "policeman",
        "guard",
        "worker",
        "civilian",
        "man",
        "woman",
        "child",
        "boy",
        "girl",
        "son",
        "daughter",
        "father",
        "mother",
        "driver",
        "doctor",
        "nurse",
        "teacher",
        "student",
        "member",
        "activist",
        "ambassador",
        "official",
        "minister",
        "general",
        "colonel",
        "fighter",
        "militant",
        "volunteer",
        "photographer",
        "cameraman",
        "priest",
        "imam",
        "farmer",
        "resident",
        "villager",
        "protester",
        "demonstrator",
        "detainee",
        "prisoner",
        "hostage",
        "diplomat",
        "mayor",
        "governor",
        "chief",
        "spokesman",
        "employee",
        "staff",
        "citizen",
        "national",
        "tourist",
        "pilot",
        "sailor",
        "medic",
        "paramedic",
        "commissioner",
        "councillor",
        "councilor",
        "administrator",
        "judge",
        "lawyer",
        "prosecutor",
        "engineer",
        "contractor",
        "peacekeeper",
        "policewoman",
        "gendarme",
        "trooper",
        "militiaman",
        "rebel",
        "insurgent",
        "jihadist",
        "sheikh",
        "cleric",
        "elder",
        "herder",
        "fisherman",
        "shepherd",
        "trader",
        "merchant",
        "shopkeeper",
        "businessman",
        "businesswoman",
        "baby",
        "infant",
        "toddler",
        "teenager",
        "youth",
        "pupil",
        "lawmaker",
        "senator",
        "deputy",
        "politician",
        "candidate",
        "dissident",
        "defender",
        "blogger",
        "humanitarian",
        "translator",
        "interpreter",
        "bodyguard",
        "sergeant",
        "lieutenant",
        "captain",
        "corporal",
        "marine",
        "commando",
        "sniper",
        "spokesperson",
        "husband",
        "wife",
        "brother",
        "sister",
        "grandfather",
        "grandmother",
        "uncle",
        "nephew",
        "niece",
        "cousin",
        "neighbour",
        "neighbor",
        "relative",
        "passenger",
        "pedestrian",
        "bystander",
        "patient",
        "refugee",
        "migrant",
        "worshipper",
        "pilgrim",
        "monk",
        "nun",
        "pastor",
        "bishop",
        "rabbi",
        "colleague",
        "informer",
        "terrorist",
        "bandit",
        "gunman",
        "kidnapper",
        "attacker",
        "informant",
        "collaborator",
        "suspect",
        "guardsman",
        "ranger",
        "conscript",
        "recruit",
        "cadet",
        "surgeon",
        "midwife",
        "chemist",
        "pharmacist",
        "professor",
        "lecturer",
        "scholar",
        "researcher",
        "staffer",
        "agent",
        "envoy",
        "observer",
        "monitor",
    }
)


# what an act does to people or places: "it killed 50", "it hit a school"
_HARM_LEMMAS = frozenset(
    {"kill", "wound", "injure", "hit", "destroy", "damage", "strike", "leave"}
)


def it_names_an_act(it: Token) -> bool:
    """Whether "it", subject of a verb of harm, stands for a violent act named
    earlier in its sentence ("the strike on X, who say it killed 50";
    "an inquiry into the bombing; officials said it destroyed a school"),
    not for a group or the one who spoke."""
    if it.lower_ != "it" or it.dep_ != "nsubj":
        return False
    if it.head.lemma_.lower() not in _HARM_LEMMAS:
        return False
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in ACT_NOUNS
        for t in it.doc[it.sent.start : it.i]
    )


# verbs by which an act was done: "carried out by X", "claimed by X"
DONE_VERBS = frozenset(
    {"carry", "conduct", "perpetrate", "launch", "commit", "stage", "mount", "claim"}
)


# what "no" denies of an act or a death: "no reports that ...", "no evidence
# that the site was shelled" (not "no justification for this attack, which has
# killed civilians")
REPORT_NOUNS = frozenset(
    {
        "report",
        "evidence",
        "sign",
        "indication",
        "word",
        "confirmation",
        "information",
        "suggestion",
        "proof",
        "record",
        "claim",
        "news",
    }
)
