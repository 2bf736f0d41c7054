"""Read articles from text and JSON files and clean them without moving offsets.

Compressed records, CSV and TSV tables, saved web pages, web archives and JSONL
on standard input are read by :mod:`kg.readers`, which this module dispatches to.

Every input file becomes zero or more :class:`~kg.model.Article` objects, and
every problem becomes an :class:`~kg.errors.InputError` *yielded* in its place:
one unreadable file or record never stops a build.

Cleaning is one character for one character (:func:`clean`): scraping debris
is blanked out with spaces and typographic characters are replaced by their
ASCII look-alikes, so an offset into ``Article.clean_text`` is an offset into
``Article.text`` and evidence can always point at the original.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from kg.errors import InputError, Messages
from kg.model import Article

__all__ = ["article_from_record", "clean", "is_english", "iter_articles"]

TEXT_SUFFIXES = frozenset({".txt"})
RECORD_SUFFIXES = frozenset(
    {".json", ".jsonl", ".json.gz", ".jsonl.gz", ".csv", ".tsv"}
)
PAGE_SUFFIXES = frozenset({".html", ".htm", ".warc", ".warc.gz"})
SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES | PAGE_SUFFIXES
#: the source that stands for JSONL records on standard input
STDIN = "-"

# bytes looked at to tell text from binary
_SNIFF_BYTES = 8192
# share of control bytes above which a file is taken for binary
_MAX_CONTROL_SHARE = 0.05
# C0 controls except tab, newline, vertical tab, form feed and carriage return
_CONTROL_BYTES = frozenset([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

# a headline is short and does not end like a sentence
_MAX_TITLE_CHARS = 200
_SENTENCE_END = (".", "!", "?", ":", '"')
# only lines this short count as repeated scraper headlines
_MAX_REPEAT_CHARS = 200

# texts shorter than this are too short to judge their language
_MIN_LANGUAGE_WORDS = 40
# share of these words: seeds 0.33-0.41, re3d-dev records 0.22-0.45, news
# paragraphs in French, German, Spanish, Arabic and Russian 0.00-0.02
_MIN_ENGLISH_SHARE = 0.08
# common English function words, leaving out the short words that are just
# as common in French, German or Spanish ("a", "an", "in", "so", "was", "no")
_ENGLISH_WORDS = frozenset(
    """
    about above according across after afterwards again against ago all almost
    along already also although always am among amongst and another any are
    around as at be because been before behind being below besides between
    both but by can cannot could did do does doing done down during each either
    else enough even ever every few for from further had has have having he her
    here hers herself him himself his how however i if into is it its itself
    just least less many may me might more most much must my neither never nor
    not now of off often on once one only onto or other others our ours out
    over own perhaps rather said same says shall she should since some such
    than that the their theirs them themselves then there these they this
    those though through throughout thus to too toward towards under unless
    until up upon us very we were what whatever when where whether which while
    who whom whose why will with within without would yet you your
    """.split()
)
_WORD_RE = re.compile(r"[^\W\d_]+")

# words a Title Case headline capitalises that are no names: the parser reads
# "UK Demands End to Violence" as a string of proper nouns unless they are
# lowered ("UK demands end to violence"); names stay as written
_TITLE_COMMON = _ENGLISH_WORDS | frozenset(
    """
    calls call urges urge demands demand condemns condemn condemned denounces
    deplores welcomes welcome warns says said tells told vows reiterates renews
    declares announces pledges presses asks appeals stresses insists rejects
    summons seeks backs supports agrees agreed kills killed kill wounds wounded
    injures injured dies dead died attack attacks attacked strike strikes struck
    hits hit shells shelled bombs bombing bombings raid raids fighting fight clashes
    killing killings violence ceasefire truce talks end ends halt stop stops siege
    offensive advance withdrawal withdraw release justice crimes crime face leaders
    people civilians soldiers troops officials deadly latest new amid after over
    following against toll rises rise more than least dozens hundreds thousands
    suspected suspects arrests arrested mourns world nation must should will
    a an in on at of to as is by so no was
    aid convoy hospital school camp market village town city refugees crisis
    humanitarian situation statement remarks update press pounds pounded
    storms stormed ambushes ambushed targets targeted shelling airstrike airstrikes
    """.split()
)
_TITLE_WORD_RE = re.compile(r"[A-Za-z][a-z]+")

# one replacement character for each typographic or invisible character
_UNICODE_SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(
    map(chr, range(0x2000, 0x200B))  # en quad ... hair space
)
_LINE_BREAKS = "\u0085\u2028\u2029"
_CHAR_MAP: dict[int, str] = {
    # control characters other than tab, newline and carriage return
    **dict.fromkeys(
        [c for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in "\t\n\r"],
        " ",
    ),
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f"), '"'),
    **dict.fromkeys(map(ord, _UNICODE_SPACES), " "),
    # zero-width space and joiners, word joiner, BOM, soft hyphen
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), " "),
    # unicode line and paragraph separators are line breaks
    **dict.fromkeys(map(ord, _LINE_BREAKS), "\n"),
    # hyphens that look like the ASCII one ("Al\u2011Shabaab", "cease\u2010fire"):
    # names and words are matched with "-"
    **dict.fromkeys(map(ord, "\u2010\u2011"), "-"),
}

# minifier placeholders left in scraped pages: %MINIFYHTML44c9f2e5...%
_MINIFY_RE = re.compile(r"%MINIFYHTML[0-9a-fA-F]+%")
# an html entity left unescaped: &quot; &amp; &#39; &#x2019; &nbsp; ...
_ENTITY_RE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
# a scraper's mangled closing quote: population,quot;, -> population"     ,
_COMMA_QUOT_RE = re.compile(r",quot;")
# a leading date line written by a scraper: " date 2020-02-06"
_DATE_LINE_RE = re.compile(
    r"\A\s*(?P<token>date:?[ \t]+(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|\Z)",
    re.IGNORECASE,
)
# ISO date or datetime in a record; only the date part is kept
# a wire dateline opening a paragraph: "GENEVA, Nov 6 (Reuters) - ", "ANKARA - "
_DATELINE_RE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'\-]+(?:[ \t][A-Z][A-Z.'\-]+){0,3}"
    r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?"
    r"|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?"
    r"(?:[ \t]*\([A-Za-z .'&-]{2,40}\))?[ \t]*[-\u2013\u2014]+[ \t]+"
)
_ISO_DATE_RE = re.compile(r"\A\s*(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?\s*\Z", re.DOTALL)
_NOT_NEWLINE_RE = re.compile(r"[^\r\n]")
# lone surrogates: what a "\ud800" JSON escape or a non-UTF-8 file name decodes to
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> tuple[str, dt.date | None]:
    """Blank out scraping debris and normalise characters, keeping every offset.

    The result has exactly the length of ``text``; newlines stay where they
    are.  Removed debris is replaced by spaces; an entity such as ``&quot;``
    becomes its character followed by spaces.

    Blanked: minifier placeholders (``%MINIFYHTML…%``), a leading
    ``date YYYY-MM-DD`` line, html entities and the mangled ``,quot;``, and
    lines that repeat an earlier line of at most 200 characters, whitespace
    aside (headlines copied by scrapers), and wire datelines opening a
    paragraph ("GENEVA, Nov 6 (Reuters) - ").  Normalised: curly quotes, unicode
    spaces, zero-width characters, soft hyphens and control characters.
    Joined: a line break that wraps a sentence (text copied from a page or a
    PDF at a fixed width) becomes a space, so the sentence is parsed whole.

    Args:
        text: The original article text.

    Returns:
        The clean text, and the date of a leading date line (or None).

    >>> clean(" date 2020-02-06\\nEU &amp; UN: \\u201cstop,quot;")
    ('                \\nEU &     UN: "stop"     ', datetime.date(2020, 2, 6))
    """
    out = text.translate(_CHAR_MAP)
    out = _MINIFY_RE.sub(_blank, out)
    out = _COMMA_QUOT_RE.sub('"     ', out)
    out = _ENTITY_RE.sub(_unescape_entity, out)
    out, date = _blank_date_line(out)
    out = _blank_repeated_lines(out)
    # datelines are where the story was filed, not part of its first sentence
    out = _DATELINE_RE.sub(_blank, out)
    out = _WRAPPED_LINE_RE.sub(_join_wrapped_line, out)
    assert len(out) == len(text), "clean() must keep the length of the text"
    return out, date


def is_english(text: str) -> bool:
    """Tell whether a text reads as English, by its share of function words.

    Texts of fewer than 40 words are too short to judge and count as English.

    Args:
        text: Any text, best a clean one.

    Returns:
        False when the text is long enough and has too few English words.

    >>> is_english("Die Staats- und Regierungschefs haben gefordert " * 10)
    False
    """
    words = _WORD_RE.findall(text.lower())
    if len(words) < _MIN_LANGUAGE_WORDS:
        return True
    common = sum(word in _ENGLISH_WORDS for word in words)
    return common / len(words) >= _MIN_ENGLISH_SHARE


def iter_articles(
    sources: Iterable[Path],
    *,
    max_chars: int = 1_000_000,
    check_language: bool = True,
    exclude: Iterable[Path] = (),
) -> Iterator[Article | InputError]:
    """Read articles from files and folders, yielding errors in place of bad input.

    Folders are walked recursively in sorted order, taking files of the kinds
    below and skipping hidden files and folders.  A ``.txt`` file is one
    article whose id is the file name without its extension; a ``.jsonl``
    file holds one JSON record per line and a ``.json`` file one record or a
    list of them (see :func:`article_from_record`).  :mod:`kg.readers` reads
    the rest, all streamed: ``.jsonl.gz`` and ``.json.gz`` (gzip-compressed
    records), ``.csv`` and ``.tsv`` (a header row, one record per row),
    ``.html`` and ``.htm`` (a saved page: one article) and ``.warc`` and
    ``.warc.gz`` (a web archive: one article per HTML response).  The source
    ``-`` is JSONL on standard input.

    Args:
        sources: Files and folders, in the order to read them, and ``-`` for
            standard input.  A single path is accepted as well.
        max_chars: Largest article accepted.  A ``.txt`` file is checked by its
            size in bytes (never less than its length in characters) before
            it is read; a record by the length of its text.
        check_language: Reject texts of 40 words or more that do not look
            like English.
        exclude: Files and folders never read, even inside a source folder
            or named as a source: the builder's own outputs.

    Yields:
        An :class:`Article` per good text or record, and an :class:`InputError`
        (never raised) per missing, unreadable or unsuitable file or record;
        the message names the file and, for records, the line.
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [Path(sources)]
    skip = frozenset(p.resolve() for p in exclude)
    for source in sources:
        if str(source) == STDIN:
            from kg.readers import read_stdin

            yield from read_stdin(max_chars, check_language)
            continue
        path = Path(source)
        if skip and path.resolve() in skip:
            continue
        if path.is_dir():
            yield from _read_folder(path, max_chars, check_language, skip)
        elif path.is_file():
            yield from _read_file(path, max_chars, check_language)
        else:
            yield _error("E009", path=path)


def article_from_record(
    record: Mapping[str, Any],
    *,
    default_id: str,
    source: str | None = None,
    line: int | None = None,
) -> Article:
    """Build an article from one JSON record.

    Fields: ``text`` (required), and optional ``id``, ``title``, ``url``,
    ``date`` or ``published`` (an ISO date or datetime; its date part is kept,
    and ``date`` wins over ``published``), and ``publisher`` or ``source`` (who
    issued the text: the author of its first-person statements).  Other fields
    are ignored.  Without
    a record date, a leading date line in the text gives the date.

    Args:
        record: The decoded JSON object.
        default_id: Id used when the record has none.
        source: File the record came from, for ``Article.source`` and errors.
        line: Line of the record in that file, for errors.

    Returns:
        The article, with ``clean_title`` set beside ``title``.

    Raises:
        InputError: The record has no usable text, or a field has the wrong
            type, or the date is not an ISO date.

    >>> article_from_record({"text": "Fighting resumed."}, default_id="a-1").id
    'a-1'
    """
    where = {"path": source or "<record>", "line": "?" if line is None else line}

    def fail(code: str, **kwargs: object) -> InputError:
        return InputError(getattr(Messages, code).format(**where, **kwargs), source)

    def string_field(name: str) -> str | None:
        value = record.get(name)
        if value is None or isinstance(value, str):
            return value
        raise fail("E017", field=name, type=type(value).__name__)

    if record.get("text") is None:
        raise fail("E007")
    text = string_field("text") or ""
    if not text.strip():
        raise fail("E016")
    # a "\ud800" escape decodes to a lone surrogate, which spaCy and the store reject
    for name in ("text", "id", "title", "url", "date", "published"):
        value = record.get(name)
        if isinstance(value, str) and _SURROGATE_RE.search(value):
            raise fail("E006", reason=f"field '{name}' holds a lone surrogate")

    raw_id = record.get("id")
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        raw_id = str(raw_id)
    elif raw_id is not None and not isinstance(raw_id, str):
        raise fail("E017", field="id", type=type(raw_id).__name__)
    title = string_field("title")
    title = title if title and title.strip() else None
    url = string_field("url") or None
    # scraped datasets often call the publisher "source"
    publisher = string_field("publisher") or string_field("source") or None
    publisher = publisher.strip() if publisher and publisher.strip() else None

    date_field = "date" if record.get("date") not in (None, "") else "published"
    raw_date = string_field(date_field)
    date = None
    if raw_date and raw_date.strip():
        date = _parse_iso_date(raw_date)
        if date is None:
            raise fail("E018", value=raw_date)

    clean_text, text_date = clean(text)
    return Article(
        id=raw_id.strip() if raw_id and raw_id.strip() else default_id,
        text=text,
        clean_text=clean_text,
        title=title,
        clean_title=sentence_case(clean(title)[0]) if title is not None else None,
        url=url,
        date=date or text_date,
        date_source="record" if date else ("text" if text_date else None),
        source=source,
        publisher=publisher,
    )


# -- cleaning helpers -------------------------------------------------------


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _unescape_entity(match: re.Match[str]) -> str:
    entity = match.group()
    char = html.unescape(entity)
    if len(char) != 1 or char == entity:
        return entity  # unknown or multi-character entity: leave it alone
    char = char.translate(_CHAR_MAP)
    # "&#10;" must not add a line break: newlines stay where the original has them
    return (" " if char in "\r\n" else char).ljust(len(entity))


def _blank_date_line(text: str) -> tuple[str, dt.date | None]:
    match = _DATE_LINE_RE.match(text)
    if match is None:
        return text, None
    date = _parse_iso_date(match.group("date"))
    if date is None:
        return text, None
    start, end = match.span("token")
    return text[:start] + " " * (end - start) + text[end:], date


# a single line break between two lines of text (a blank line is a paragraph)
_WRAPPED_LINE_RE = re.compile(r"(?<=[^\s])([ \t]*\r?\n[ \t]*)(?=[^\s])")
# words no sentence or heading ends on: a line ending with one goes on
_RUNS_ON = frozenset(
    """a an the of to and or but nor in on at by for from with into onto as that
    than its their our his her your my this these those whose which who whom
    is are was were be been has have had will would shall should must can could
    may might not""".split()
)
_LAST_WORD_RE = re.compile(r"([A-Za-z]+)[ \t]*$")


def _join_wrapped_line(m: re.Match[str]) -> str:
    """A space for each character of a line break that only wraps a sentence:
    the next line goes on in lower case ("... to\nsecure peace"), or this one
    stops on a word no sentence ends on ("... call on the\nHouthis")."""
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    line = text[line_start : m.start()]
    rest = text[m.end() : m.end() + 2]
    if line.rstrip()[-1:] in ".!?:;\"')]" or rest[:1] in "-*\u2022\u2013\u2014>#|":
        return m.group()
    if rest[:1].islower() and rest[:2] != rest[:1] + ")":
        return " " * len(m.group())
    last = _LAST_WORD_RE.search(line)
    if last is not None and last.group(1) in _RUNS_ON:
        return " " * len(m.group())
    return m.group()


def _blank_repeated_lines(text: str) -> str:
    seen: set[str] = set()
    parts: list[str] = []
    for line in text.split("\n"):
        # debris blanked inside a line must not hide a copy
        key = " ".join(line.split())
        if key and len(key) <= _MAX_REPEAT_CHARS:
            if key in seen:
                line = _NOT_NEWLINE_RE.sub(" ", line)
            else:
                seen.add(key)
        parts.append(line)
    return "\n".join(parts)


def _parse_iso_date(value: str) -> dt.date | None:
    match = _ISO_DATE_RE.match(value)
    if match is None:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def sentence_case(title: str) -> str:
    """A Title Case headline with its common words lowered, for the parser.

    Only headlines where most longer words are capitalised change; the first
    word and every other word stay as written, so names keep their case.  The
    length never changes, so offsets into the title still hold.

    >>> sentence_case("UK Demands End to Sudan Violence at UN Council")
    'UK demands end to Sudan violence at UN Council'
    >>> sentence_case("UN calls for ceasefire in Sudan")
    'UN calls for ceasefire in Sudan'
    """
    words = [m for m in _TITLE_WORD_RE.finditer(title) if len(m.group()) > 3]
    if len(words) < 3 or sum(w.group()[0].isupper() for w in words) < 0.7 * len(words):
        return title
    out = list(title)
    first = re.search(r"[A-Za-z]", title)
    for m in _TITLE_WORD_RE.finditer(title):
        word = m.group()
        if first is not None and m.start() == first.start():
            continue
        if word[0].isupper() and word.lower() in _TITLE_COMMON:
            out[m.start()] = word[0].lower()
    return "".join(out)


def _find_title(text: str, clean_text: str) -> str | None:
    """Return the first non-blank line if it reads as a headline over more text."""
    pos = 0
    for line in clean_text.split("\n"):
        head = line.strip()
        if head:
            rest = clean_text[pos + len(line) :]
            if (
                len(head) <= _MAX_TITLE_CHARS
                and not head.endswith(_SENTENCE_END)
                and rest.strip()
            ):
                start = pos + line.index(head)
                return text[start : start + len(head)]
            return None
        pos += len(line) + 1
    return None


# -- reading helpers --------------------------------------------------------


def _error(code: str, **kwargs: object) -> InputError:
    path = kwargs.get("path")
    message = getattr(Messages, code).format(**kwargs)
    return InputError(message, None if path is None else str(path))


def _read_folder(
    folder: Path, max_chars: int, check_language: bool, skip: frozenset[Path]
) -> Iterator[Article | InputError]:
    for path in _walk(folder, set(), skip):
        if isinstance(path, InputError):
            yield path
        else:
            yield from _read_file(path, max_chars, check_language)


def _walk(
    folder: Path, seen: set[Path], skip: frozenset[Path] = frozenset()
) -> Iterator[Path | InputError]:
    # a symlinked folder could lead back up the tree: visit each folder once
    real = folder.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield _error("E015", path=folder, reason=exc.strerror or exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if skip and entry.resolve() in skip:
            continue
        if entry.is_dir():
            yield from _walk(entry, seen, skip)
        elif entry.is_file() and _suffix(entry) in SUFFIXES:
            yield entry


def _suffix(path: Path) -> str:
    """The lowercase file type, two suffixes deep for compressed files.

    >>> _suffix(Path("crawl.2024.WARC.gz")), _suffix(Path("a.txt"))
    ('.warc.gz', '.txt')
    """
    if path.suffix.lower() == ".gz":
        return "".join(path.suffixes[-2:]).lower()
    return path.suffix.lower()


def _read_file(
    path: Path, max_chars: int, check_language: bool
) -> Iterator[Article | InputError]:
    if _SURROGATE_RE.search(str(path)):
        # a name that is not UTF-8 would become an id no IRI, store or report can hold
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        yield _error(
            "E015", path=shown, reason="its name is not valid UTF-8; rename it"
        )
        return
    suffix = _suffix(path)
    if suffix not in SUFFIXES:
        shown = "".join(path.suffixes[-2:]) if suffix.endswith(".gz") else path.suffix
        yield _error("E008", path=path, suffix=shown)
        return
    try:
        size = path.stat().st_size
        if size == 0:
            yield _error("E001", path=path)
        elif suffix == ".txt":
            yield _read_text(path, size, max_chars, check_language)
        elif suffix == ".jsonl":
            yield from _read_jsonl(path, max_chars, check_language)
        elif suffix == ".json":
            yield from _read_json(path, max_chars, check_language)
        else:
            from kg.readers import read_file

            yield from read_file(path, suffix, max_chars, check_language)
    except OSError as exc:
        yield _error("E015", path=path, reason=exc.strerror or exc)


def _check_head(path: Path | str, head: bytes) -> InputError | None:
    """Reject a file by its first bytes: UTF-16 text, or binary data."""
    if head.startswith(_UTF16_BOMS):
        return _error("E003", path=path, offset=0)
    control = sum(byte in _CONTROL_BYTES for byte in head)
    if b"\x00" in head or control > _MAX_CONTROL_SHARE * len(head):
        return _error("E002", path=path)
    return None


def _decode(path: Path | str, data: bytes, start: int = 0) -> str | InputError:
    """Decode UTF-8, dropping a BOM; ``start`` is the file offset of ``data``."""
    bom = len(codecs.BOM_UTF8) if start == 0 and data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        return _error("E003", path=path, offset=start + bom + exc.start)


def _read_text(
    path: Path, size: int, max_chars: int, check_language: bool
) -> Article | InputError:
    # a UTF-8 file has at least as many bytes as characters: too many bytes
    # means the file is never read, let alone decoded or cleaned
    if size > max_chars:
        return _error("E004", path=path, size=size, limit=max_chars)
    data = path.read_bytes()
    problem = _check_head(path, data[:_SNIFF_BYTES])
    if problem is not None:
        return problem
    text = _decode(path, data)
    if isinstance(text, InputError):
        return text
    if not text.strip():
        return _error("E001", path=path)
    clean_text, date = clean(text)
    if check_language and not is_english(clean_text):
        return _error("E005", path=path)
    title = _find_title(text, clean_text)
    if title is not None:
        # the headline is the text's first line: parse it in sentence case
        at = clean_text.find(clean(title)[0])
        if at >= 0:
            end = at + len(title)
            clean_text = (
                clean_text[:at] + sentence_case(clean_text[at:end]) + clean_text[end:]
            )
    return Article(
        id=path.stem,
        text=text,
        clean_text=clean_text,
        title=title,
        date=date,
        date_source="text" if date else None,
        source=str(path),
    )


def _check_record(
    path: Path | str,
    line: int,
    record: object,
    default_id: str,
    max_chars: int,
    check_language: bool,
) -> Article | InputError:
    if not isinstance(record, Mapping):
        reason = f"expected a JSON object, not {_json_type(record)}"
        return _error("E006", path=path, line=line, reason=reason)
    text = record.get("text")
    if isinstance(text, str) and len(text) > max_chars:
        return _error("E019", path=path, line=line, chars=len(text), limit=max_chars)
    try:
        article = article_from_record(
            record, default_id=default_id, source=str(path), line=line
        )
    except InputError as exc:
        return exc
    if check_language and not is_english(article.clean_text):
        return _error("E020", path=path, line=line)
    return article


def _read_jsonl(
    path: Path, max_chars: int, check_language: bool
) -> Iterator[Article | InputError]:
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
        problem = _check_head(path, head)
        if problem is not None:
            yield problem
            return
        lines = _prefixed_lines(head, fh)
        yield from _jsonl_records(path, path.stem, lines, max_chars, check_language)


def _prefixed_lines(head: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of a stream whose first bytes, ``head``, were read already.

    >>> list(_prefixed_lines(b"a\\nb", iter([b"c\\n", b"d"])))
    [b'a\\n', b'bc\\n', b'd']
    """
    *lines, tail = head.split(b"\n")
    for line in lines:
        yield line + b"\n"
    rest = iter(rest)
    if tail:
        yield tail + next(rest, b"")
    yield from rest


def _jsonl_records(
    path: Path | str,
    stem: str,
    lines: Iterable[bytes],
    max_chars: int,
    check_language: bool,
) -> Iterator[Article | InputError]:
    """Records of JSONL ``lines`` (bytes, each with its newline); the default
    id of the record on line ``n`` is ``{stem}-{n}``."""
    offset = 0
    found = False
    for number, raw in enumerate(lines, start=1):
        start, offset = offset, offset + len(raw)
        line = _decode(path, raw, start)
        if isinstance(line, InputError):
            yield line
            found = True
            continue
        if not line.strip():
            continue
        found = True
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield _error("E006", path=path, line=number, reason=_reason(exc))
            continue
        default_id = f"{stem}-{number}"
        yield _check_record(path, number, record, default_id, max_chars, check_language)
    if not found:
        yield _error("E001", path=path)


def _read_json(
    path: Path, max_chars: int, check_language: bool
) -> Iterator[Article | InputError]:
    data = path.read_bytes()
    problem = _check_head(path, data[:_SNIFF_BYTES])
    if problem is not None:
        yield problem
        return
    text = _decode(path, data)
    if isinstance(text, InputError):
        yield text
        return
    if not text.strip():
        yield _error("E001", path=path)
        return
    try:
        for index, line, record in _json_values(text):
            default_id = path.stem if index is None else f"{path.stem}-{index}"
            yield _check_record(
                path, line, record, default_id, max_chars, check_language
            )
    except json.JSONDecodeError as exc:
        yield _error("E006", path=path, line=exc.lineno, reason=exc.msg)
    # ValueError: a number of more than 4300 digits, which Python will not read
    except (ValueError, RecursionError) as exc:
        yield _error("E006", path=path, line=1, reason=_reason(exc))


def _json_values(text: str) -> Iterator[tuple[int | None, int, Any]]:
    """Yield (index, line, value) for a JSON list's items, or (None, line, value).

    Items are decoded one by one so that each is reported with its own line,
    and those before a syntax error still come through.

    Raises:
        json.JSONDecodeError: At the first syntax error.
    """
    decoder = json.JSONDecoder()
    lines = _LineCounter(text)
    pos = _skip_space(text, 0)
    if not text.startswith("[", pos):
        value, end = decoder.raw_decode(text, pos)
        yield None, lines.at(pos), value
        end = _skip_space(text, end)
        if end < len(text):
            raise json.JSONDecodeError("Extra data", text, end)
        return
    pos = _skip_space(text, pos + 1)
    index = 0
    if text.startswith("]", pos):
        pos += 1
    else:
        while True:
            value, end = decoder.raw_decode(text, pos)
            yield index, lines.at(pos), value
            index += 1
            pos = _skip_space(text, end)
            if text.startswith(",", pos):
                pos = _skip_space(text, pos + 1)
            elif text.startswith("]", pos):
                pos += 1
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    pos = _skip_space(text, pos)
    if pos < len(text):
        raise json.JSONDecodeError("Extra data", text, pos)


_JSON_SPACE_RE = re.compile(r"[ \t\n\r]*")


def _skip_space(text: str, pos: int) -> int:
    match = _JSON_SPACE_RE.match(text, pos)
    return match.end() if match else pos


class _LineCounter:
    """Line numbers of increasing offsets, counting each newline once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0
        self._line = 1

    def at(self, pos: int) -> int:
        self._line += self._text.count("\n", self._pos, pos)
        self._pos = pos
        return self._line


def _json_type(value: object) -> str:
    names = {list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)
