"""What a call asks for: map the words of a demand to SKOS concepts of kg:DemandScheme.

The rules read the demand's own words ("an immediate return to the 2018
cease-fire", "to stop their offensive", "unhindered humanitarian access"), never
names of actors or places, so they carry over to any conflict.
"""

from __future__ import annotations

import re
from contextvars import ContextVar

# verbs and phrases that stop something
_STOP = (
    r"(?:stop|stopping|halt|halting|end|ending|cease|ceasing|suspend|freeze|"
    r"an end to|end to|put an end|bring an end|curb|rein in|call off|refrain from)"
)
# violent acts one side carries out (not "fighting" or "hostilities", which are a
# ceasefire's business, nor "escalation", which is de-escalation's)
_ATTACK = (
    r"(?:offensives?|attacks?|assaults?|bombings?|bombardments?|bombing campaign|"
    r"air ?strikes?|strikes|shelling|military (?:operations?|actions?|campaign|attacks?)|"
    r"operations|campaign|onslaught|aggression|violence|war crimes|killings?|"
    r"incursions?|invasion|raids?|advance|the regime|targeting|siege|blockade|"
    r"war\b|barrel bombs?|"
    # "cease these dangerous and provocative actions"
    r"(?:hostile|aggressive|provocative|dangerous|destabili[sz]ing|reckless)"
    r"(?: and \w+)? (?:actions?|acts|activities))"
)
# people held against their will
_HELD = (
    r"(?:detainees|prisoners|hostages|captives|abductees|journalists|schoolgirls|"
    r"girls|boys|children|students|aid workers|workers|citizens|nationals|"
    r"soldiers|activists|crew|crews|sailors|civilians|(?:those|people|all) "
    r"(?:detained|held|abducted|taken))"
)
# the international community, or a body of it, as the one to act
_WORLD = (
    r"(?:international community|the world|world community|this council|the council|"
    r"security council|member states|the un\b|united nations|donors|partners)"
)
# troops and the like
_TROOPS = (
    r"(?:troops|forces|soldiers|army|military|fighters|units|tanks|personnel|"
    r"vessels|ships|warships|boats|fleet|militias?|mercenaries)"
)


# the staff of aid and health work: "humanitarian personnel", "medical staff"
_STAFF = r"(?:humanitarian|medical|health|aid|relief|un) (?:personnel|staff)"


def _rx(*parts: str) -> str:
    return "|".join(parts)


# (concept local name, pattern over the lowercased demand text); order is output order
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (concept, re.compile(pattern))
    for concept, pattern in (
        # truce words, or stopping the fighting itself
        (
            "Ceasefire",
            _rx(
                r"cease-? ?fire|\btruce\b|armistice|cessation of (?:all )?(?:hostilities|fighting|violence)",
                r"(?:stop|halt|end|cease|refrain\w* from)\w* (?:to )?(?:(?:the|all|any|further) ){0,2}"
                r"(?:fighting|hostilities)",
                r"(?:an end|end) to (?:the |all )?(?:fighting|hostilities)",
                r"(?:lay|put)\w* down (?:their |its |all )?(?:arms|weapons)|silence the guns|"
                r"humanitarian pause",
                r"(?:fighting|hostilities|war) (?:\w+ ){0,2}?(?:must|should|has to|needs? "
                r"to|to) (?:\w+ )?(?:stop|end|cease|halt)",
                r"(?:stop|halt|end|cease)\w* (?:to )?(?:the |this |all )?(?:war|conflict)\b(?! of aggression)",
                r"(?:an end|end) to (?:the |this )?(?:war|conflict)\b(?! of aggression)",
            ),
        ),
        # stopping an offensive, attacks, bombing or other violence
        (
            "EndOfOffensive",
            _rx(
                _STOP + r"\b(?:\W+\w+){0,8}?\W+" + _ATTACK,
                _ATTACK
                + r"(?:\W+\w+){0,10}?\W+(?:must|should|to) (?:now |immediately |"
                r"finally |also )?(?:stop|end|cease|halt)",
                r"not to (?:launch|carry out|begin|start|mount|expand) (?:an? |the |any )?"
                r"(?:\w+ )?(?:offensive|attack|assault|invasion|operation|incursion)",
                r"^(?:and |but )?(?:this|it|that|these|they|such \w+)\W+(?:\w+\W+){0,2}?"
                r"(?:must|should|has to|needs? to|have to) (?:\w+ )?(?:stop|end|cease)\b",
                r"(?:cease|stop|halt|end)\w* (?:all )?(?:its |their )?military (?:activities|activity|action)",
                r"(?:stop|end|halt)\w* (?:the )?killing",
                # "demand that there be no further attacks", "that the
                # shelling stop" (a subjunctive: the demand is the clause)
                r"\bno (?:further|more|new) " + _ATTACK,
                r"^(?:that )?(?:the |all |these |such |further )?"
                + _ATTACK
                + r" (?:immediately |now )?(?:stop|end|cease|halt)\b",
                # "stop firing missiles", "cease shelling the town"
                r"\b(?:stop|stopping|halt|halting|cease|ceasing|refrain\w* from) "
                r"(?:firing|launching|shooting|attacking|targeting|striking|"
                r"bombing|shelling|bombarding|raiding|besieging)\b"
                r"(?! (?:the )?(?:staff|employees|workers|officials|ministers)\b)",
                # lifting a siege ends it (and lets aid in: HumanitarianAccess)
                r"lift\w* (?:the |its |their )?(?:\w+ )?(?:siege|blockade)",
                r"(?:siege|blockade)(?:\W+\w+){0,4}?\W+(?:must|should|to|be) (?:be )?"
                r"(?:immediately |fully )?lifted",
                # "the blockade must not continue", "the siege cannot go on"
                _ATTACK
                + r"(?:\W+\w+){0,6}?\W+(?:must|should|can|ca)(?:not|n't| not| never)? "
                r"(?:not |never )?(?:be allowed to )?(?:continue|go on|persist)",
            ),
        ),
        # access for aid and aid workers
        (
            "HumanitarianAccess",
            _rx(
                r"humanitarian (?:access|corridors?|aid|assistance|relief|convoys?|deliveries)",
                # "grant visas to international aid groups"
                r"(?:grant|issu|approv|expedit)\w* (?:\w+ ){0,2}?visas? (?:to|for) "
                r"(?:\w+ ){0,3}?(?:aid|humanitarian|relief|ngos?|agencies)",
                # "the mission needs access", "UNMISS must have access"
                r"\b(?:needs?|must have|requires?) (?:full |safe |unhindered |immediate |"
                r"unimpeded |unfettered )?access\b",
                r"(?:unimpeded|unhindered|unrestricted|unfettered|safe|full|immediate|"
                r"sustained) (?:and \w+ )?(?:humanitarian )?access",
                r"access (?:for|to) (?:aid|humanitarian)",
                r"(?<!military )aid (?:must |should |to )?(?:be )?(?:given|allowed|"
                r"delivered|let|permitted)|safe passage",
                r"(?:aid|relief|humanitarian) (?:workers?|convoys?|agencies|trucks|"
                r"organi[sz]ations) (?:\w+ ){0,2}?(?:be )?(?:allowed|permitted|free|able) to",
                r"(?:address|meet)\w* (?:\w+ ){0,3}?humanitarian needs",
                r"(?:lift|ease|remove)\w* (?:\w+ ){0,2}?(?:movement )?restrictions",
                r"(?:aid|relief|humanitarian) (?:reaches|to reach|can reach|gets? (?:in|through))",
                r"obstruct\w* (?:of )?(?:aid|humanitarian)",
                r"(?:given|granted|allowed|grant|give|allow)\w* "
                r"(?!investigators|inspectors|monitors)(?:\w+ ){0,2}?access\b",
                r"lift\w* (?:the |its |their )?(?:siege|blockade)",
                r"(?:siege|blockade)(?:\W+\w+){0,4}?\W+(?:must|should|to|be) (?:be )?"
                r"(?:immediately |fully )?lifted",
                r"(?:re)?open\w* (?:\w+ ){0,4}?crossings?|crossings? (?:\w+ ){0,2}?(?:open|remains? open)",
                r"(?:authori[sz]\w*|allow\w*|permit\w*|extend\w*) (?:\w+ ){0,3}?(?:border )?crossings?",
                r"humanitarians? (?:\w+ ){0,3}?(?:operate|work|access|reach|move)",
                r"access (?:\w+ ){0,3}?(?:not )?(?:slowed|impeded|obstructed|delayed|"
                r"hindered|blocked|restricted)",
                r"(?:facilitat|scal|increas|surg|expand|allow|enabl)\w* (?:up )?(?:\w+ ){0,3}?"
                r"(?<!military )(?<!military-)(?<!arms )(?:aid|assistance|deliveries|supplies|relief)\b",
                r"flow of (?:\w+ ){0,2}?(?:aid|assistance|supplies|relief)",
                # "getting aid into Gaza", "to move more supplies in"
                r"(?:get|getting|gets|bring|bringing|move|moving)\b (?:\w+ ){0,2}?(?:aid|"
                r"assistance|relief|supplies|food|medicine)\b (?:\w+ )?(?:in|into|to|through)\b",
                r"(?:aid|food|assistance|relief) (?:\w+ ){0,3}?(?:to flow|to reach|reach|reaches|gets? in)",
                # "fuel must be able to reach hospitals", "medical supplies must
                # be able to get into the town"
                r"(?:aid|food|fuel|water|medicines?|medical supplies|supplies|"
                r"convoys|trucks|assistance) (?:\w+ ){0,3}?be able to "
                r"(?:reach|get (?:in|into|through)|enter|pass)\b",
                r"humanitarian (?:operations|workers?|personnel|staff|actors|agencies) "
                r"(?:\w+ ){0,5}?(?:move|operate|work|proceed|access|reach)",
                r"without (?:interference|obstruction|hindrance)",
                # "aid workers should not be obstructed", "convoys must never be
                # blocked"
                r"\b(?:aid|relief|humanitarian|convoys?|supplies|deliveries|trucks)\b"
                r"(?:\W+\w+){0,4}?\W+(?:must|should|can)(?:not| not| never) (?:\w+ )?"
                r"(?:be )?(?:obstructed|impeded|blocked|hindered|restricted|delayed)",
                r"deliver(?:y of|ing)? (?:aid|assistance|food|medicine)",
                r"(?:entry|passage|movement|delivery) of (?:\w+ ){0,2}?(?:aid|assistance|relief|"
                r"supplies|food|fuel|medicine|humanitarian)",
                r"(?:allow|let|permit)\w* (?:\w+ ){0,2}(?:aid|food|fuel|medicine|"
                r"supplies|assistance)",
                # "aid trucks waiting at Rafah to be allowed into Gaza", "fuel and
                # medical supplies must be allowed to reach the hospitals"
                r"\b(?:aid|relief|humanitarian|food|fuel|medic\w*|supplies|trucks|lorries|"
                r"convoys)\b(?:\W+\w+){0,6}?\W+(?:be )?(?:allowed|permitted|let) "
                r"(?:to (?:enter|reach|pass|cross|get)|in\b|into|through)",
            ),
        ),
        # protecting civilians
        (
            "ProtectionOfCivilians",
            _rx(
                # "stop recruiting children", "the use of starvation as a
                # method of warfare"
                r"recruit\w* (?:and use of )?(?:of )?(?:child|children|minors)\b|child soldiers",
                r"starvation as a (?:method|weapon|tactic)|starv\w* (?:of )?civilians",
                r"protect(?:ion of|ing|s)? (?:the )?(?:\w+ ){0,3}?(?:civilians?|civilian "
                r"population|population|people|non-combatants|children|innocent|aid "
                r"workers|health(?:care)? workers|humanitarian workers|displaced|"
                r"refugees|residents|families|persons|citizens|communities|women|girls|"
                r"minorities|(?:human rights )?defenders|activists|(?:social |local )?leaders|"
                r"journalists|" + _STAFF + ")",
                # "to respect the civilian population"
                r"respect\w* (?:for )?(?:the )?(?:lives of (?:the )?)?(?:civilian population|"
                r"civilians\b)",
                r"(?:stop|end|cease|refrain from)\w* (?:\w+ ){0,2}?(?:attack|target|shoot|"
                r"kill|shell|bomb)\w* (?:\w+ ){0,2}?(?:civilians?|people|residents|"
                r"families|displaced)",
                r"civilian protection|spar(?:e|ing) (?:the )?civilians",
                r"(?:civilians|children|population|people|hospitals|schools|aid workers|"
                r"journalists|humanitarian workers|" + _STAFF + r") (?:\w+ ){0,4}?"
                r"(?:be |are |is )?(?:protected|spared|safeguarded)",
                r"(?:civilians|children|hospitals|schools|shelters|homes|aid workers|"
                r"journalists|humanitarian workers|medical facilities|" + _STAFF + r") "
                r"(?:\w+ ){0,4}?(?:never|not) (?:\w+ )?(?:be )?(?:a )?(?:targets?|targeted|attacked)",
                r"spar(?:e|ing) (?:\w+ ){0,3}?(?:hospitals|schools|homes|infrastructure|"
                r"water|power|medical|civilian)",
                r"safety of (?:the )?civilians|guarantees to protect",
                r"(?:ensure|guarantee)\w* (?:the )?(?:safety|security) of civilians",
                r"avoid(?:ing)? civilian (?:casualties|deaths|harm)",
                r"minimi[sz]\w* (?:\w+ )?(?:harm|casualties|damage) to civilians",
                r"harm to civilians",
                r"civilian (?:welfare|lives|safety|harm|infrastructure)",
                r"(?:attacks?|strikes?|shelling|bombing|violence|targeting)\W+(?:\w+\W+){0,3}?"
                r"(?:on|against|of)\W+(?:the\W+)?(?:civilians?|aid workers|"
                r"hospitals|schools|humanitarian workers|journalists|"
                r"(?:humanitarian|medical|health) (?:personnel|staff|workers))",
                r"not (?:to )?(?:target|attack|strike|harm|shell|bomb|kill)\w*(?:\W+\w+){0,3}?"
                r"\W+civilian",
                r"(?:safety|security|protection) of (?:\w+ ){0,2}?(?:workers|staff|personnel|"
                r"civilians|journalists)",
                r"workers'? (?:safety|security)",
                r"civilian (?:casualties|deaths|suffering)|precautions|proportionality",
                r"populated (?:areas|neighbou?rhoods|districts)",
                r"violence against (?:\w+ ){0,2}?(?:civilians|communities|villages|protesters|"
                r"demonstrators|journalists|women|children)",
                r"(?:stop|end|cease)\w* (?:\w+ ){0,2}?target\w* (?:of )?civilians?",
                r"protection (?:for|to) (?:the )?(?:\w+ ){0,2}?(?:civilians?|people|population|"
                r"children|non-combatants|aid workers|health(?:care)? workers)",
                r"(?:stop|end|cease|refrain from)\w* (?:\w+ ){0,2}?(?:attack|target|bomb|shell)\w* "
                r"(?:on )?(?:\w+ )?(?:health|hospitals|medical|schools|civilian)",
            ),
        ),
        # holding perpetrators to account
        (
            "Accountability",
            _rx(
                r"accountab|hold \w+(?: \w+)? accountable|held accountable",
                r"(?:hold|held) (?:\w+ ){0,4}to account",
                r"bring \w+(?: \w+){0,7}? to justice|\bjustice for\b|prosecut",
                r"(?:independent|international|thorough|impartial|credible|full|"
                r"transparent|prompt|swift|urgent) (?:and \w+ )?investigation|investigate|"
                r"end (?:to )?impunity|\bimpunity\b|investigations? (?:into|of)\b",
                r"(?:investigators|inspectors|monitors) (?:\w+ ){0,2}?access",
                r"war crimes tribunal|international criminal court|\bicc\b",
                r"(?:face|brought to|deliver) justice|perpetrators (?:must|should) be",
                r"those responsible (?:\w+ ){0,3}?(?:account|justice|prosecuted|punished)",
                r"punish\w* (?:\w+ ){0,2}?(?:the )?(?:perpetrators|those responsible|culprits|"
                r"killers|attackers)",
                r"unpunished|answer for|held responsible|(?:fact-finding|commission of "
                r"inquiry|inquiry) (?:\w+ ){0,6}?access",
                r"targeted sanctions|sanctions? (?:on|against) (?:those|the perpetrators|individuals)",
                # "called for an investigation", "a UN-led inquiry", "a probe"
                r"\b(?:an?|the) (?:[\w-]+ ){0,3}?(?:investigation|inquiry|probe)\b"
                r"(?!'s| (?:found|finds|said|concluded|reported|findings))",
            ),
        ),
        # a negotiated, political way out
        (
            "PoliticalSolution",
            _rx(
                r"political (?:solution|process|settlement|transition|track|dialogue|agreement)",
                r"peaceful (?:solution|settlement|resolution)",
                r"diplomatic (?:solution|settlement|efforts|path|track)",
                r"negotiated (?:solution|settlement|end|peace)",
                r"peace (?:process|talks|negotiations|deal|agreement)",
                r"(?:direct|political|diplomatic|indirect|ceasefire) "
                r"(?:talks|negotiations)",
                r"(?<!trade )\btalks (?:between|with|among)\b|(?<!trade )\bnegotiations (?:between|with)\b",
                r"(?:resume|return to|hold|start|begin|join|restart|enter into|engage in) "
                r"(?:the |direct )?(?:talks|negotiations)",
                r"negotiate (?:a|an|the) (?:solution|settlement|end|peace|deal)",
                # resolution 2254 (2015) is Syria's political roadmap; other
                # resolutions are obligations (RespectForInternationalLaw)
                r"\bdialogue\b|two-state solution|resolution 2254",
                r"un-led (?:efforts|process)|un-facilitated|return to the negotiating table",
                r"no (?:viable |possible |purely )?military (?:solution|victory)|\b(?:free|fair|credible|inclusive|democratic)\b"
                r"[\w ,]{0,60}?\belections\b",
                # "hand power back to civilians", "return power to a civilian
                # government"
                r"(?:hand\w*|return\w*|transfer\w*|restor\w*) (?:over |back )?power "
                r"(?:back )?to (?:a |the )?civilian|"
                # "the return to power of democratically elected leaders"
                r"(?:return\w*|restor\w*|reinstat\w*) (?:\w+ ){0,4}?(?:democratically )?"
                r"elected (?:leaders|government|president|officials|civilian)|"
                r"electoral process|(?:holding of|hold) (?:\w+ ){0,6}?elections|"
                r"peace processes?",
                r"(?:come|return|go) (?:back )?to the (?:negotiating )?table",
                r"constitutional order|civilian(?:-led)? (?:rule|government|transition)",
                r"implement\w* (?:\w+ ){0,4}?(?:peace|ceasefire) (?:agreement|deal|accord)",
                r"peace (?:agreement|accord)|(?:lasting|durable|just|long-term|sustainable) peace",
                r"political horizon|the only way (?:out|forward)",
                # "to resolve their differences", "by peaceful means"
                r"resolv\w* (?:\w+ ){0,2}?differences|(?:peaceful|political|diplomatic) means",
                # "now is the time to reach an agreement"
                r"reach\w* (?:an? |the )?(?:\w+ ){0,2}?(?:agreement|deal|settlement|accord)\b",
                # "conclude / finalise / agree to the deal": a deal to end it, not
                # an arms or trade deal
                r"(?:(?:conclud|finali[sz]|agree\w* to)\w* (?:an? |the |this |that )?|"
                r"(?:strik(?:e|ing)|struck|clinch\w*|seal\w*) (?:an? |the |this |that ))"
                r"(?!(?:\w+ )?(?:arms|trade|gas|oil|grain|"
                r"investment|business|nuclear|loan) )(?:\w+ ){0,2}?"
                r"(?:agreement|deal|settlement|accord)\b",
            ),
        ),
        # the parties talking: talks, negotiations, dialogue, the table, mediation
        # (also a political solution's way, so both concepts come out)
        (
            "Negotiations",
            _rx(
                r"(?<!trade )(?<!trade-)\b(?:talks|negotiations?|dialogue|mediation)\b",
                r"(?:come|return|go|get) (?:back )?to the (?:negotiating )?table",
                r"\bnegotiate\b|\bengage (?:\w+ )?with each other",
                # "stop fighting and start talking", "talk to one another"
                r"(?:start|begin|resume)\w* talking\b|"
                r"\btalk\w* (?:directly )?(?:to|with) (?:each other|one another)",
                # "bring the parties (back) to the table"
                r"(?:bring|get)\w* (?:\w+ ){0,3}?(?:back )?to the (?:negotiating )?table",
            ),
        ),
        # lowering tension
        (
            "DeEscalation",
            _rx(
                r"de-? ?escalat|deescalat|\brestraint\b",
                # "desist from excessive force", "stop using lethal force against
                # protesters"
                r"(?:desist|refrain|stop|cease|end)\w* (?:from )?(?:the )?(?:using |use of )?"
                r"(?:the )?(?:excessive|lethal|disproportionate|indiscriminate) "
                r"(?:use of )?force|(?:excessive|disproportionate) use of force",
                r"(?:reduce|ease|defuse|lower) (?:the )?tensions?",
                # "an immediate reduction of violence", "reduce the violence"
                r"(?:reduc\w*|lower\w*|decreas\w*) (?:of |in )?(?:the )?(?:levels? of )?violence",
                r"calm (?:the situation|tensions)|restore calm|^(?:for )?(?:calm|"
                r"(?:maximum |utmost )?restraint)$|\b(?:return to|keep|maintain) (?:the )?calm\b",
                r"(?:avoid|prevent|refrain from) (?:any )?(?:further )?"
                r"(?:military )?escalation",
                # "to reject violence", "renounce violence"
                r"(?:reject|renounc|abandon|forswear)\w* (?:all )?(?:forms of )?violence",
                r"step back from the (?:edge|brink)|not (?:to )?escalate",
                # "refrain from any action that could inflame", "end this escalation"
                # outside support that feeds the war: "cease support for armed
                # groups", "refrain from arming either side"
                r"(?:cease|stop|end|halt|refrain from|an end to)\w* (?:all |any |their |its )?"
                r"(?:\w+ )?(?:support|cooperation|assistance|arms supplies) (?:for|to|with) "
                r"(?:\w+ ){0,3}?(?:armed groups?|militias?|rebels?|m23|rsf|proxies|the \w+)",
                # "stop providing the rebels with military and financial support"
                r"(?:stop|cease|end|halt)\w* (?:provid|suppl|giv)\w* (?:\w+ ){0,3}?with "
                r"(?:\w+ ){0,4}?(?:support|weapons|arms|funding|assistance)",
                # "stop the flow of weapons", "end external interference"
                r"(?:stop|cease|end|halt|curb)\w* (?:the )?(?:flow|supply|transfer)s? of "
                r"(?:\w+ )?(?:weapons|arms)|(?:foreign|external|outside) interference",
                r"(?:stop|cease|refrain from|end)\w* (?:\w+ )?(?:arming|supplying weapons|"
                r"sending weapons|fuelling the (?:war|conflict))",
                r"refrain\w* from (?:any |all |further )?(?:\w+ )?(?:actions?|acts|steps|"
                r"measures|moves)\b",
                r"(?:stop|end|halt|reverse)\w* (?:the |this |any |further )?(?:\w+ )?"
                r"escalation|escalation (?:\w+ )?(?:must|should|has to|needs? to) "
                r"(?:\w+ )?(?:stop|end|cease)",
                r"refrain\w* from (?:\w+ ){0,8}?(?:escalat\w*|provocat\w*)",
            ),
        ),
        # abiding by international (humanitarian) law
        (
            "RespectForInternationalLaw",
            _rx(
                r"(?:respect|abid|compl[yi]|adher|uphold|upheld|observ|honou?r|meet|fulfil|keep|"
                r"appl[yi]|application|implement)\w*"
                r"(?:\W+\w+){0,6}?\W+(?:international|humanitarian) "
                r"(?:(?:humanitarian|and|human|rights) )*law",
                r"obligations under (?:international|humanitarian)",
                r"(?:international|humanitarian|maritime) (?:humanitarian )?law(?:\W+\w+){0,3}?"
                r"\W+(?:respected|upheld|observed|complied|honou?red)",
                r"(?:respect|uphold|violat\w*|breach\w*)(?:\W+\w+){0,3}?\W+"
                r"(?:sovereignty|territorial integrity)",
                r"freedom of navigation|settlement (?:activity|construction|expansion)",
                r"(?:compl[yi]\w*|enforce\w*|respect\w*|uphold|implement\w*)"
                r"(?:\W+\w+){0,3}?\W+(?:(?:arms )?embargo|sanctions regime|"
                r"(?:security council )?resolutions?\b(?! 2254))",
                r"respect for (?:international |humanitarian )+law",
                # "basic humanitarian norms to be respected", "the respect of
                # humanitarian principles"
                r"(?:respect\w*|uphold\w*|abid\w*|adher\w*|compl[yi]\w*|enforc\w*|appl[yi]\w*)"
                r"(?:\W+\w+){0,4}?\W+humanitarian (?:norms|standards|principles|rules)",
                r"humanitarian (?:norms|standards|principles|rules)(?:\W+\w+){0,4}?\W+"
                r"(?:be )?(?:respected|upheld|observed|honou?red)",
                # "sovereignty and the UN Charter must be respected", "in
                # accordance with IHL", "abide by resolution 2736", "implement
                # their commitments"
                r"(?:sovereignty|territorial integrity|charter|geneva conventions?)"
                r"(?:\W+\w+){0,6}?\W+(?:be |are |is )?(?:respected|upheld|honou?red)",
                r"in (?:accordance|line|compliance) with (?:\w+ ){0,2}?(?:international|"
                r"humanitarian) (?:humanitarian )?law",
                r"(?:abid\w*|compl[yi]\w*|adher\w*) (?:by |with |to )?(?:\w+ ){0,3}?"
                r"resolutions?\b(?! 2254)",
                r"(?:implement|honou?r|abide by|fulfil|respect|uphold)\w* (?:\w+ ){0,3}?"
                r"(?:commitments|obligations|undertakings)",
                # "abide by the Jeddah Declaration", "honour the agreement"
                r"(?:honou?r|abide by|adhere to|comply with|fulfil|uphold)\w* "
                r"(?:the |its |their |this )?(?:\w+ ){0,3}?"
                r"(?:agreement|accords?|declaration|commitments)\b",
                r"(?:respect|abide by|comply with|adhere to|uphold)\w*(?:\W+\w+){0,3}?\W+"
                r"(?:geneva conventions?|laws of war|(?:un|united nations) charter)",
                # a court's binding orders: "comply with the provisional measures
                # ordered by the ICJ", "abide by the court's ruling"
                r"(?:compl[yi]\w*|abid\w*|respect\w*|implement\w*|enforce\w*)"
                r"(?:\W+\w+){0,4}?\W+(?:provisional measures|(?:court'?s? |icj'?s? )?"
                r"(?:orders?|rulings?|judge?ments?|opinion)\W+(?:\w+\W+){0,2}?"
                r"(?:international court|icj|world court|court of justice))",
                r"(?:compl[yi]\w*|abid\w*|respect\w*|implement\w*)(?:\W+\w+){0,3}?\W+"
                r"(?:the )?(?:icj|international court of justice|world court)'?s? "
                r"(?:orders?|rulings?|judge?ments?|measures|opinion)",
            ),
        ),
        # an initiative, conference or mission by the international community
        (
            "InternationalInitiative",
            _rx(
                r"international (?:initiative|conference|mission|intervention|mechanism|"
                r"monitors?|peacekeep\w*|force)",
                r"(?:un|united nations) (?:\w+ )?(?:mission|monitors|observers)",
                # a force to be sent, not peacekeepers who were hurt
                r"monitoring mission|no-fly zone|peacekeeping (?:force|mission|"
                r"operation|troops|presence)|(?:deploy|send|dispatch)\w* (?:\w+ ){0,3}?"
                r"peacekeep",
                r"(?:international|multinational) (?:security )?(?:support |security )?"
                r"(?:assistance|support mission)",
                _WORLD + r" (?:must |should |needs? to |has to |to |can |could )?"
                r"(?:\w+ )?(?:continue to |wake up and )?(?:act|do|step up|redouble|respond|support|"
                r"take action|contribute|combine|unite|mobili[sz]e|coordinate|join|"
                r"bring (?:its|their) influence to bear|use (?:its|their) influence)\b",
                # "funding is urgently needed", "the mission needs adequate
                # equipment and personnel"
                r"\bfunding (?:is |are )?(?:\w+ )?(?:needed|required)|"
                r"(?:needs?|requires?|lacks?) (?:\w+ ){0,6}?(?:funding|resources|equipment|"
                r"personnel|support) to\b",
                r"what (?:this|the) council can do",
                # "the appointment of a Special Representative", "appoint an envoy"
                r"appoint\w* (?:of )?(?:\w+ ){0,3}?(?:envoy|representative|mediator|coordinator)",
                r"(?:mission|force|operation)s? (?:\w+ ){0,2}?(?:has|have|gets?) (?:the )?(?:\w+ )?"
                r"(?:resources|funding|capabilities|capacity)\b",
                # "to join and support this initiative"
                r"(?:join|support|back|fund|contribute to)\w* (?:\w+ ){0,3}?(?:this|the|our) "
                r"(?:\w+ )?(?:initiative|conference|appeal|response plan|humanitarian response)",
                r"(?:emergency|urgent|special) (?:session|meeting)",
                r"(?:council|community|nations|world|organi[sz]ation|union) "
                r"(?:\w+ ){0,2}?(?:to )?intervene\b",
                r"provid\w* (?:\w+ ){0,3}?(?:troops|personnel|police officers)",
                r"(?:fund|funding|contribut)\w* (?:to )?(?:the )?(?:humanitarian )?(?:response|appeal|plan)",
                r"(?:support|back)\w* (?:the )?(?:\w+ ){0,3}?(?:mission|envoy|mediation efforts)",
                r"contribut\w* (?:\w+ ){0,3}?(?:personnel|troops|funding|resources|equipment)",
                r"engag\w* (?:\w+ ){0,6}?with the (?:\w+ ){0,2}?(?:envoy|mediat\w*|facilitator)",
            ),
        ),
        # troops out
        (
            "Withdrawal",
            _rx(
                r"withdraw\w*(?: \w+){0,3}? " + _TROOPS,
                r"withdrawal of (?:\w+ ){0,3}?" + _TROOPS,
                r"withdrawal of (?!(?:the |its |his |her |their )?(?:bill|motion|"
                r"ambassadors?|application|candidacy|draft|offer)\b)(?:[\w-]+ ){1,5}?from\b",
                r"(?:'s|full|complete|immediate|total) withdrawal\b(?! from the "
                r"(?:nuclear )?(?:deal|agreement|treaty|talks|accord))",
                r"withdraw\w* from (?!the (?:nuclear )?(?:deal|agreement|treaty|talks|"
                r"accord|negotiations|race))",
                r"pull(?:ing)? (?:\w+ ){0,3}?(?:out|back)\b|pullout|retreat from",
                # "demanded their withdrawal" (not "its withdrawal of the bill")
                r"^(?:for )?(?:their|its) (?:immediate |full |complete )?withdrawal\b(?! of\b)"
                r"(?! from the (?:nuclear )?(?:deal|agreement|treaty|talks|accord))",
                # "return to their bases", "withdraw to their former positions"
                r"(?:withdraw\w*|return\w*|go(?:es|ing)? back|mov\w* back|fall\w* back) "
                r"(?:back )?to (?:their|its|his|the) (?:\w+ ){0,2}?"
                r"(?:positions|bases|barracks|lines|borders?|pre-\w+ positions)\b",
                r"leave (?:the )?(?:territory|country|area|region)",
                # "demanded that Eritrean troops leave Tigray"
                _TROOPS + r" (?:will |should |must |to |immediately |now )?"
                r"(?:leave|quit|exit|vacate)\b(?! for\b)(?! the army\b)",
                # "Eritrean forces should leave Tigray"
                _TROOPS + r"(?:\W+\w+){0,3}?\W+(?:must|should|to|need to|have to) "
                r"(?:\w+ )?(?:leave|quit|exit|vacate)\b",
                # "urged Russia to withdraw": nothing said of what else
                r"\bwithdraw(?: immediately| completely| fully| unconditionally)?$",
            ),
        ),
        # freeing people held
        (
            "ReleaseOfDetainees",
            _rx(
                # ("free" the verb: not "the free movement of civilians")
                r"(?:release\w*|freeing|(?<!the )free(?:s|d)?\b) (?:of )?(?:all )?"
                r"(?:the |its |their )?(?!movement)(?:\w+ ){0,3}?" + _HELD,
                r"(?:release\w*|freeing|(?<!the )free(?:s|d)?)\b(?! movement)"
                r"(?:\W+\w+){0,6}?\W+" + _HELD,
                r"\b(?:be|been|being|is|are) (?:\w+ )?(?:released|freed|returned home)\b",
                r"(?:release|free)\w* (?:all )?(?:of )?them\b|hostages?(?:-| )(?:release|deal)",
                r"\brelease\b(?! of (?:the )?(?:\w+ )?(?:funds|report|data|documents|"
                r"information|aid|assistance|findings|results|statement|budget)\b)",
                r"(?:arbitrarily|unjustly|wrongfully|unlawfully) (?:detained|held|imprisoned)",
                r"return of (?:\w+ ){0,3}?(?:children|deportees|prisoners|civilians)",
                # "to see the hostages home", "bring the captives back home"
                r"\b(?:hostages|detainees|prisoners|captives|abductees)\b(?:\W+\w+){0,3}?\W+home\b",
                # "to see all detainees released", "the hostages freed"
                _HELD + r"(?:\W+\w+){0,3}?\W+(?:released|freed|set free)\b",
                r"prisoner(?:s)? (?:exchange|swap)|(?:exchange|swap) of (?:all )?"
                r"(?:the )?(?:prisoners|detainees|captives|hostages|prisoners of war)",
            ),
        ),
    )
)


#: the analyst's own concepts (``kg build --demands``): ``(id, pattern)`` pairs
#: tried after _RULES; set around each batch by kg.workers.Reader
USER_RULES: ContextVar[tuple[tuple[str, re.Pattern[str]], ...]] = ContextVar(
    "user_demand_rules", default=()
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
    # "IHL", "IHRL": the law written out
    low = re.sub(r"\bihl\b", "international humanitarian law", low)
    found = [concept for concept, rx in (*_RULES, *USER_RULES.get()) if rx.search(low)]
    # access for investigators is accountability, not aid
    if (
        "HumanitarianAccess" in found
        and _INQUIRY_ACCESS.search(low)
        and not _AID_WORDS.search(low)
    ):
        found.remove("HumanitarianAccess")
    # "this escalation must stop" asks for de-escalation, not the end of an attack
    if (
        "EndOfOffensive" in found
        and "DeEscalation" in found
        and not re.search(_ATTACK, low)
    ):
        found.remove("EndOfOffensive")
    return tuple(found)


_INQUIRY_ACCESS = re.compile(
    r"\b(?:investigators|inspectors|monitors|fact-finding|inquiry)\b(?:\W+\w+){0,3}?"
    r"\W+access\b"
)
_AID_WORDS = re.compile(r"\b(?:aid|humanitarian|relief|food|medical|supplies)\b")
