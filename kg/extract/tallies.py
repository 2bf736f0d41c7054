"""Running totals: tolls over a period, not one attack.

"The war has killed tens of thousands since April 2023", "such attacks have
claimed more than 2,000 lives since 2015", "so far this year 300 civilians have
died", "years of fighting have left hundreds of thousands dead".  The counts
stand (they are what the text reports), but the sentence tells of no one act:
its attack reading gets the status ``RunningTotal`` (``kg:RunningTotal``), so no
attack count and no perpetrator borrowed from the sentence before is read into
it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Event, EventKind

#: status local name (kg:StatusScheme) of a toll over a period
RUNNING_TOTAL = "RunningTotal"

_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)"
)
_SPAN = re.compile(
    r"\b(?:since (?:the (?:start|beginning|outbreak|onset)\b|"
    r"(?:the |its |their )?(?:war|conflict|fighting|offensive|invasion|insurgency|"
    r"uprising|crisis)\b(?:\W+\w+){0,2}?\W+(?:began|started|erupted|broke out)|"
    r"(?:early |late |mid-?)?" + _MONTHS + r"\b|(?:early |late |mid-?)?(?:19|20)\d\d\b)"
    r"|so far(?! from)|to date\b|in total\b|all told\b|"
    r"over the (?:past|last|previous) (?:\w+ )?(?:years?|months|decades?)|"
    r"(?:years|decades?|months) of (?:war|conflict|fighting|violence|insurgency)|"
    r"since (?:it|they) (?:began|started))",
    re.IGNORECASE,
)


# the war itself as what kills: "the conflict has killed", "the war has left"
_WAR_KILLS = re.compile(
    r"\b(?:war|conflict|insurgency|civil war|fighting)\b[^.;]{0,60}?\b(?:has|have) "
    r"(?:\w+ )?(?:killed|claimed|left|cost)\b",
    re.IGNORECASE,
)
# "..., bringing the toll this week to 11": one act, and the tally it adds to
_ADDED_TO = re.compile(
    r"\b(?:bringing|raising|taking|pushing|lifting)\b(?:\W+\w+){0,4}?\W+"
    r"(?:toll|total|number|tally)\b",
    re.IGNORECASE,
)


def is_running_total(sentence: str) -> bool:
    """Whether a sentence tallies a period rather than telling of one act.

    >>> is_running_total("The war has killed 20,000 people since April 2023.")
    True
    >>> is_running_total("A strike killed 12 people in Kharkiv on Monday.")
    False
    >>> is_running_total("A strike killed 4, bringing the toll so far to 11.")
    False
    """
    if _ADDED_TO.search(sentence):
        return False
    return _SPAN.search(sentence) is not None or _WAR_KILLS.search(sentence) is not None


def mark_running_totals(events: list[Event]) -> list[Event]:
    """Give the attack readings of tally sentences the status ``RunningTotal``.

    Args:
        events: every event read from the article.

    Returns:
        The events, attack readings of running totals re-marked.
    """
    return [
        replace(e, status=RUNNING_TOTAL)
        if e.kind is EventKind.ATTACK
        and e.status in (None, "Happened")
        and is_running_total(e.evidence.sentence)
        else e
        for e in events
    ]
