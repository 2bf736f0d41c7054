"""Property-based tests (hypothesis): what must hold for any input, not just the
examples the other test files list.

* the number reader never raises, and reads back any number it is shown in
  words or digits;
* cleaning keeps every offset, and every evidence the pipeline stores slices
  the original article text (or title) to exactly the evidence string;
* IRI minting turns any article id into a valid absolute IRI, distinct ids
  into distinct IRIs;
* reading files of random bytes or random JSON never raises, and yields only
  articles and errors that name the file.

Two budgets (settings profiles, scaled by ``KG_HYPOTHESIS_SCALE``): :data:`PURE`
for pure functions and :data:`MODEL` for anything that runs the spaCy model
(those tests are also marked ``model``).  Every sentence fragment below is
invented.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph
import pytest
import spacy
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from spacy.language import Language

from kg import iri
from kg.errors import InputError
from kg.extract.numbers import HEDGES, find_amounts, parse_number, qualifier_for
from kg.ingest import article_from_record, clean, iter_articles
from kg.model import Article, Qualifier
from kg.rdf import extraction_triples
from kg.vocab import KG

# function-scoped fixtures (conftest's autouse network guard, tmp_path, in which
# each example makes a folder of its own) serve every example of a test alike;
# large JSON and article strategies may be slow to draw, which is no fault
_SHARED_FIXTURES = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
# KG_HYPOTHESIS_SCALE=20 tries twenty times as many examples, for a long hunt by hand
_SCALE = int(os.environ.get("KG_HYPOTHESIS_SCALE", "1"))
settings.register_profile(
    "kg-pure",
    max_examples=150 * _SCALE,
    deadline=None,
    suppress_health_check=_SHARED_FIXTURES,
)
settings.register_profile(
    "kg-model",
    max_examples=20 * _SCALE,
    deadline=None,
    suppress_health_check=_SHARED_FIXTURES,
)
PURE = settings.get_profile("kg-pure")
MODEL = settings.get_profile("kg-model")


@pytest.fixture(scope="module")
def blank() -> Language:
    """A tokenizer only: docs carrying words, as the number rules must read."""
    return spacy.blank("en")


# --- a: the number reader ------------------------------------------------------

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = ["", "", *"twenty thirty forty fifty sixty seventy eighty ninety".split()]
_SCALES = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"))
# every word the reader knows, for inputs that come close to being numbers
_NUMBER_VOCAB = [
    *_SMALL, *_TENS[2:], "hundred", "hundreds", "thousand", "thousands", "million",
    "millions", "billion", "dozen", "dozens", "scores", "tens", "several", "many",
    "few", "a", "half", "and", "or", "to", "of", "between", "-", "–", ",", "+",
    "m", "bn", "1", "33", "1,800", "180", "000", "2.5", "2.3m", "2018", "05",
    "3,000-4,000", "10–15", "~50", "more", "than", "at", "least", "people",
]  # fmt: skip


def _below_hundred(n: int, hyphen: bool) -> list[str]:
    if n < 20:
        return [_SMALL[n]]
    tens, unit = divmod(n, 10)
    if not unit:
        return [_TENS[tens]]
    return [f"{_TENS[tens]}-{_SMALL[unit]}"] if hyphen else [_TENS[tens], _SMALL[unit]]


def _below_thousand(n: int, hyphen: bool, british: bool) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [_SMALL[hundreds], "hundred"] if hundreds else []
    if rest:
        if hundreds and british:
            words.append("and")
        words += _below_hundred(rest, hyphen)
    return words


def say(n: int, *, style: str, hyphen: bool, british: bool) -> list[str]:
    """``n`` as the tokens a writer would use, in one of four styles.

    ``words`` ("two hundred and six thousand"), ``digits`` ("206000"),
    ``grouped`` ("206,000") or ``mixed`` (groups in digits, scales in words:
    "1 million 300 thousand"); ``british`` puts "and" after "hundred" and
    before a last group below a hundred ("one thousand and six").

    >>> say(1_000_206, style="words", hyphen=True, british=True)
    ['one', 'million', 'two', 'hundred', 'and', 'six']
    >>> say(1_300_042, style="mixed", hyphen=True, british=False)
    ['1', 'million', '300', 'thousand', '42']
    """
    if style == "digits":
        return [str(n)]
    if style == "grouped":
        return [f"{n:,}"]
    if n == 0:
        return ["zero"]
    words: list[str] = []
    for size, name in _SCALES:
        group, n = divmod(n, size)
        if group:
            digits = str(group) if style == "mixed" else None
            words += [digits] if digits else _below_thousand(group, hyphen, british)
            words.append(name)
    if n:
        if words and british and n < 100:
            words.append("and")
        words += [str(n)] if style == "mixed" else _below_thousand(n, hyphen, british)
    return words


_CASES: dict[str, Callable[[str], str]] = {
    "lower": str.lower,
    "upper": str.upper,
    "title": str.title,
}


@st.composite
def spoken_numbers(draw: st.DrawFn, low: int = 0) -> tuple[int, list[str]]:
    """An integer below a trillion and the tokens that write it."""
    n = draw(
        st.one_of(
            st.integers(low, 999),
            st.integers(max(low, 1000), 10**6),
            st.integers(max(low, 1000), 10**12 - 1),
        )
    )
    words = say(
        n,
        style=draw(st.sampled_from(["words", "digits", "grouped", "mixed"])),
        hyphen=draw(st.booleans()),
        british=draw(st.booleans()),
    )
    case = _CASES[draw(st.sampled_from(sorted(_CASES)))]
    return n, [case(w) for w in words]


@st.composite
def decimal_scaled(
    draw: st.DrawFn, *, spaced_suffix: bool = True
) -> tuple[int, list[str]]:
    """A decimal with a scale: "3.5 million", "2.3m", "1.25bn", "2.3 m".

    ``spaced_suffix=False`` always glues "m" and "bn" to the digits, as
    running text must (a spaced "5 m" is metres as often as millions).
    """
    whole = draw(st.integers(0, 999))
    decimals = draw(st.integers(1, 2))
    fraction = draw(st.integers(1, 10**decimals - 1))
    scale, word = draw(
        st.sampled_from(
            [(10**6, "million"), (10**9, "billion"), (10**6, "m"), (10**9, "bn")]
        )
    )
    number = f"{whole}.{fraction:0{decimals}d}"
    value = (whole * 10**decimals + fraction) * scale // 10**decimals
    glued = word in ("m", "bn") and (not spaced_suffix or draw(st.booleans()))
    return value, [number + word] if glued else [number, word]


@PURE
@given(st.lists(st.one_of(st.text(max_size=12), st.sampled_from(_NUMBER_VOCAB))))
def test_parse_number_never_raises(words: list[str]) -> None:
    """Any tokens read as nothing or as a value with an upper bound above it."""
    parsed = parse_number(words)
    if parsed is not None:
        value, maximum = parsed
        assert isinstance(value, int) and value >= 0
        assert maximum is None or (isinstance(maximum, int) and maximum > value)


@PURE
@given(st.one_of(spoken_numbers(), decimal_scaled()))
def test_parse_number_reads_written_numbers(number: tuple[int, list[str]]) -> None:
    """A number in words, digits or both ("two hundred and six", "1,250",
    "3.5 million", "forty-two thousand") reads back to its value, exactly."""
    value, words = number
    assert parse_number(words) == (value, None), words


@PURE
@given(
    st.lists(
        st.one_of(st.text(max_size=12), st.sampled_from([w for h in HEDGES for w in h]))
    )
)
def test_qualifier_for_never_raises(words: list[str]) -> None:
    """Any tokens give a qualifier, EXACTLY when they are no known hedge."""
    found = qualifier_for(words)
    assert isinstance(found, Qualifier)
    key = tuple(w.strip().lower() for w in words)
    if key in HEDGES:
        assert found is HEDGES[key]


# hedges the tokenizer keeps as words ("ca." and "~" are glued to what follows)
_WORD_HEDGES = sorted(h for h in HEDGES if all(w.isalpha() for w in h))


@PURE
@given(
    st.text(max_size=300)
    | st.lists(
        st.sampled_from([*_NUMBER_VOCAB, "killed", "in", "the", "May", "%", "$", "."])
    ).map(" ".join)
)
def test_find_amounts_never_raises(blank: Language, text: str) -> None:
    """Any text gives counts in order, not overlapping, each quoting its tokens."""
    doc = blank(text)
    prev_end = 0
    for found in find_amounts(doc):
        assert prev_end <= found.start <= found.num_start < found.end <= len(doc)
        assert found.amount.text == doc[found.start : found.end].text
        assert found.amount.maximum is None or found.amount.maximum > found.amount.value
        prev_end = found.end


# words around dates, times and money, which the model tags as entities that
# the number rules look past ("May 5 2020", "three days 40", "5 million dollars")
_ENTITY_WORDS = [
    "The", "ceasefire", "began", "on", "May", "5", "2020", "in", "years", "ago",
    "days", "three", "40", "1,200", "about", "at", "least", "million", "dollars",
    "killed", "people", "were", "since", "last", "week", "%", "$", "5pm", ".", "-",
]  # fmt: skip


@pytest.mark.model
@MODEL
@given(st.lists(st.sampled_from(_ENTITY_WORDS), min_size=1, max_size=12).map(" ".join))
def test_find_amounts_never_raises_on_parsed_text(nlp, text: str) -> None:  # noqa: ANN001
    """On docs the real pipeline tagged (entities reaching the end of the doc
    included), counts come in order, not overlapping, each quoting its tokens."""
    doc = nlp(text)
    prev_end = 0
    for found in find_amounts(doc):
        assert prev_end <= found.start <= found.num_start < found.end <= len(doc)
        assert found.amount.text == doc[found.start : found.end].text
        prev_end = found.end


@PURE
@given(
    # "one people" is no English, so the counts start at two
    st.one_of(spoken_numbers(low=2), decimal_scaled(spaced_suffix=False)),
    st.sampled_from([(), *_WORD_HEDGES]),
)
def test_find_amounts_reads_counts_back(
    blank: Language, number: tuple[int, list[str]], hedge: tuple[str, ...]
) -> None:
    """A number before "people" in a sentence is found whole, with its value
    and the qualifier of the hedge before it."""
    value, words = number
    # runs of at most 14 tokens are read as one number, far more than news needs
    assume(len(blank(" ".join(words))) <= 14)
    phrase = " ".join([*hedge, *words])
    doc = blank(f"Officials said {phrase} people were killed.")
    found = [f.amount for f in find_amounts(doc)]
    assert [(a.text, a.value, a.maximum) for a in found] == [(phrase, value, None)]
    assert found[0].qualifier is (HEDGES[hedge] if hedge else Qualifier.EXACTLY)


# --- b: cleaning keeps offsets; evidence slices the original ----------------------

# characters a line break is made of, before and after cleaning
_LINE_BREAKS = "\n\x85\u2028\u2029"

# invented fragments of conflict news, whole sentences and pieces cut short
FRAGMENTS = [
    "NATO urged Russia and Syria to agree a ceasefire and let aid in.",
    "Turkey condemned the airstrike on Idlib.",
    "At least 33 Turkish soldiers were killed in the attack.",
    "The United Nations called for an immediate halt to the fighting.",
    "Rebels said more than 1,200 civilians had fled the town.",
    '"We will not accept this," the foreign minister said.',
    "\u201cThe shelling must stop now,\u201d said UN Secretary-General Antonio Guterres.",
    "Dozens of people were wounded when shells hit the market in Aleppo.",
    "The army and the Rapid Support Forces agreed to a 72-hour truce.",
    "Ukraine\u2019s president met the Polish prime minister in Kyiv on Tuesday.",
    "Hamas threatened to respond to the raid.",
    "Two hundred and six people were killed, officials said.",
    "Some twenty-five thousand people fled across the border.",
    "The EU demanded the release of all detainees.",
    "Iran backed the Houthis, the report said.",
    "GENEVA, Nov 6 (Reuters) - ",
    "date 2020-02-06\n",
    "the ministry said that",
    "killed at least",
    "Secretary General Jens Stoltenberg",
    "In 2019, 1.5 million",
    "Israeli forces captured the village of",
]
# debris, typography, invisible characters, other scripts and emoji
NOISE = [
    "\u201c", "\u201d", "\u2018", "\u2019", "&amp;", "&quot;", "&#39;", "&#10;",
    "&#x2028;", "&nbsp;", "&bogus;", ",quot;", "%MINIFYHTML4f2a%", "<p>", "</div>",
    "\u200b", "\u200d", "\ufeff", "\u00ad", "\x00", "\x07", "\x1b", "\x7f", "\x85",
    "\u2028", "\u2029", "\u202e", "\u202d", "\u200f", "\u2066", "\u2069",
    "مرحبا بالعالم", "שלום", "Привет", "中文新闻", "🚀", "👍🏽", "🇺🇦", "\n", "\n\n",
    "\t", "\r\n", " ", "  ",
]  # fmt: skip

texts_with_debris = st.lists(
    st.one_of(st.text(max_size=8), st.sampled_from(NOISE), st.sampled_from(FRAGMENTS))
).map("".join)
articles_texts = st.builds(
    str.join,
    st.sampled_from([" ", "", "\n", "\n\n"]),
    st.lists(
        st.one_of(
            st.sampled_from(FRAGMENTS),
            st.sampled_from(FRAGMENTS),  # twice as many fragments as noise
            st.sampled_from(NOISE),
            st.text(max_size=4),
        ),
        min_size=1,
        max_size=40,
    ),
)


@PURE
@given(st.text() | texts_with_debris)
def test_clean_keeps_offsets(text: str) -> None:
    """Cleaning keeps the length; line breaks stay where they were, or became
    spaces where they only wrapped a sentence; paragraph breaks all stay."""
    cleaned, _ = clean(text)
    assert len(cleaned) == len(text)
    breaks = {i for i, c in enumerate(text) if c in _LINE_BREAKS}
    assert {i for i, c in enumerate(cleaned) if c == "\n"} <= breaks
    for i in breaks:
        if i + 1 in breaks or i - 1 in breaks:
            assert cleaned[i] == "\n"


def _evidence_rows(triples: list[tuple]) -> list[tuple[str, int, int, bool]]:
    """(evidence, start, end, in title) of every node that carries evidence."""
    fields = (KG.evidence, KG.charStart, KG.charEnd, KG.inTitle)
    by_node: dict[object, dict[object, set[object]]] = {}
    for s, p, o in set(triples):
        if p in fields:
            assert isinstance(o, Literal)
            by_node.setdefault(s, {}).setdefault(p, set()).add(o.toPython())
    rows = []
    for node, values in by_node.items():
        # one value of each, or the offsets could not be paired with the string
        assert all(len(values.get(p, ())) == 1 for p in fields), (node, values)
        evidence, start, end, in_title = (next(iter(values[p])) for p in fields)
        rows.append((evidence, start, end, in_title))
    return rows


@pytest.mark.model
@MODEL
@given(text=articles_texts, title=st.none() | articles_texts)
# an unclosed quote in a title running into an entity cleaning shortened
@example(
    text='"We will not accept this," the foreign minister said.',
    title="\u201c NATO urged Russia and Syria to agree a ceasefire and let aid in. &amp;",
)
def test_evidence_slices_the_original(
    nlp, gazetteer, text: str, title: str | None
) -> None:  # noqa: ANN001
    """Through the real pipeline, every stored evidence (kg:charStart,
    kg:charEnd, kg:inTitle) slices the original text or title to exactly the
    evidence string, trimmed of what cleaning made blank; no extractor fails."""
    from kg.extract import extract

    assume(text.strip())
    article = article_from_record({"text": text, "title": title}, default_id="x")
    ex = extract(nlp(article.doc_text), article, gazetteer)
    assert not ex.failures
    for evidence, start, end, in_title in _evidence_rows(
        list(extraction_triples(ex, gazetteer))
    ):
        original = article.title if in_title else article.text
        cleaned = article.clean_title if in_title else article.clean_text
        assert original is not None and cleaned is not None
        assert 0 <= start < end <= len(original), (start, end, in_title)
        assert original[start:end] == evidence
        assert not cleaned[start].isspace() and not cleaned[end - 1].isspace()


# --- c: IRI minting -----------------------------------------------------------------

# ids as ingest keeps them: any characters, stripped, never blank; no lone
# surrogates, which ingest rejects (test_ingest_rejects_lone_surrogates)
article_ids = (
    (
        st.text(min_size=1)
        | st.text(st.sampled_from("/ #?%&:.\\-_~aé字\U0001f680\u202e"), min_size=1)
    )
    .map(str.strip)
    .filter(bool)
)


def _check_iri(node: URIRef) -> None:
    text = str(node)
    pyoxigraph.NamedNode(text)  # validates the IRI, raising ValueError if bad
    assert URIRef(text) == node
    assert urlsplit(text).scheme == "https"
    assert text.startswith(str(iri.KGR))


@PURE
@given(st.lists(article_ids, min_size=1, max_size=5, unique=True))
def test_iris_are_valid_and_distinct(ids: list[str]) -> None:
    """Any ids give valid absolute IRIs, and distinct ids distinct IRIs, for
    articles, their graphs and their events."""
    minted: list[URIRef] = []
    for article_id in ids:
        for node in (
            iri.article_iri(article_id),
            iri.graph_iri(article_id),
            iri.event_iri(article_id, "Call", 10, 0, in_title=False),
            iri.event_iri(article_id, "Call", 10, 0, in_title=True),
        ):
            _check_iri(node)
            minted.append(node)
    assert len(set(minted)) == len(minted)


# --- d: ingest of random bytes and random JSON -------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text()
    | st.sampled_from(FRAGMENTS),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)
# records with the fields ingest looks at, each of any JSON type
json_records = st.fixed_dictionaries(
    {},
    optional={
        field: json_values | st.text() | st.sampled_from(FRAGMENTS)
        for field in ("text", "id", "title", "url", "date", "published")
    },
)
good_records = st.fixed_dictionaries(
    {"text": articles_texts.filter(str.strip)},
    optional={"id": st.text(max_size=10), "title": st.none() | st.text(max_size=30)},
)


def _read(folder: Path, name: str, data: bytes) -> list[Article | InputError]:
    """Write ``data`` to ``folder/name`` and read it, checking what comes back."""
    path = Path(tempfile.mkdtemp(dir=folder)) / name
    path.write_bytes(data)
    items = list(iter_articles([path], check_language=False))
    for item in items:
        assert isinstance(item, (Article, InputError)), item
        if isinstance(item, InputError):
            assert str(path) in str(item), item
    return items


@PURE
@given(
    name=st.sampled_from(["a.txt", "a.json", "a.jsonl", "A.JSONL"]),
    data=st.binary(max_size=2000)
    | st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]).flatmap(
        lambda bom: st.binary(max_size=200).map(bom.__add__)
    ),
)
def test_ingest_never_raises_on_bytes(tmp_path: Path, name: str, data: bytes) -> None:
    """Random bytes, BOMs included, give articles and errors naming the file;
    a text file read as an article holds exactly the decoded bytes."""
    items = _read(tmp_path, name, data)
    if name.endswith(".txt"):
        assert len(items) == 1
        if isinstance(items[0], Article):
            assert items[0].text == data.decode("utf-8-sig")


@PURE
@given(
    value=json_values | json_records | st.lists(json_records, max_size=4),
    deep=st.booleans(),
)
def test_ingest_never_raises_on_json(tmp_path: Path, value: object, deep: bool) -> None:
    """Any JSON document (deeply nested too) gives articles and errors naming
    the file; every record with usable text and fields is read back."""
    data = json.dumps(value)
    if deep:
        data = "[" * 3000 + data + "]" * 3000  # deeper than Python's recursion limit
    items = _read(tmp_path, "a.json", data.encode())
    if deep:
        assert len(items) == 1 and isinstance(items[0], InputError)
        return
    records = value if isinstance(value, list) else [value]
    assert len(items) == len(records)  # one article or error per record
    texts = {i.text for i in items if isinstance(i, Article)}
    for record in records:
        if _usable(record):
            assert record["text"] in texts


@pytest.mark.parametrize("name", ["a.json", "a.jsonl"])
@pytest.mark.parametrize(
    "value",
    # numbers longer than the 4300 digits Python reads as one int
    ["1" * 5000, '{"text": "Rebels fled.", "id": ' + "9" * 5000 + "}"],
    ids=["number", "record"],
)
def test_ingest_rejects_huge_numbers(tmp_path: Path, name: str, value: str) -> None:
    """A JSON number too long for Python to read is an invalid record."""
    (item,) = _read(tmp_path, name, value.encode())
    assert isinstance(item, InputError)
    assert "invalid JSON record" in str(item)


@PURE
@given(
    field=st.sampled_from(["text", "id", "title", "url", "date"]),
    where=st.integers(0, 20),
    surrogate=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
)
def test_ingest_rejects_lone_surrogates(
    tmp_path: Path, field: str, where: int, surrogate: str
) -> None:
    """A record field holding a lone surrogate (a "\\ud800" escape) is an
    invalid record, not an article no parser or store could take."""
    record = {
        "id": "r",
        "text": FRAGMENTS[0],
        "title": "Aid",
        "url": "u",
        "date": "2020-01-01",
    }
    value = record[field]
    record[field] = value[:where] + surrogate + value[where:]
    for name in ("a.json", "a.jsonl"):
        (item,) = _read(tmp_path, name, json.dumps(record).encode())
        assert isinstance(item, InputError)
        assert f"field '{field}' holds a lone surrogate" in str(item)


@PURE
@given(
    st.binary(min_size=1, max_size=12).filter(
        lambda b: b"/" not in b and b"\0" not in b
    )
)
def test_ingest_names_files_whatever_their_name(tmp_path: Path, stem: bytes) -> None:
    """A file whose name is not UTF-8 is an error naming it printably; any
    other name gives the article whose id is the name."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), stem + b".txt")))
    assume(not path.name.startswith("."))
    path.write_text(FRAGMENTS[0], encoding="utf-8")
    (item,) = iter_articles([folder])
    try:
        stem.decode("utf-8")
    except UnicodeDecodeError:
        assert isinstance(item, InputError)
        assert "not valid UTF-8" in str(item)
        str(item).encode("utf-8")  # printable: the report and console can hold it
    else:
        assert isinstance(item, Article) and item.id == path.stem


def _usable(record: object) -> bool:
    """Whether a decoded record has what :func:`article_from_record` accepts."""
    if not isinstance(record, dict):
        return False
    text, rid = record.get("text"), record.get("id")
    date = (
        record.get("date")
        if record.get("date") not in (None, "")
        else record.get("published")
    )
    return (
        isinstance(text, str)
        and bool(text.strip())
        and (rid is None or isinstance(rid, str) or type(rid) is int)
        and all(
            record.get(f) is None or isinstance(record.get(f), str)
            for f in ("title", "url")
        )
        and date in (None, "")
    )


junk_lines = st.one_of(
    st.text().map(str.encode),
    st.binary(max_size=60),
    st.sampled_from([b"{", b"[1, 2]", b'{"text": 5}', b'"text"', b"null", b"\xff\xfe"]),
).map(lambda line: line.replace(b"\n", b" "))


@PURE
@given(
    st.lists(st.tuples(st.booleans(), good_records, junk_lines), min_size=1, max_size=8)
)
def test_jsonl_keeps_good_records_among_junk(
    tmp_path: Path, lines: list[tuple[bool, dict, bytes]]
) -> None:
    """In a JSON Lines file mixing good records and junk lines, every good
    record comes back with its text and id (or one made of file name and line)
    unless the whole file reads as binary; each junk line costs only itself."""
    rows = [json.dumps(rec).encode() if good else junk for good, rec, junk in lines]
    items = _read(tmp_path, "feed.jsonl", b"\n".join(rows) + b"\n")
    if len(items) == 1 and ("binary" in str(items[0]) or "(byte 0)" in str(items[0])):
        return  # junk made the head look binary or UTF-16: one error for the file
    articles = [i for i in items if isinstance(i, Article)]
    expected = [
        (rec["text"], (rec.get("id") or "").strip() or f"feed-{n}")
        for n, (good, rec, _) in enumerate(lines, start=1)
        if good
    ]
    got = [(a.text, a.id) for a in articles]
    # a junk line may happen to be a good record itself: the good ones come in order
    assert [g for g in got if g in expected] == expected
