"""Streamed readers for compressed records, tables, saved pages and web archives.

:func:`kg.ingest.iter_articles` hands these kinds of input here:

- ``.jsonl.gz`` and ``.json.gz``: records as in ``.jsonl`` and ``.json``,
  decompressed as they are read;
- ``.csv`` and ``.tsv``: a header row, then one record per row, with the
  article in a ``text`` (or ``body`` or ``content``) column;
- ``.html`` and ``.htm``: a saved page, one article, its main text, title,
  date and canonical URL extracted with trafilatura;
- ``.warc`` and ``.warc.gz``: a web archive, one article per HTML response;
- ``-``: JSONL records on standard input.

Nothing is read whole: records come one by one, and memory does not grow with
the size of the input file (a page is read whole, but no page of more than
:data:`MAX_PAGE_BYTES`).  As everywhere in ingestion, a bad file or record
becomes an :class:`~kg.errors.InputError` yielded in its place, and the
records before it are kept.

Page extraction never goes online: trafilatura is given the page's bytes, never
a URL or a string it could take for one, and only its extraction functions are
called (its fetching, crawling and feed functions never are); the date is read
from the page's metadata and URL only (htmldate without its "extensive search"
of the text).
"""

from __future__ import annotations

import codecs
import csv
import gzip
import hashlib
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from kg.errors import InputError
from kg.ingest import (
    _SNIFF_BYTES,
    _check_head,
    _check_record,
    _decode,
    _error,
    _jsonl_records,
    _parse_iso_date,
    _prefixed_lines,
    _skip_space,
    article_from_record,
    is_english,
)
from kg.model import Article
from kg.names import slugify

__all__ = ["MAX_PAGE_BYTES", "page_id", "read_file", "read_stdin"]

#: largest saved page or archived response read (trafilatura's own limit)
MAX_PAGE_BYTES = 20_000_000

# columns that may hold the article, the first one present wins
_TEXT_COLUMNS = ("text", "body", "content")
# other columns taken, as the JSON record fields of the same name
_RECORD_COLUMNS = ("id", "title", "url", "date", "published", "publisher", "source")
# a field may hold a whole article: far above the csv module's 128 KiB default,
# and no more than a C long holds on every platform
_CSV_FIELD_LIMIT = 2**31 - 1

# characters of decompressed JSON decoded at a time
_CHUNK_BYTES = 1 << 16

# what a corrupt or cut-short gzip stream raises (gzip.BadGzipFile is an OSError)
_GZIP_ERRORS = (OSError, EOFError, zlib.error)

# response types read as pages
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# trafilatura options: no comments, tables or links (prose only); the date from
# the page's metadata and URL, not guessed from its text
_EXTRACT_OPTIONS: dict[str, Any] = {
    "with_metadata": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
    "date_extraction_params": {"original_date": True, "extensive_search": False},
}


def read_file(
    path: Path, suffix: str, max_chars: int, check_language: bool
) -> Iterator[Article | InputError]:
    """Read one file of a kind this module handles.

    Args:
        path: The file.
        suffix: Its type, as :func:`kg.ingest._suffix` gives it (``.json.gz``).
        max_chars: Largest article text accepted.
        check_language: Reject long texts that do not look like English.

    Yields:
        Articles, and input errors in place of bad records or files.
    """
    stem = path.name[: -len(suffix)] or path.name
    if suffix == ".jsonl.gz":
        yield from _read_jsonl_gz(path, stem, max_chars, check_language)
    elif suffix == ".json.gz":
        yield from _read_json_gz(path, stem, max_chars, check_language)
    elif suffix in (".csv", ".tsv"):
        delimiter = "\t" if suffix == ".tsv" else ","
        yield from _read_table(path, stem, delimiter, max_chars, check_language)
    elif suffix in (".html", ".htm"):
        yield _read_html(path, stem, max_chars, check_language)
    elif suffix in (".warc", ".warc.gz"):
        yield from _read_warc(path, stem, max_chars, check_language)
    else:
        raise ValueError(f"not a kind kg.readers reads: {suffix}")


def read_stdin(max_chars: int, check_language: bool) -> Iterator[Article | InputError]:
    """Read JSONL records from standard input, line by line as they come.

    Errors name ``<stdin>``; the default id of the record on line ``n`` is
    ``stdin-{n}``.
    """
    where = "<stdin>"
    raw: IO[bytes] | None = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream with no bytes underneath (tests, notebooks)
        lines: Iterable[bytes] = (line.encode("utf-8") for line in sys.stdin)
        head = b""
    else:
        lines = raw
        # read1: what is there now, so that a slow writer is not waited for
        head = getattr(raw, "read1", raw.readline)(_SNIFF_BYTES)
    problem = _check_head(where, head)
    if problem is not None:
        yield problem
        return
    yield from _jsonl_records(
        where, "stdin", _prefixed_lines(head, lines), max_chars, check_language
    )


def page_id(uri: str) -> str:
    """A short article id that depends on a page's URI only.

    The host, slugified, and the first 12 hex digits of the URI's SHA-256: the
    same page in two archives gets the same id.

    >>> page_id("https://news.example.org/world/ceasefire?page=2")
    'news-example-org-c5b49fb55799'
    """
    digest = hashlib.sha256(uri.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    try:
        host = urlsplit(uri).hostname or ""
    except ValueError:  # a malformed IPv6 host
        host = ""
    return f"{slugify(host) or 'page'}-{digest}"


# -- compressed records -----------------------------------------------------


class _CountedLines:
    """Lines passed through, counted, to say where a stream broke off."""

    def __init__(self, lines: Iterable[bytes]) -> None:
        self._lines = iter(lines)
        self.count = 0

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        line = next(self._lines)
        self.count += 1
        return line


def _read_jsonl_gz(
    path: Path, stem: str, max_chars: int, check_language: bool
) -> Iterator[Article | InputError]:
    lines = _CountedLines(())
    with gzip.open(path, "rb") as fh:
        try:
            head = fh.read1(_SNIFF_BYTES)
            problem = _check_head(path, head)
            if problem is not None:
                yield problem
                return
            lines = _CountedLines(_prefixed_lines(head, fh))
            yield from _jsonl_records(path, stem, lines, max_chars, check_language)
        except _GZIP_ERRORS as exc:
            yield _error("E023", path=path, line=lines.count, reason=_why(exc))


def _read_json_gz(
    path: Path, stem: str, max_chars: int, check_language: bool
) -> Iterator[Article | InputError]:
    # a record's text may be escaped ("\u00e9" is six characters for one)
    stream = _JsonStream(iter(()), limit=8 * max_chars + _CHUNK_BYTES)
    with gzip.open(path, "rb") as fh:
        try:
            head = fh.read1(_SNIFF_BYTES)
            problem = _check_head(path, head)
            if problem is not None:
                yield problem
                return
            chunks = iter(lambda: fh.read1(_CHUNK_BYTES), b"")
            stream = _JsonStream(
                _decoded_chunks(path, head, chunks), limit=stream.limit
            )
            if stream.empty():
                yield _error("E001", path=path)
                return
            for index, line, record in _json_values(stream):
                default_id = stem if index is None else f"{stem}-{index}"
                yield _check_record(
                    path, line, record, default_id, max_chars, check_language
                )
        except _JsonSyntaxError as exc:
            yield _error("E006", path=path, line=exc.line, reason=exc.reason)
        except _UndecodableError as exc:
            yield exc.error
        except _GZIP_ERRORS as exc:
            yield _error("E023", path=path, line=stream.line(), reason=_why(exc))


class _UndecodableError(Exception):
    """Bytes that are not UTF-8, met while streaming; carries the input error."""

    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


class _JsonSyntaxError(Exception):
    """A JSON syntax error at a line of the whole stream."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


def _decoded_chunks(path: Path, head: bytes, chunks: Iterable[bytes]) -> Iterator[str]:
    """UTF-8 text of byte chunks, without a BOM.

    Raises:
        _UndecodableError: At the first byte that is not UTF-8.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    first = True
    for chunk in _chain(head, chunks):
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            where = offset - pending + exc.start
            raise _UndecodableError(_error("E003", path=path, offset=where)) from None
        offset += len(chunk)
        if first and text:
            text = text.removeprefix("\ufeff")
            first = False
        yield text
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        where = offset - len(decoder.getstate()[0]) + exc.start
        raise _UndecodableError(_error("E003", path=path, offset=where)) from None


def _chain(head: bytes, chunks: Iterable[bytes]) -> Iterator[bytes]:
    if head:
        yield head
    yield from chunks


class _JsonStream:
    """A window on JSON text read chunk by chunk, with line numbers.

    Only the unread part of the text is kept, and it grows only as far as the
    value being decoded needs (up to ``limit`` characters).
    """

    def __init__(self, chunks: Iterator[str], *, limit: int) -> None:
        self._chunks = chunks
        self.limit = limit
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._decoder = json.JSONDecoder()
        # line at buf[0], and the last position counted to and its line
        self._base_line = 1
        self._counted = 0
        self._counted_line = 1

    def line(self, pos: int | None = None) -> int:
        """The line of ``pos`` (default: the read position) in the whole text."""
        pos = self.pos if pos is None else pos
        if pos < self._counted:
            self._counted, self._counted_line = 0, self._base_line
        self._counted_line += self.buf.count("\n", self._counted, pos)
        self._counted = pos
        return self._counted_line

    def more(self, want: int = 1) -> bool:
        """Drop what was read and add at least ``want`` characters if there are.

        Returns:
            Whether anything was added.
        """
        self._base_line = self.line(self.pos)
        parts = [self.buf[self.pos :]]
        self.pos = self._counted = 0
        self._counted_line = self._base_line
        added = 0
        while added < want:
            chunk = next(self._chunks, None)
            if chunk is None:
                self.eof = True
                break
            parts.append(chunk)
            added += len(chunk)
        self.buf = "".join(parts)
        return added > 0

    def skip_space(self) -> None:
        """Move past whitespace, reading on until something else or the end."""
        while True:
            self.pos = _skip_space(self.buf, self.pos)
            if self.pos < len(self.buf) or self.eof:
                return
            self.more()

    def empty(self) -> bool:
        """Whether the text holds nothing but whitespace."""
        self.skip_space()
        return self.pos >= len(self.buf)

    def at(self, char: str) -> bool:
        return self.buf.startswith(char, self.pos)

    def value(self) -> Any:
        """Decode the value at the read position and move past it.

        Raises:
            _JsonSyntaxError: The text there is not JSON, or a value is longer
                than ``limit`` characters.
        """
        while True:
            try:
                value, end = self._decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                # at the end of what is read, the value may just be incomplete
                if self.eof:
                    raise _JsonSyntaxError(self.line(exc.pos), exc.msg) from None
                unread = len(self.buf) - self.pos
                if unread > self.limit:
                    reason = f"a record longer than {self.limit} characters"
                    raise _JsonSyntaxError(self.line(), reason) from None
                self.more(max(unread, _CHUNK_BYTES))
                continue
            except RecursionError:
                raise _JsonSyntaxError(self.line(), "nested too deeply") from None
            except ValueError as exc:  # a number of more than 4300 digits
                raise _JsonSyntaxError(self.line(), str(exc)) from None
            # a number or literal at the very end may go on in the next chunk
            if end == len(self.buf) and not self.eof and self.more():
                continue
            self.pos = end
            return value


def _json_values(stream: _JsonStream) -> Iterator[tuple[int | None, int, Any]]:
    """Yield (index, line, value) for a JSON list's items, or (None, line, value).

    Like :func:`kg.ingest._json_values`, on a stream.

    Raises:
        _JsonSyntaxError: At the first syntax error.
    """
    stream.skip_space()
    if not stream.at("["):
        line = stream.line()
        yield None, line, stream.value()
    else:
        stream.pos += 1
        stream.skip_space()
        if stream.at("]"):
            stream.pos += 1
        else:
            index = 0
            while True:
                line = stream.line()
                yield index, line, stream.value()
                index += 1
                stream.skip_space()
                if stream.at(","):
                    stream.pos += 1
                    stream.skip_space()
                elif stream.at("]"):
                    stream.pos += 1
                    break
                else:
                    raise _JsonSyntaxError(stream.line(), "Expecting ',' delimiter")
    stream.skip_space()
    if stream.pos < len(stream.buf):
        raise _JsonSyntaxError(stream.line(), "Extra data")


# -- tables ------------------------------------------------------------------


def _read_table(
    path: Path, stem: str, delimiter: str, max_chars: int, check_language: bool
) -> Iterator[Article | InputError]:
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
        problem = _check_head(path, head)
        if problem is not None:
            yield problem
            return
        lines = _decoded_lines(path, _prefixed_lines(head, fh))
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            yield from _table_records(
                path, stem, reader, max_chars=max_chars, check_language=check_language
            )
        except _UndecodableError as exc:
            yield exc.error


def _decoded_lines(path: Path, lines: Iterable[bytes]) -> Iterator[str]:
    """UTF-8 text of lines, without a BOM.

    Raises:
        _UndecodableError: At the first line that is not UTF-8.
    """
    offset = 0
    for raw in lines:
        text = _decode(path, raw, offset)
        if isinstance(text, InputError):
            raise _UndecodableError(text)
        offset += len(raw)
        yield text


def _table_records(
    path: Path,
    stem: str,
    reader: Any,  # csv.reader's type is private
    *,
    max_chars: int,
    check_language: bool,
) -> Iterator[Article | InputError]:
    columns: dict[str, int] | None = None
    text_column = 0
    while True:
        # a row may span lines (a quoted field with line breaks): it is named
        # by the line it starts on
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield _error("E026", path=path, line=line, reason=exc)
            continue
        if not row:
            continue
        if columns is None:
            names = [name.strip().lower() for name in row]
            found = [name for name in _TEXT_COLUMNS if name in names]
            if not found:
                yield _error("E022", path=path)
                return
            text_column = names.index(found[0])
            columns = {n: names.index(n) for n in _RECORD_COLUMNS if n in names}
            continue
        record = {name: _cell(row, i) for name, i in columns.items()}
        record["text"] = _cell(row, text_column)
        default_id = f"{stem}-{line}"
        yield _check_record(path, line, record, default_id, max_chars, check_language)
    if columns is None:
        yield _error("E001", path=path)


def _cell(row: list[str], index: int) -> str | None:
    # a short row has no cell for the last columns
    return row[index] if index < len(row) else None


# -- pages -------------------------------------------------------------------


def _read_html(
    path: Path, stem: str, max_chars: int, check_language: bool
) -> Article | InputError:
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        return _error("E004", path=path, size=size, limit=MAX_PAGE_BYTES)
    with path.open("rb") as fh:
        data = fh.read(MAX_PAGE_BYTES)
    problem = _check_head(path, data[:_SNIFF_BYTES])
    if problem is not None:
        return problem
    # the id is the file name without its extension, as for a .txt file
    return _page_article(
        data,
        path=path,
        page=str(path),
        article_id=stem,
        url=None,
        fallback_date=None,
        max_chars=max_chars,
        check_language=check_language,
    )


def _read_warc(
    path: Path, stem: str, max_chars: int, check_language: bool
) -> Iterator[Article | InputError]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            # warcio cannot go on after a record it cannot parse; its offset
            # is then where that record starts
            except Exception as exc:  # noqa: BLE001 - any failure of the archive
                yield _error("E025", path=path, offset=records.offset, reason=_why(exc))
                return
            offset = records.offset
            if record.rec_type != "response" or record.http_headers is None:
                continue
            http = record.http_headers
            content_type = (http.get_header("Content-Type") or "").split(";")[0]
            if content_type.strip().lower() not in _HTML_TYPES:
                continue
            # redirects and error pages are not articles
            if not str(http.get_statuscode() or "").startswith("2"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            try:
                # the payload, with any chunking and content encoding undone
                data = record.content_stream().read(MAX_PAGE_BYTES + 1)
                missing = _missing_bytes(record.raw_stream)
            except Exception as exc:  # noqa: BLE001 - a broken payload
                yield _error("E025", path=path, offset=offset, reason=_why(exc))
                continue
            if missing:
                reason = f"it is cut short ({missing} bytes missing)"
                yield _error("E025", path=path, offset=offset, reason=reason)
                continue
            if len(data) > MAX_PAGE_BYTES:
                reason = f"the page has more than {MAX_PAGE_BYTES} bytes"
                yield _error("E025", path=path, offset=offset, reason=reason)
                continue
            yield _page_article(
                data,
                path=path,
                page=f"{path}: WARC record at byte {offset} ({uri})",
                article_id=page_id(uri) if uri else f"{stem}-{offset}",
                url=uri or None,
                fallback_date=record.rec_headers.get_header("WARC-Date"),
                max_chars=max_chars,
                check_language=check_language,
            )


def _missing_bytes(raw: Any) -> int:
    """Read a record's block to its end; how many of its declared bytes are not
    there (warcio ends a cut-short record quietly)."""
    while raw.read(_CHUNK_BYTES):
        pass
    return int(getattr(raw, "limit", 0))


def _page_article(
    data: bytes,
    *,
    path: Path,
    page: str,
    article_id: str,
    url: str | None,
    fallback_date: str | None,
    max_chars: int,
    check_language: bool,
) -> Article | InputError:
    """The article of one HTML page.

    Args:
        data: The page's bytes (their encoding is read from the page).
        path: The file, for the error's path and the article's source.
        page: How errors name the page.
        article_id: The article's id.
        url: The page's URL if known (a WARC record's target); else the
            page's canonical URL is taken.
        fallback_date: An ISO date or datetime used when the page has none
            (a WARC record's capture date).
        max_chars: Largest text accepted.
        check_language: Reject long texts that do not look like English.
    """
    import trafilatura

    try:
        # bytes, never a str: a str that looks like a URL could be fetched
        doc = trafilatura.bare_extraction(data, url=url, **_EXTRACT_OPTIONS)
    except Exception as exc:  # noqa: BLE001 - any failure on one odd page
        return _error("E029", path=path, page=page, reason=_why(exc))
    text = str(getattr(doc, "text", None) or "")
    title = str(getattr(doc, "title", None) or "").strip() or None
    if title is not None:
        # the headline opens the extracted text; the title field holds it
        first, _, rest = text.partition("\n")
        if " ".join(first.split()) == " ".join(title.split()):
            text = rest
    if not text.strip():
        return _error("E024", path=path, page=page)
    if len(text) > max_chars:
        return _error("E027", path=path, page=page, chars=len(text), limit=max_chars)
    page_date = getattr(doc, "date", None)
    if fallback_date and _parse_iso_date(fallback_date) is None:
        fallback_date = None
    record = {
        "text": text,
        "id": article_id,
        "title": title,
        "url": url or getattr(doc, "url", None),
        "date": page_date or fallback_date,
    }
    try:
        article = article_from_record(record, default_id=article_id, source=str(path))
    except InputError as exc:
        return exc
    if check_language and not is_english(article.clean_text):
        return _error("E028", path=path, page=page)
    if not page_date and article.date is not None:
        # the date the page was archived, not the date it was published
        article = replace(article, date_source="crawl")
    return article


def _why(exc: BaseException) -> str:
    # one line: some messages quote the line of input they stopped at
    return " ".join(str(exc).split()) or type(exc).__name__
