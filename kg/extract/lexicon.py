"""Word lists shared by the extractors: dependency labels and closed classes."""

from __future__ import annotations

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
