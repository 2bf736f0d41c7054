"""What a call asks for: map the words of a demand to SKOS concepts of kg:DemandScheme.

The rules read the demand's own words ("an immediate return to the 2018
cease-fire", "to stop their offensive", "unhindered humanitarian access"), never
names of actors or places, so they carry over to any conflict.
"""

from __future__ import annotations

import re

_STOP = (
    r"(?:stop|stopping|halt|halting|end|ending|cease|ceasing|suspend|freeze|"
    r"an end to|end to|put an end|bring an end|curb|rein in|call off|refrain from)"
)
_ATTACK = (
    r"(?:offensives?|attacks?|assaults?|bombings?|bombardments?|bombing campaign|"
    r"air ?strikes?|strikes|shelling|military (?:operations?|actions?|campaign|attacks?)|"
    r"operations|campaign|onslaught|aggression|violence|war crimes|killings?|"
    r"incursions?|invasion|raids?|hostilities|advance|escalation|the regime|"
    r"targeting|siege|blockade|war\b|military escalation|barrel bombs?)"
)

# (concept local name, pattern over the lowercased demand text); order is output order
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (concept, re.compile(pattern))
    for concept, pattern in (
        # truce words, or stopping the fighting itself
        (
            "Ceasefire",
            r"cease-? ?fire|\btruce\b|armistice|cessation of (?:hostilities|fighting)|"
            r"(?:stop|halt|end|cease)\w* (?:to )?(?:the |all )?fighting|"
            r"(?:an end|end) to (?:the |all )?fighting|lay down (?:their |its )?arms|"
            r"silence the guns|humanitarian pause",
        ),
        # stopping an offensive, attacks, bombing or other violence
        (
            "EndOfOffensive",
            _STOP
            + r"\b(?:\W+\w+){0,8}?\W+"
            + _ATTACK
            + r"|"
            + _ATTACK
            + r"(?:\W+\w+){0,10}?\W+(?:must|should|to) (?:stop|end|cease|halt)",
        ),
        # access for aid and aid workers
        (
            "HumanitarianAccess",
            r"humanitarian (?:access|corridors?|aid|assistance|relief|convoys?|deliveries)|"
            r"(?:unimpeded|unhindered|unrestricted|safe|full|immediate|sustained) "
            r"(?:and \w+ )?(?:humanitarian )?access|access (?:for|to) (?:aid|humanitarian)|"
            r"aid (?:be |to be )?(?:given|allowed|delivered|let)|safe passage|"
            r"deliver(?:y of|ing)? (?:aid|assistance|food|medicine)",
        ),
        # protecting civilians
        (
            "ProtectionOfCivilians",
            r"protect(?:ion of|ing|s)? (?:the )?(?:civilians?|civilian population|"
            r"population|non-combatants|children|innocent)|civilian protection|"
            r"spar(?:e|ing) (?:the )?civilians|safety of (?:the )?civilians|"
            r"(?:ensure|guarantee)\w* (?:the )?(?:safety|security) of civilians|"
            r"guarantees to protect",
        ),
        # holding perpetrators to account
        (
            "Accountability",
            r"accountab|hold \w+(?: \w+)? accountable|held accountable|"
            r"(?:hold|held) (?:\w+ ){1,4}to account|"
            r"bring \w+(?: \w+)? to justice|\bjustice for\b|prosecut|"
            r"(?:independent|international|thorough|impartial|credible|full) "
            r"investigation|investigate|end (?:to )?impunity|\bimpunity\b|war crimes tribunal",
        ),
        # a negotiated, political way out
        (
            "PoliticalSolution",
            r"political (?:solution|process|settlement|transition|track|dialogue)|"
            r"peaceful (?:solution|settlement|resolution)|diplomatic (?:solution|settlement|"
            r"efforts|path|track)|negotiated (?:solution|settlement)|peace (?:process|talks|"
            r"negotiations|deal|agreement)|negotiations?|\btalks\b|\bdialogue\b|"
            r"resolution \d{3,4}|un-led (?:efforts|process)|un-facilitated|"
            r"return to the negotiating table",
        ),
        # lowering tension
        (
            "DeEscalation",
            r"de-? ?escalat|deescalat|\brestraint\b|reduce (?:the )?tensions?|"
            r"ease (?:the )?tensions?|calm (?:the situation|tensions)|"
            r"avoid (?:any )?(?:further )?escalation|prevent (?:further )?escalation",
        ),
        # abiding by international (humanitarian) law
        (
            "RespectForInternationalLaw",
            r"(?:respect|abide by|comply with|adhere to|uphold|observe)\w*"
            r"(?:\W+\w+){0,3}?\W+(?:international|humanitarian) (?:humanitarian )?law|"
            r"respect for (?:international |humanitarian )+law|"
            r"(?:respect|abide by|comply with|adhere to|uphold)\w*(?:\W+\w+){0,3}?\W+"
            r"(?:geneva conventions?|laws of war)",
        ),
        # an initiative, conference or mission by the international community
        (
            "InternationalInitiative",
            r"international (?:initiative|conference|mission|intervention|mechanism|"
            r"monitors?|peacekeep\w*|force)|no-fly zone|peacekeep",
        ),
        # troops out
        (
            "Withdrawal",
            r"withdraw\w*|pull(?:ing)? (?:out|back)|pullout|retreat from|leave (?:the )?"
            r"(?:territory|country|area|region)",
        ),
        # freeing people held
        (
            "ReleaseOfDetainees",
            r"(?:release|free|freeing)\w* (?:of )?(?:all )?(?:the )?(?:\w+ )?"
            r"(?:detainees|prisoners|hostages|captives|abductees|journalists)",
        ),
    )
)


def classify(text: str) -> tuple[str, ...]:
    """Demand concepts (local names in ``kg:DemandScheme``) that ``text`` asks for.

    Args:
        text: the words of the demand, as they stand in the sentence.

    Returns:
        Concept local names, in a fixed order; empty when none applies.

    >>> classify("an immediate return to the 2018 cease-fire")
    ('Ceasefire',)
    >>> classify("to stop their offensive to respect international law")
    ('EndOfOffensive', 'RespectForInternationalLaw')
    >>> classify("to provide more funding")
    ()
    """
    low = " ".join(text.lower().replace("’", "'").split())
    found = [concept for concept, rx in _RULES if rx.search(low)]
    # stopping "the fighting" is a ceasefire, not the end of one side's offensive
    if (
        "Ceasefire" in found
        and "EndOfOffensive" in found
        and not re.search(_ATTACK, low)
    ):
        found.remove("EndOfOffensive")
    return tuple(found)
