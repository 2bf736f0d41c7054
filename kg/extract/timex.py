"""Dates in a sentence, resolved against the article's publication date.

"on Wednesday", "yesterday, Thursday", "Feb. 27", "January 12", "last September",
"September 17, 2018", "2020-02-06" become ``datetime.date`` values; the method
that found each is kept, so users can tell a stated date from an inferred one.
An article without a publication date keeps only absolute dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# month names and their abbreviations
MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_MONTH_DAY = re.compile(
    _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b"
)
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b"
)
_LAST_MONTH = re.compile(r"\blast\s+" + _MONTH + r"\b")
_WEEKDAY = re.compile(r"\b(?P<wd>" + "|".join(WEEKDAYS) + r")\b")
_SINCE_MONTH = re.compile(r"\bsince\s+" + _MONTH + r"(?:\s+(?P<year>\d{4}))?\b")
_SINCE_YEAR = re.compile(r"\bsince\s+(?P<year>(?:19|20)\d{2})\b")
_PAST = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?P<n>\w+)\s+"
    r"(?P<unit>days|weeks|months|years)\b"
)
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "few": 3,
    "several": 3,
}
_RELATIVE = re.compile(r"\b(?P<rel>yesterday|today|tonight|this morning|last night)\b")


@dataclass(frozen=True)
class DateMention:
    """A date read from text: the value, the words, and how it was found.

    ``method`` is one of ``"absolute"`` (the text gives the full date),
    ``"year-from-article"`` (day and month stated, year from the publication
    date), ``"relative-to-article"`` (weekday, "yesterday", "last September").
    """

    value: dt.date
    text: str
    method: str
    end: dt.date | None = None  # set for intervals: value is the start


def resolve_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date ``text`` states, resolved against ``published``.

    Args:
        text: a sentence or phrase.
        published: the article's publication date, if known.

    Returns:
        Dates in the order they appear.

    >>> d = dt.date(2020, 2, 28)
    >>> [m.value.isoformat() for m in resolve_dates("on Feb. 27 and on Wednesday", d)]
    ['2020-02-27', '2020-02-26']
    >>> [m.method for m in resolve_dates("since September 17, 2018", None)]
    ['absolute']
    """
    low = text.lower()
    found: list[tuple[int, DateMention]] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return all(m.end() <= a or m.start() >= b for a, b in taken)

    def add_span(
        m: re.Match[str], start: dt.date, end: dt.date | None, method: str
    ) -> None:
        # an interval up to publication; without a publication date, open-ended
        if free(m):
            taken.append((m.start(), m.end()))
            found.append(
                (m.start(), DateMention(start, text[m.start() : m.end()], method, end))
            )

    def add(m: re.Match[str], value: dt.date | None, method: str) -> None:
        if value is not None and free(m):
            taken.append((m.start(), m.end()))
            found.append(
                (m.start(), DateMention(value, text[m.start() : m.end()], method))
            )

    # intervals first, so "since December" is not read as a bare month
    for m in _SINCE_MONTH.finditer(low):
        month = MONTHS[m["month"]]
        if m["year"]:
            add_span(m, dt.date(int(m["year"]), month, 1), published, "absolute")
        elif published is not None:
            year = published.year if month <= published.month else published.year - 1
            add_span(m, dt.date(year, month, 1), published, "relative-to-article")
    for m in _SINCE_YEAR.finditer(low):
        add_span(m, dt.date(int(m["year"]), 1, 1), published, "absolute")
    if published is not None:
        for m in _PAST.finditer(low):
            n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS.get(m["n"])
            if n is None:
                continue
            days = {"days": 1, "weeks": 7, "months": 30, "years": 365}[m["unit"]] * n
            start = published - dt.timedelta(days=days)
            add_span(m, start, published, "relative-to-article")
    for m in _ISO.finditer(low):
        add(m, _date(int(m["y"]), int(m["m"]), int(m["d"])), "absolute")
    for rx in (_MONTH_DAY, _DAY_MONTH):
        for m in rx.finditer(low):
            month, day = MONTHS[m["month"]], int(m["day"])
            if m["year"]:
                add(m, _date(int(m["year"]), month, day), "absolute")
            elif published is not None:
                value = _date(published.year, month, day)
                # a day after publication belongs to the year before
                if value is not None and value > published:
                    value = _date(published.year - 1, month, day)
                add(m, value, "year-from-article")
    if published is not None:
        for m in _LAST_MONTH.finditer(low):
            month = MONTHS[m["month"]]
            year = published.year if month < published.month else published.year - 1
            add(m, dt.date(year, month, 1), "relative-to-article")
        for m in _RELATIVE.finditer(low):
            delta = 1 if m["rel"] in ("yesterday", "last night") else 0
            add(m, published - dt.timedelta(days=delta), "relative-to-article")
        for m in _WEEKDAY.finditer(low):
            # news reports the past: the latest such weekday on or before publication
            back = (published.weekday() - WEEKDAYS[m["wd"]]) % 7
            add(m, published - dt.timedelta(days=back), "relative-to-article")
    found.sort(key=lambda x: x[0])
    return [mention for _, mention in found]


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
