"""Counts in text, read exactly, with their hedge: amounts and qualifiers.

:func:`find_amounts` scans a :class:`~spacy.tokens.Doc` for numbers that count
things ("33", "1,800", "180, 000", "thirty-three", "half a million", "1 million
and 300,000", "tens of thousands", "2 to 3 million"), together with the hedge
before them ("more than", "at least", "some", "nearly"...), and leaves out
numbers that are not counts: years, dates, times, percentages, money, ordinals,
identifiers ("resolution 2254", "F-16"), fractions and compound modifiers
("a 20-year-old man").

Conventions for amounts that are not one exact number:

* a vague amount ("dozens", "tens of thousands", "several hundred") has its
  conservative lower bound as ``value``, the largest number it could name as
  ``maximum`` and the qualifier ``AT_LEAST``; a range ("10 to 15", "between 20
  and 30", "3,000-4,000") is read the same way;
* an explicit hedge overrides that qualifier and keeps the maximum;
* "a dozen" is exactly 12, so "more than a dozen" is ``MoreThan 12`` with no
  maximum;
* "as many as", "up to", "nearly", "almost", "fewer than" and "less than" are
  all ``AT_MOST`` (the ontology has no strict "less than": the stated number
  is kept as the bound);
* "1,000+" is ``AT_LEAST 1000``;
* "rose from 10 to 15" is a change, so two counts, not a range.

What is left out, and on what evidence:

* a year-shaped number (1900-2099, no separator, no hedge) is a year after
  "in", "since", "by"..., a month or a determiner ("the 2018 cease-fire"), or
  when no plural noun follows; "2000 people" is a count;
* entity labels PERCENT and ORDINAL always veto; DATE, TIME and MONEY veto
  only when the entity reaches past the number ("5 days", "about 5 million
  dollars") and no people follow, because the small English model also puts
  them on plain counts ("On Sunday 33 people", "killed 1 million 300
  thousand people").

Everything works on Docs that carry only words; tags, sentence starts and
entities, when the pipeline set them, sharpen a few decisions.  The module is
pure: tables are constants, nothing is cached between calls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from spacy.tokens import Doc

from kg.model import Amount, Qualifier

# number words below twenty
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
# multiples of ten, which a unit may follow ("thirty three", "thirty-three")
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# scales that close a group of three digits; plurals only after a number ("3 millions")
BIG_SCALES: dict[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9,
    "thousands": 10**3, "millions": 10**6, "billions": 10**9,
}  # fmt: skip
# abbreviated scales glued to digits ("2.3m", "4bn"); "m" only after a decimal
SCALE_SUFFIXES: dict[str, int] = {"m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9}
# plural scales used alone as vague amounts: (lowest, highest) count they can name
VAGUE_PLURALS: dict[str, tuple[int, int]] = {
    "dozens": (12, 99), "scores": (20, 99), "tens": (10, 99),
    "hundreds": (100, 999), "thousands": (1000, 9999),
    "millions": (10**6, 10**7 - 1), "billions": (10**9, 10**10 - 1),
}  # fmt: skip
# plural scales after "of" that multiply a vague amount ("tens of thousands")
VAGUE_OF_SCALES: dict[str, int] = {
    "thousands": 10**3, "millions": 10**6, "billions": 10**9,
}  # fmt: skip
# singular scales after "several"/"a few": two of them at least, fewer than ten
VAGUE_SINGULAR_SCALES: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6,
    "billion": 10**9,
}  # fmt: skip
# hedges before a number, lowercased, by the qualifier they give the count
HEDGES: dict[tuple[str, ...], Qualifier] = {
    **dict.fromkeys(
        [
            ("at", "least"), ("at", "the", "very", "least"), ("no", "fewer", "than"),
            ("not", "fewer", "than"), ("no", "less", "than"), ("not", "less", "than"),
            ("a", "minimum", "of"), ("as", "few", "as"),
        ],
        Qualifier.AT_LEAST,
    ),
    **dict.fromkeys(
        [
            ("more", "than"), ("over",), ("upwards", "of"), ("upward", "of"),
            ("in", "excess", "of"), ("above",), ("greater", "than"),
        ],
        Qualifier.MORE_THAN,
    ),
    **dict.fromkeys(
        [
            ("nearly",), ("almost",), ("up", "to"), ("fewer", "than"),
            ("less", "than"), ("under",), ("below",), ("at", "most"),
            ("at", "the", "most"), ("as", "many", "as"), ("as", "high", "as"),
            ("no", "more", "than"),
            ("not", "more", "than"), ("a", "maximum", "of"), ("just", "shy", "of"),
        ],
        Qualifier.AT_MOST,
    ),
    **dict.fromkeys(
        [
            ("about",), ("around",), ("some",), ("approximately",), ("approx",),
            ("approx.",), ("roughly",), ("an", "estimated"), ("estimated",),
            ("close", "to"), ("circa",), ("ca.",), ("~",), ("≈",),
            ("more", "or", "less"), ("an", "approximate"),
            ("in", "the", "region", "of"),
        ],
        Qualifier.APPROXIMATELY,
    ),
}  # fmt: skip
# words that only strengthen the hedge after them ("well over", "just under")
INTENSIFIERS: frozenset[str] = frozenset(
    {"well", "just", "slightly", "far", "much", "little", "bit", "considerably"}
)
# the longest hedge, intensifier included ("a little more than" is four tokens)
_MAX_HEDGE = 5
# the longest run of tokens tried as one number
_MAX_RUN = 14

# words after which a number is a year: "in 2018", "since 2011" ("of" only when
# nothing countable follows: "the deaths of 2000 people")
YEAR_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "since", "until", "till", "by", "from", "during", "before", "after",
     "through", "throughout"}
)  # fmt: skip
# determiners and possessives before a year used as a modifier ("the 2018 cease-fire")
DETERMINERS: frozenset[str] = frozenset(
    {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
     "your", "whose", "'s", "’s"}
)  # fmt: skip
# months, full and abbreviated, lowercased; the token must be capitalised ("May 5")
MONTHS: frozenset[str] = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "jan", "feb", "mar", "apr",
     "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jan.", "feb.",
     "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."}
)  # fmt: skip
# capitalised words a count may follow without a comma ("On Sunday 33 people")
CAPITALISED_OK: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "yesterday", "today", "tonight", "overall", "altogether", "meanwhile",
     "also", "and", "but", "so", "then", "now"}
)  # fmt: skip
# nouns a number identifies rather than counts ("resolution 2254", "No. 5")
ID_NOUNS: frozenset[str] = frozenset(
    {"resolution", "resolutions", "no", "no.", "nos", "nos.", "number", "num",
     "num.", "#", "article", "articles", "route", "flight", "highway", "section",
     "paragraph", "paragraphs", "chapter", "page", "pages", "p.", "pp.", "item",
     "clause", "decree", "unit", "phase", "version", "model", "channel",
     "terminal", "vol.", "covid", "mh", "tel", "ext."}
)  # fmt: skip
# words after a number that make it a percentage
PERCENT_WORDS: frozenset[str] = frozenset(
    {"%", "percent", "per", "pct", "pct.", "percentage", "per-cent"}
)
# currency signs and codes before a number ("$5 million", "USD 5 million")
CURRENCY_BEFORE: frozenset[str] = frozenset(
    {"$", "us$", "a$", "c$", "€", "£", "¥", "₹", "₪", "₺", "₽", "usd", "eur", "gbp",
     "rs", "rs.", "sr", "lbp", "syp", "try", "ils"}
)  # fmt: skip
# currency names after a number ("5 million dollars", "500 Syrian pounds")
CURRENCY_AFTER: frozenset[str] = frozenset(
    {"dollar", "dollars", "euro", "euros", "pound", "pounds", "usd", "eur", "gbp",
     "yen", "yuan", "riyal", "riyals", "rial", "rials", "dinar", "dinars", "lira",
     "liras", "lire", "shekel", "shekels", "rupee", "rupees", "franc", "francs",
     "ruble", "rubles", "rouble", "roubles", "peso", "pesos", "naira",
     "shilling", "shillings", "birr", "afghani", "afghanis", "dirham", "dirhams",
     "hryvnia", "hryvnias", "cents", "bucks"}
)  # fmt: skip
# words after a number that make it a time of day
TIME_WORDS: frozenset[str] = frozenset(
    {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "o’clock", "gmt", "utc",
     "hrs", "hrs."}
)  # fmt: skip
# units of time and money: a count of these is no count of people, whatever follows
UNIT_NOUNS: frozenset[str] = CURRENCY_AFTER | frozenset(
    {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
     "week", "weeks", "month", "months", "year", "years", "decade", "decades",
     "century", "centuries", "times"}
)  # fmt: skip
# fractions: "two thirds of", "a quarter of a million" are not counts
FRACTION_WORDS: frozenset[str] = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths",
     "fifth", "fifths", "sixth", "sixths", "seventh", "sevenths", "eighth",
     "eighths", "ninth", "ninths", "tenth", "tenths"}
)  # fmt: skip
# plural nouns that do not end in "s"
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    {"people", "children", "men", "women", "police", "personnel", "staff",
     "militia", "gunmen", "militiamen", "servicemen", "policemen", "tribesmen",
     "kinsmen", "firemen", "fishermen", "infantry", "crew", "youth", "cattle"}
)  # fmt: skip
# words ending in "s" that are not plural nouns, for docs without tags
S_WORDS: frozenset[str] = frozenset(
    {"was", "has", "is", "this", "its", "his", "hers", "as", "us", "thus", "yes",
     "across", "always", "unless", "whereas", "besides", "perhaps", "towards",
     "afterwards", "nevertheless", "nonetheless", "less", "news", "series",
     "species", "does", "says", "plus", "versus", "status", "press", "process"}
)  # fmt: skip
# plural verbs after a count the model tagged as a date ("Yesterday 50 were killed")
PLURAL_VERBS: frozenset[str] = frozenset(
    {"were", "are", "have", "had", "died", "fled", "remain", "remained"}
)
# entity labels of numbers that are not counts
NON_COUNT_ENTS: frozenset[str] = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}
)
# of these, labels the small model also puts on real counts ("On Sunday 33 people")
LOOSE_ENTS: frozenset[str] = frozenset({"DATE", "TIME", "MONEY"})
# penn tags of plural nouns, and of words that may stand between a count and its noun
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "VBN", "VBG", "NN", "NNP"})
# penn tags of nouns a number may name ("Resolution 2254", "Camp 4")
_NAME_TAGS = frozenset({"NN", "NNP", "NNPS"})
_DASHES = ("–", "—", "‒", "−")
_HEDGE_PREFIXES = ("~", "≈")
# tokens that may start a number; digits are recognised by their first character
_STARTERS: frozenset[str] = frozenset(
    set(UNITS)
    | set(TENS)
    | set(VAGUE_PLURALS)
    | {"a", "half", "several", "many", "between"}
)
# tokens that may continue one; "m", "bn" only when glued to the digits before
_CONTINUERS: frozenset[str] = frozenset(
    set(UNITS) | set(TENS) | set(BIG_SCALES) | set(VAGUE_PLURALS)
    | {"hundred", "dozen", "and", "to", "or", "-", ",", "of", "a", "half", "few",
       *_DASHES}
)  # fmt: skip
# words that join the parts of a number and so never end one
_CONNECTIVES: frozenset[str] = frozenset(
    {"and", "to", "or", "-", ",", "of", "a", "half", "few", "between", *_DASHES}
)
_RANGE_WORDS = frozenset({"to", "-", "or"})
# starters that are no number alone: "a hundred", "half a million", "several dozen"
_NEEDS_NEXT = frozenset({"a", "half", "several", "many", "between"})
# words a year-shaped number may carry and still be read as years ("2011-2015")
_YEAR_GLUE = frozenset({"between", "and", "to", "-", "or"})

# digits with optional thousands separators and decimals: "33", "1,800", "1.5"
_DIGITS_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
# a group that a comma and three more digits may continue: "180" in "180, 000"
_GROUP_RE = re.compile(r"\d{1,3}(?:,\d{3})*")
_TRIPLE_RE = re.compile(r"\d{3}")
# digits glued to an abbreviated scale: "2.3m", "4bn"
_SUFFIXED_RE = re.compile(r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(m|mn|mln|bn)")
# dashes inside one token: "3,000-4,000", "10–15"
_DASH_RE = re.compile("[-–—‒−]")
# year-shaped: four digits from 1900 to 2099, no separator
_YEAR_RE = re.compile(r"(?:19|20)\d\d")

# parser states: what the last word of the number was
_START, _DIGITS, _DECIMAL, _UNIT, _TENS, _HYPHEN = range(6)
_HUNDRED, _BIG, _AND, _A, _NEEDS_SCALE, _DOZEN = range(6, 12)
# states a scale word may follow
_BEFORE_HUNDRED = frozenset({_DIGITS, _DECIMAL, _UNIT, _TENS, _A, _NEEDS_SCALE})
_BEFORE_BIG = _BEFORE_HUNDRED | {_HUNDRED}


@dataclass(frozen=True)
class AmountSpan:
    """A count found in a doc: where it is and what it says.

    Attributes:
        start: index of the first token, hedge included ("more than 1,800"
            starts at "more").
        end: index one past the last token of the number.
        num_start: index of the first token of the number itself, after the
            hedge; equal to ``start`` when there is no hedge (or when the hedge
            is glued to the number, as in "~50").
        amount: value, qualifier, maximum and the surface text of
            ``doc[start:end]``.
    """

    start: int
    end: int
    num_start: int
    amount: Amount


def parse_number(words: Sequence[str]) -> tuple[int, int | None] | None:
    """Read a whole number phrase, hedge excluded.

    Args:
        words: the tokens of the phrase, as text ("1", "million", "and",
            "300,000"); case, hyphenated words ("thirty-three") and digit
            groups broken by a comma and space ("180", ",", "000") are
            handled.

    Returns:
        ``(value, maximum)``: ``maximum`` is ``None`` for an exact number and
        the upper bound for a vague amount or a range (whose ``value`` is the
        lower bound).  ``None`` when the words are not, all of them, one number.

    >>> parse_number(["1", "million", "and", "300,000"])
    (1300000, None)
    >>> parse_number(["tens", "of", "thousands"])
    (10000, 99999)
    >>> parse_number(["half", "of"]) is None
    True
    """
    norm = _normalise(words)
    if not norm:
        return None
    return _parse(norm)


def qualifier_for(words: Sequence[str]) -> Qualifier:
    """The qualifier the hedge words before a number give it.

    Args:
        words: the hedge ("more", "than"), in any case; leading intensifiers
            ("well over", "just under") are ignored.

    Returns:
        The hedge's qualifier; ``EXACTLY`` when there are no words or they are
        not a known hedge.

    >>> qualifier_for(["More", "than"])
    <Qualifier.MORE_THAN: 'MoreThan'>
    >>> qualifier_for([])
    <Qualifier.EXACTLY: 'Exactly'>
    """
    found = _hedge(tuple(word.strip().lower() for word in words))
    return Qualifier.EXACTLY if found is None else found


def find_amounts(doc: Doc) -> list[AmountSpan]:
    """Find the counts in a doc, with their hedges.

    The longest number starting at a token wins; a number found but judged
    not to be a count (a year, a date, money...) is skipped whole, so no part
    of it is read as a count either.

    Args:
        doc: a doc, parsed or built from words alone.

    Returns:
        The counts, left to right, not overlapping.
    """
    lowers = [tok.text.lower() for tok in doc]
    view = _View(
        doc,
        lowers,
        has_tags=doc.has_annotation("TAG"),
        has_ents=doc.has_annotation("ENT_IOB"),
    )
    found: list[AmountSpan] = []
    prev_end = 0
    i, n = 0, len(doc)
    while i < n:
        low = lowers[i]
        if not _starts(low) or (
            low in _NEEDS_NEXT and (i + 1 >= n or not _continues(lowers[i + 1]))
        ):
            i += 1
            continue
        match = _longest_number(view, i)
        if match is None:
            i += 1
            continue
        end, words, (value, maximum), glued_hedge = match
        plus = end < n and lowers[end] == "+" and not doc[end - 1].whitespace_
        if glued_hedge:
            start, qualifier = i, _hedge((low[0],))
        else:
            start, qualifier = _hedge_before(lowers, i, prev_end)
        if _is_count(view, start, i, end, words, hedged=qualifier is not None):
            if plus:
                end += 1
            if qualifier is None:
                vague = maximum is not None or plus
                qualifier = Qualifier.AT_LEAST if vague else Qualifier.EXACTLY
            text = doc[start:end].text
            found.append(
                AmountSpan(start, end, i, Amount(value, qualifier, maximum, text))
            )
            prev_end = end
        i = end
    return found


@dataclass(frozen=True)
class _View:
    """What the rules look at: the doc, its lowercased words, its annotations."""

    doc: Doc
    lowers: list[str]
    has_tags: bool
    has_ents: bool

    def low(self, k: int) -> str:
        """Lowercased word at ``k``, or "" outside the doc."""
        return self.lowers[k] if 0 <= k < len(self.lowers) else ""

    def word_before(self, k: int) -> str:
        """Lowercased word before token ``k``, with a glued period ("No." "Feb.")."""
        prev = self.low(k - 1)
        if prev == "." and k >= 2 and not self.doc[k - 2].whitespace_:
            return self.lowers[k - 2] + "."
        return prev

    def is_month(self, k: int) -> bool:
        """Whether token ``k`` (or ``k`` with a glued period) names a month."""
        if not 0 <= k < len(self.lowers):
            return False
        tok = self.doc[k]
        if self.lowers[k] == "." and k >= 1 and not self.doc[k - 1].whitespace_:
            tok = self.doc[k - 1]
        return tok.text[:1].isupper() and tok.text.lower() in MONTHS

    def is_plural_noun(self, k: int) -> bool:
        """Whether token ``k`` looks like a plural noun ("people", "civilians")."""
        low = self.low(k)
        if low in IRREGULAR_PLURALS:
            return True
        if self.has_tags:
            # a count may end the doc ("began on May 5 2020"): no token after it
            return 0 <= k < len(self.doc) and self.doc[k].tag_ in _PLURAL_TAGS
        return (
            len(low) > 2
            and low.isalpha()
            and low.endswith("s")
            and not low.endswith(("ss", "us", "is"))
            and low not in S_WORDS
        )

    def countable_after(self, k: int) -> int | None:
        """Index of the plural noun at ``k`` or one word later, else ``None``.

        "2000 people", "2000 Syrian refugees", "2000 displaced people".
        """
        if self.is_plural_noun(k):
            return k
        if not self.low(k).isalpha():
            return None
        if self.has_tags and self.doc[k].tag_ not in _MODIFIER_TAGS:
            return None
        return k + 1 if self.is_plural_noun(k + 1) else None

    def counts_people_like(self, k: int) -> bool:
        """Whether a count at ``k`` is followed by what real counts are followed by.

        A plural noun that is no unit of time or money, or a plural verb.
        """
        noun = self.countable_after(k)
        if noun is not None:
            return self.lowers[noun] not in UNIT_NOUNS
        return self.low(k) in PLURAL_VERBS


def _normalise(words: Sequence[str]) -> list[str]:
    """Lowercase, split hyphenated and suffixed numbers, join broken digit groups."""
    out: list[str] = []
    for raw in words:
        word = raw.strip().lower()
        if not word:
            continue
        for dash in _DASHES:
            word = word.replace(dash, "-")
        if word != "-" and "-" in word:
            parts = word.split("-")
            if not all(parts):
                out.append(word)
                continue
            for j, part in enumerate(parts):
                if j:
                    out.append("-")
                out.append(part)
            continue
        suffixed = _SUFFIXED_RE.fullmatch(word)
        if suffixed:
            out.extend(suffixed.groups())
        else:
            out.append(word)
    joined: list[str] = []
    for word in out:
        # "180" "," "000": a comma and exactly three digits continue the number
        if (
            len(joined) >= 2
            and joined[-1] == ","
            and _TRIPLE_RE.fullmatch(word)
            and _GROUP_RE.fullmatch(joined[-2])
        ):
            joined.pop()
            joined[-1] += "," + word
        else:
            joined.append(word)
    return joined


def _hedge(words: tuple[str, ...]) -> Qualifier | None:
    """The qualifier of a hedge, leading intensifiers allowed; ``None`` if none."""
    found = HEDGES.get(words)
    if found is not None:
        return found
    i = 0
    while i < len(words) and (words[i] in INTENSIFIERS or words[i] == "a"):
        i += 1
    if 0 < i < len(words):
        return HEDGES.get(words[i:])
    return None


def _hedge_before(
    lowers: list[str], i: int, floor: int
) -> tuple[int, Qualifier | None]:
    """Start of the longest hedge ending just before token ``i``, and its qualifier."""
    for size in range(min(_MAX_HEDGE, i - floor), 0, -1):
        found = _hedge(tuple(lowers[i - size : i]))
        if found is not None:
            return i - size, found
    return i, None


def _longest_number(
    view: _View, i: int
) -> tuple[int, list[str], tuple[int, int | None], bool] | None:
    """The longest number starting at token ``i``.

    Returns:
        ``(end, words, (value, maximum), glued_hedge)``, or ``None``.
    """
    doc, lowers = view.doc, view.lowers
    n = len(lowers)
    # "rose from 10 to 15" is a change, not a range
    no_range = view.low(i - 1) == "from"
    first = doc[i].text
    glued_hedge = first[0] in _HEDGE_PREFIXES
    if glued_hedge:
        first = first[1:]
        if not first[:1].isdigit():
            return None
    texts = [first]
    k = i + 1
    while k < n and k - i < _MAX_RUN:
        low = lowers[k]
        if no_range and (low in _RANGE_WORDS or low in _DASHES):
            break
        glued = not doc[k - 1].whitespace_
        if not (_continues(low) or (glued and low in SCALE_SUFFIXES)):
            break
        texts.append(doc[k].text)
        k += 1
    for end in range(k, i, -1):
        if end - 1 > i and lowers[end - 1] in _CONNECTIVES:
            continue  # ends on a connective: cannot be a whole number
        words = _normalise(texts[: end - i])
        if not words:
            continue
        parsed = _parse(words)
        if parsed is not None:
            return end, words, parsed, glued_hedge
    return None


def _starts(low: str) -> bool:
    """Whether a lowercased token may start a number (cheap, run on every token)."""
    if not low:
        return False
    if low[0].isdigit() or low[0] in _HEDGE_PREFIXES:
        return True
    if low in _STARTERS:
        return True
    # hyphenated words: "thirty-three", "twenty-one"
    return "-" in low and low.split("-", 1)[0] in _STARTERS


def _continues(low: str) -> bool:
    """Whether a lowercased token may continue a number."""
    if low in _CONTINUERS:
        return True
    if low[:1].isdigit():
        return bool(
            _DIGITS_RE.fullmatch(low)
            or _SUFFIXED_RE.fullmatch(low)
            or all(_DIGITS_RE.fullmatch(part) for part in _DASH_RE.split(low))
        )
    return "-" in low and all(part in UNITS or part in TENS for part in low.split("-"))


def _looks_numeric(low: str) -> bool:
    """Whether a lowercased token is digits or a number word ("5", "five")."""
    return bool(_DIGITS_RE.fullmatch(low)) or low in UNITS or low in TENS


def _is_count(
    view: _View, start: int, num_start: int, end: int, words: list[str], *, hedged: bool
) -> bool:
    """Whether the number at ``doc[num_start:end]`` counts something."""
    doc, lowers = view.doc, view.lowers
    n = len(lowers)
    after = end + 1 if end < n and lowers[end] == "+" else end
    next_low = view.low(after)
    before = view.word_before(num_start)
    bare_digits = len(words) == 1 and bool(_DIGITS_RE.fullmatch(words[0]))

    # entity labels: PERCENT and ORDINAL are trusted; DATE, TIME and MONEY only
    # when the entity reaches past the number ("5 days", "about 5 million
    # dollars") and no people follow, as the small model also puts them on bare
    # counts ("On Sunday 33 people", "Air Strike Kills 33 In Idlib")
    if view.has_ents:
        labels = {doc[k].ent_type_ for k in range(num_start, end)} & NON_COUNT_ENTS
        if labels - LOOSE_ENTS:
            return False
        if (
            labels
            and (
                doc[start].ent_iob_ == "I" or (after < n and doc[after].ent_iob_ == "I")
            )
            and not view.counts_people_like(after)
        ):
            return False
    # percentages: "30 percent", "30 %", "30 per cent"
    if next_low in PERCENT_WORDS:
        return False
    # money: "$5 million", "5 million dollars", "500 Syrian pounds"
    if view.low(num_start - 1) in CURRENCY_BEFORE or next_low in CURRENCY_AFTER:
        return False
    if view.low(after + 1) in CURRENCY_AFTER and doc[after].text[:1].isupper():
        return False
    # time of day: "10 am", "5 o'clock", "0800 GMT"
    if next_low in TIME_WORDS:
        return False
    # dates: "January 12", "Feb. 27", "12 March"
    if bare_digits and (view.is_month(num_start - 1) or view.is_month(after)):
        return False
    # measures and ordinals glued to the number: "5km", "33 rd"
    if after < n and not doc[after - 1].whitespace_ and lowers[after].isalpha():
        return False
    # compound modifiers: "20-year-old", "5-day", "two-thirds"
    if (
        next_low in ("-", *_DASHES)
        and not doc[after - 1].whitespace_
        and not doc[after].whitespace_
        and view.low(after + 1).isalpha()
    ):
        return False
    # fractions: "two thirds of", "one half", "a quarter of a million"
    if next_low in FRACTION_WORDS:
        return False
    if words[0] == "a" and before == "of" and view.low(num_start - 2) in FRACTION_WORDS:
        return False
    if not hedged and not _is_name_free(view, num_start, after, before, bare_digits):
        return False
    # years: "in 2018", "the 2018 cease-fire", "between 2011 and 2015"
    if _is_year(view, start, num_start, after, words, hedged=hedged):
        return False
    # "one" as a pronoun: "no one", "the one who", "one another"
    if (
        words == ["one"]
        and not hedged
        and (
            before in ("no", "any", "every", "each", "the", "this", "that", "which")
            or next_low in ("another", "'s", "’s")
        )
    ):
        return False
    # ratios: "one in five", "1 out of 3"
    if words in (["one"], ["1"]) and (
        (next_low == "in" and _looks_numeric(view.low(after + 1)))
        or (next_low == "out" and view.low(after + 1) == "of")
    ):
        return False
    ratio_of = view.low(num_start - 2) if before == "in" else view.low(num_start - 3)
    if (before == "in" or (before == "of" and view.low(num_start - 2) == "out")) and (
        ratio_of in ("one", "1")
    ):
        return False
    # "tens" only as "tens of ...", "scores" not as "the scores"
    if words == ["tens"] and next_low != "of":
        return False
    if words[0] == "scores" and before in DETERMINERS:
        return False
    return True


def _is_name_free(
    view: _View, num_start: int, after: int, before: str, bare_digits: bool
) -> bool:
    """Whether an unhedged number is no identifier or part of a name."""
    doc = view.doc
    # identifiers: "resolution 2254", "No. 5", "flight 17", "#3"
    if before in ID_NOUNS:
        return False
    # model names: "F-16", "Su-24", "AK-47"
    k = num_start - 1
    if (
        bare_digits
        and view.low(k) == "-"
        and k >= 1
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and view.low(k - 1).isalpha()
    ):
        return False
    # names with numbers: "Resolution 2254", "Camp 4", "Apollo 11"; not at a
    # sentence start, not after a weekday or a verb, not when people follow
    if bare_digits and k >= 1:
        prev = doc[k].text
        if view.has_tags:
            noun = doc[k].tag_ in _NAME_TAGS
        else:
            # a headline verb in title case: "Air Strike Kills 33 In Idlib"
            noun = not prev.lower().endswith(("s", "ed"))
        if (
            noun
            and prev.isalpha()
            and prev[0].isupper()
            and doc[k].is_sent_start is not True
            and prev.lower() not in CAPITALISED_OK
            and view.countable_after(after) is None
        ):
            return False
    return True


def _is_year(
    view: _View,
    start: int,
    num_start: int,
    after: int,
    words: list[str],
    *,
    hedged: bool,
) -> bool:
    """Whether a number is a year (or years): "in 2018", "the 2018 cease-fire"."""
    digits = [w for w in words if w not in _YEAR_GLUE]
    if not digits or not all(_YEAR_RE.fullmatch(w) for w in digits):
        return False
    if hedged:
        # only "circa 2015" and "in around 2015" keep a hedged year a year
        hedge = view.lowers[start:num_start]
        if hedge[:1] in (["circa"], ["ca."], ["c."]):
            return True
        return (
            view.low(start - 1) in YEAR_PREPOSITIONS
            and view.countable_after(after) is None
        )
    before = view.word_before(num_start)
    if (
        before in YEAR_PREPOSITIONS
        or before in DETERMINERS
        or view.is_month(num_start - 1)
    ):
        return True
    return view.countable_after(after) is None


def _parse(words: list[str]) -> tuple[int, int | None] | None:
    """Read normalised words as a range, a vague amount or an exact number."""
    if words[0] == "between":
        # "between 20 and 30": try each "and" as the separator
        for k in range(2, len(words) - 1):
            if words[k] == "and":
                found = _range(words[1:k], words[k + 1 :])
                if found is not None:
                    return found
        return None
    # "10 to 15", "3,000-4,000", "two or three"
    for k in range(1, len(words) - 1):
        # the hyphen of "twenty-one thousand" joins one number: no range 20-1000
        if words[k] == "-" and words[k - 1] in TENS and words[k + 1] in UNITS:
            continue
        if words[k] in _RANGE_WORDS:
            found = _range(words[:k], words[k + 1 :])
            if found is not None:
                return found
    return _parse_single(words)


def _range(low_words: list[str], high_words: list[str]) -> tuple[int, int] | None:
    """Read a range; "2 to 3 million" shares the scale of its upper end."""
    high = _parse_exact(high_words)
    if high is None:
        return None
    low = _parse_exact(low_words)
    scale_free = not any(w in BIG_SCALES or w == "hundred" for w in low_words)
    trailing: list[str] = []
    for word in reversed(high_words):
        if word not in BIG_SCALES and word not in SCALE_SUFFIXES and word != "hundred":
            break
        trailing.insert(0, word)
    if trailing and scale_free:
        scaled = _parse_exact(low_words + trailing)
        if scaled is not None and scaled < high:
            low = scaled
    if low is None or low >= high:
        return None
    return low, high


def _parse_single(words: list[str]) -> tuple[int, int | None] | None:
    """Read a vague amount ("dozens", "several hundred") or an exact number."""
    if (
        words[0] in VAGUE_PLURALS
        or words[0] in ("several", "many")
        or words[:2]
        == [
            "a",
            "few",
        ]
    ):
        return _parse_vague(words)
    value = _parse_exact(words)
    return None if value is None else (value, None)


def _parse_vague(words: list[str]) -> tuple[int, int] | None:
    """Read a vague amount as (lowest, highest)."""
    factor, rest = 1, words
    # "several" and "a few" mean two at least
    if words[0] == "several":
        factor, rest = 2, words[1:]
    elif words[:2] == ["a", "few"]:
        factor, rest = 2, words[2:]
    elif words[0] == "many":
        rest = words[1:]
    if not rest:
        return None
    if rest[0] in VAGUE_PLURALS:
        low, high = VAGUE_PLURALS[rest[0]]
        tail = rest[1:]
        if tail:
            # "tens of thousands", "hundreds of millions"
            if len(tail) != 2 or tail[0] != "of" or tail[1] not in VAGUE_OF_SCALES:
                return None
            scale = VAGUE_OF_SCALES[tail[1]]
            low, high = low * scale, (high + 1) * scale - 1
        return low * factor, high
    if factor == 1 or not all(w in VAGUE_SINGULAR_SCALES for w in rest):
        return None
    if rest == ["dozen"]:
        # like "dozens", which stop below a hundred
        return 24, 99
    scales = [VAGUE_SINGULAR_SCALES[w] for w in rest]
    if "dozen" in rest or any(a >= b for a, b in zip(scales, scales[1:], strict=False)):
        return None
    unit = 1
    for scale in scales:
        unit *= scale
    return 2 * unit, 10 * unit - 1


def _parse_exact(words: list[str]) -> int | None:
    """Read an exact number, digits and words mixed, or ``None``.

    Groups are summed from the largest scale down ("1 million 300 thousand",
    "two hundred and fifty"); a decimal needs a scale ("1.5 million").
    """
    if not words:
        return None
    total = Fraction(0)
    current: Fraction | None = None
    last_scale = 0
    state = _START
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        nxt = words[i + 1] if i + 1 < n else ""
        if word[:1].isdigit() and _DIGITS_RE.fullmatch(word):
            if state not in (_START, _AND, _BIG):
                return None
            if word[0] == "0" and len(word) > 1 and word[1] != ".":
                return None  # "000", "05": a fragment or an id
            value = Fraction(word.replace(",", ""))
            current = value if current is None else current + value
            state = _DECIMAL if "." in word else _DIGITS
        elif word in UNITS or word in TENS:
            value = Fraction(UNITS.get(word, TENS.get(word, 0)))
            if current is None and state in (_START, _BIG, _AND):
                current = value
            elif current is not None and state in (_HUNDRED, _AND) and 0 < value:
                current += value
            elif current is not None and state in (_TENS, _HYPHEN) and 0 < value < 10:
                current += value
            else:
                return None
            state = _TENS if word in TENS and state != _TENS else _UNIT
        elif word == "-":
            # only inside "thirty-three"
            if state != _TENS or not 0 < UNITS.get(nxt, 0) < 10:
                return None
            state = _HYPHEN
        elif word in ("hundred", "hundreds"):
            if state not in _BEFORE_HUNDRED or current is None or current >= 100:
                return None
            current *= 100
            state = _HUNDRED
        elif word in BIG_SCALES or word in SCALE_SUFFIXES:
            if word in SCALE_SUFFIXES:
                ok = state == _DECIMAL or (word != "m" and state == _DIGITS)
            else:
                ok = state in _BEFORE_BIG
            scale = BIG_SCALES.get(word) or SCALE_SUFFIXES[word]
            if not ok or current is None:
                return None
            if last_scale and (scale >= last_scale or current * scale >= last_scale):
                return None
            total += current * scale
            current, last_scale, state = None, scale, _BIG
        elif word == "dozen":
            if state not in (_DIGITS, _UNIT, _A, _NEEDS_SCALE) or total or i != n - 1:
                return None
            assert current is not None
            current *= 12
            state = _DOZEN
        elif word == "a":
            # "a hundred", "a million", "a dozen"
            if i != 0 or nxt not in ("hundred", "dozen", *BIG_SCALES):
                return None
            current, state = Fraction(1), _A
        elif word == "half":
            # "half a million", "half a dozen"
            if i != 0 or nxt != "a" or i + 2 >= n:
                return None
            current, state = Fraction(1, 2), _NEEDS_SCALE
            i += 1
        elif word == "and":
            if words[i + 1 : i + 3] == ["a", "half"] and state in (
                _DIGITS,
                _UNIT,
                _TENS,
            ):
                # "one and a half million"
                assert current is not None
                current += Fraction(1, 2)
                state = _NEEDS_SCALE
                i += 2
            elif state in (_HUNDRED, _BIG) and nxt:
                state = _AND
            else:
                return None
        else:
            return None
        i += 1
    if state in (_START, _AND, _HYPHEN, _A, _NEEDS_SCALE, _DECIMAL):
        return None
    if current is not None:
        if last_scale and current >= last_scale:
            return None
        total += current
    if total.denominator != 1:
        return None
    return int(total)
