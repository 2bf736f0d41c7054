"""Tests for the input kinds of kg.readers: gzip records, CSV/TSV, pages, WARC, stdin.

Every sample is written here, to ``tmp_path``, from text written for these
tests: a saved news page with the debris real pages carry (navigation, cookie
banner, sidebar, footer, scripts), a small web archive written with warcio,
gzip-compressed records (whole, cut short and corrupted), tables and stdin.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import random
import socket
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.errors import InputError
from kg.ingest import iter_articles
from kg.model import Article
from kg.readers import page_id

CANONICAL = "https://news.example.org/world/2024/03/ceasefire-talks-ravensford"
PARAGRAPHS = (
    "Negotiators from both sides met in the border town of Ravensford on "
    "Thursday to resume talks on a ceasefire, officials said.",
    "The United Nations envoy called for an immediate end to the shelling of "
    "residential areas and urged both parties to allow humanitarian access to "
    "the besieged districts.",
    "At least twelve civilians were killed in the fighting last week, "
    "according to the regional health office, which said dozens more were "
    "wounded.",
)
# text of the page that is not the article: none of it may be extracted
DEBRIS = (
    "We use cookies to improve your experience",
    "Accept all cookies",
    "Weather forecast",
    "Subscribe to our newsletter",
    "Local bakery wins national prize",
    "Transfer rumours heat up",
    "All rights reserved",
    "Privacy policy",
    "dataLayer",
)

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ceasefire talks resume in Ravensford | The Daily Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Ceasefire talks resume in Ravensford">
<meta property="og:site_name" content="The Daily Courier">
<meta property="og:image" content="https://cdn.example.org/img/ravensford.jpg">
<meta property="article:published_time" content="2024-03-14T09:30:00Z">
<link rel="canonical" href="{CANONICAL}">
<link rel="stylesheet" href="https://cdn.example.org/css/site.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
<script src="https://cdn.example.org/js/analytics.js" async></script>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">
  <p>We use cookies to improve your experience on our site.</p>
  <button>Accept all cookies</button>
</div>
<header class="site-header">
  <a class="logo" href="/">The Daily Courier</a>
  <nav class="main-nav"><ul>
    <li><a href="/world">World</a></li>
    <li><a href="/business">Business</a></li>
    <li><a href="/weather">Weather forecast</a></li>
  </ul></nav>
  <form class="newsletter"><label>Subscribe to our newsletter</label><input type="email"></form>
</header>
<main>
<article class="story">
  <h1>Ceasefire talks resume in Ravensford</h1>
  <p class="byline">By Staff Reporter</p>
  <time datetime="2024-03-14T09:30:00Z">14 March 2024</time>
  <p>{PARAGRAPHS[0]}</p>
  <p>{PARAGRAPHS[1]}</p>
  <p>{PARAGRAPHS[2]}</p>
</article>
<aside class="sidebar">
  <h3>Most read</h3>
  <ul>
    <li><a href="/local/bakery">Local bakery wins national prize</a></li>
    <li><a href="/sport/transfers">Transfer rumours heat up</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <p>Copyright 2024 The Daily Courier. All rights reserved.</p>
  <a href="/privacy">Privacy policy</a>
</footer>
<script>document.querySelector(".cookie-consent button").onclick = function () {{}};</script>
</body>
</html>
"""

# a second page, with no date and no canonical link: its date is the capture's
SECOND_BODY = (
    "Aid convoys reached the northern districts on Friday for the first time in "
    "a month, the Red Crescent said, carrying food and medicine for thousands of "
    "families who had been cut off by the fighting around the river crossing."
)
SECOND_PAGE = f"""<!DOCTYPE html>
<html><head><title>Aid convoys reach northern districts</title></head>
<body>
<nav><a href="/">Home</a> <a href="/weather">Weather forecast</a></nav>
<article><h1>Aid convoys reach northern districts</h1><p>{SECOND_BODY}</p></article>
<footer>All rights reserved.</footer>
</body></html>
"""

PAGE_URI = "https://news.example.org/world/2024/03/ceasefire-talks-ravensford"
SECOND_URI = "https://news.example.org/world/2024/03/aid-convoys"
IMAGE_URI = "https://news.example.org/img/map.png"


def articles(items: Iterable[Article | InputError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def errors(items: Iterable[Article | InputError]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def read(*sources: Path | str, **options: object) -> list[Article | InputError]:
    return list(iter_articles(list(sources), **options))  # type: ignore[arg-type]


def write_page(path: Path, html: str = PAGE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path


def write_warc(path: Path) -> Path:
    """Two HTML responses, an image response and a request, gzipped by suffix."""

    def response(
        writer: WARCWriter, uri: str, body: bytes, content_type: str, date: str
    ) -> object:
        headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", content_type), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        return writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": date},
        )

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        request = StatusAndHeaders(
            "GET /world/2024/03/ceasefire-talks-ravensford HTTP/1.1",
            [("Host", "news.example.org"), ("User-Agent", "test-crawler/1.0")],
            is_http_request=True,
        )
        writer.write_record(
            writer.create_warc_record(
                PAGE_URI,
                "request",
                payload=io.BytesIO(b""),
                http_headers=request,
                warc_headers_dict={"WARC-Date": "2024-03-16T10:00:00Z"},
            )
        )
        page = PAGE.encode("utf-8")
        writer.write_record(
            response(
                writer,
                PAGE_URI,
                page,
                "text/html; charset=utf-8",
                "2024-03-16T10:00:01Z",
            )
        )
        png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
        writer.write_record(
            response(writer, IMAGE_URI, png, "image/png", "2024-03-16T10:00:02Z")
        )
        second = SECOND_PAGE.encode("utf-8")
        writer.write_record(
            response(writer, SECOND_URI, second, "text/html", "2024-03-16T10:00:03Z")
        )
    return path


def write_gzip(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(text)
    return path


def record(n: int, **fields: str) -> dict[str, str]:
    return {
        "text": f"Report {n}: the council said that talks on aid would go on.",
        **fields,
    }


def jsonl(*records: dict[str, str]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


# saved pages -----------------------------------------------------------------


def test_saved_page_gives_its_article_and_not_the_page_around_it(
    tmp_path: Path,
) -> None:
    path = write_page(tmp_path / "ravensford-talks.html")
    (item,) = read(path)
    assert isinstance(item, Article), item
    for paragraph in PARAGRAPHS:
        assert paragraph in item.text
    for debris in DEBRIS:
        assert debris not in item.text
    assert item.id == "ravensford-talks"  # the file's stem, as for .txt files
    assert item.title == "Ceasefire talks resume in Ravensford"
    # the headline is the title, not the first line of the text
    assert not item.text.startswith(item.title)
    assert item.date == dt.date(2024, 3, 14)
    assert item.date_source == "record"
    assert item.url == CANONICAL
    assert item.source == str(path)
    assert len(item.clean_text) == len(item.text)


def test_htm_files_in_a_folder_are_read(tmp_path: Path) -> None:
    write_page(tmp_path / "site" / "a.htm")
    write_page(tmp_path / "site" / "b.html", SECOND_PAGE)
    assert [a.id for a in articles(read(tmp_path / "site"))] == ["a", "b"]


def test_page_without_article_text_is_an_error_naming_the_file(
    tmp_path: Path,
) -> None:
    empty_page = (
        "<!DOCTYPE html><html><head><title>Loading</title>"
        "<script>window.location = '/app';</script></head><body></body></html>"
    )
    path = write_page(tmp_path / "app-shell.html", empty_page)
    (item,) = read(path)
    assert isinstance(item, InputError)
    assert item.path == str(path)
    assert str(item) == f"{path}: no article text could be extracted from the page"


def test_page_extraction_never_touches_the_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access attempted")

    # recorded, not only refused: a library could swallow the refusal
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    write_page(tmp_path / "pages" / "story.html")
    # a page that is nothing but a URL must not be taken for one and fetched
    write_page(tmp_path / "pages" / "url-only.html", PAGE_URI)
    write_warc(tmp_path / "pages" / "crawl.warc.gz")
    items = read(tmp_path / "pages")
    assert len(articles(items)) == 3
    assert attempts == []


# web archives -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_gives_one_article_per_html_response(tmp_path: Path, name: str) -> None:
    path = write_warc(tmp_path / name)
    items = read(path)
    assert errors(items) == []
    first, second = articles(items)
    # the request and the image are skipped
    assert [first.url, second.url] == [PAGE_URI, SECOND_URI]
    assert [first.id, second.id] == [page_id(PAGE_URI), page_id(SECOND_URI)]
    for paragraph in PARAGRAPHS:
        assert paragraph in first.text
    for debris in DEBRIS:
        assert debris not in first.text
    assert first.title == "Ceasefire talks resume in Ravensford"
    assert (first.date, first.date_source) == (dt.date(2024, 3, 14), "record")
    assert SECOND_BODY in second.text
    assert "Weather forecast" not in second.text
    assert second.title == "Aid convoys reach northern districts"
    # no date on the page: the capture's WARC-Date stands in
    assert (second.date, second.date_source) == (dt.date(2024, 3, 16), "crawl")
    assert first.source == second.source == str(path)


def test_ids_are_the_same_on_every_read(tmp_path: Path) -> None:
    write_warc(tmp_path / "in" / "crawl.warc.gz")
    write_page(tmp_path / "in" / "story.html")
    write_gzip(tmp_path / "in" / "wire.jsonl.gz", jsonl(record(1), record(2)))
    first = [a.id for a in articles(read(tmp_path / "in"))]
    again = [a.id for a in articles(read(tmp_path / "in"))]
    assert first == again
    assert first == [
        page_id(PAGE_URI),
        page_id(SECOND_URI),
        "story",
        "wire-1",
        "wire-2",
    ]
    assert page_id(PAGE_URI).startswith("news-example-org-")
    assert page_id(PAGE_URI) != page_id(SECOND_URI)


def test_broken_warc_record_is_named_by_file_and_offset(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc")
    data = path.read_bytes()
    # garbage where the image's record starts: the page before it is kept
    at = data.rindex(b"WARC/1.", 0, data.index(IMAGE_URI.encode()))
    path.write_bytes(data[:at] + b"this is not a WARC record\r\n\r\n" + data[at:])
    items = read(path)
    assert [a.url for a in articles(items)] == [PAGE_URI]
    (error,) = errors(items)
    assert error.path == str(path)
    assert str(error).startswith(f"{path}: WARC record at byte {at} cannot be read")


def test_cut_short_warc_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz")
    data = path.read_bytes()
    path.write_bytes(data[:-200])  # inside the last page's record
    items = read(path)
    assert [a.url for a in articles(items)] == [PAGE_URI]
    (error,) = errors(items)
    assert error.path == str(path)
    assert "cut short" in str(error)
    assert str(error).startswith(f"{path}: WARC record at byte ")


# gzip-compressed records ---------------------------------------------------------


def test_gzip_jsonl_reads_like_jsonl(tmp_path: Path) -> None:
    records = [
        record(1, id="a", title="Talks", date="2024-03-14"),
        record(2, url="https://example.org/x"),
    ]
    plain = tmp_path / "wire.jsonl"
    plain.write_text(jsonl(*records) + "{broken\n", encoding="utf-8")
    packed = write_gzip(tmp_path / "gz" / "wire.jsonl.gz", plain.read_text())
    got, want = read(packed), read(plain)
    assert [a.id for a in articles(got)] == ["a", "wire-2"]
    assert [(a.text, a.title, a.url, a.date) for a in articles(got)] == [
        (a.text, a.title, a.url, a.date) for a in articles(want)
    ]
    (error,) = errors(got)
    assert str(error) == str(errors(want)[0]).replace(str(plain), str(packed))
    assert str(error).startswith(f"{packed}: line 3: invalid JSON record")


def test_gzip_json_list_reads_like_json(tmp_path: Path) -> None:
    # long enough to span many read chunks: values are split between them
    records = [record(n, id=f"r{n}") for n in range(3000)]
    text = json.dumps(records, indent=1)
    plain = tmp_path / "list.json"
    plain.write_text(text, encoding="utf-8")
    packed = write_gzip(tmp_path / "gz" / "list.json.gz", text)
    got = read(packed)
    assert errors(got) == []
    assert [a.id for a in articles(got)] == [a.id for a in articles(read(plain))]
    assert len(articles(got)) == 3000


def test_gzip_json_syntax_error_names_its_line(tmp_path: Path) -> None:
    text = "[\n" + ",\n".join(json.dumps(record(n)) for n in range(5)) + ",\n{oops}\n]"
    plain = tmp_path / "bad.json"
    plain.write_text(text, encoding="utf-8")
    packed = write_gzip(tmp_path / "gz" / "bad.json.gz", text)
    got, want = read(packed), read(plain)
    assert [a.id for a in articles(got)] == [f"bad-{n}" for n in range(5)]
    assert [a.id for a in articles(want)] == [f"bad-{n}" for n in range(5)]
    (error,) = errors(got)
    assert str(error).startswith(f"{packed}: line 7: invalid JSON record")
    assert str(errors(want)[0]).startswith(f"{plain}: line 7: invalid JSON record")


def test_single_gzip_json_record_takes_the_file_stem(tmp_path: Path) -> None:
    path = write_gzip(tmp_path / "one.json.gz", json.dumps(record(1)))
    assert [a.id for a in articles(read(path))] == ["one"]


@pytest.mark.parametrize("name", ["cut.jsonl.gz", "cut.json.gz"])
def test_cut_short_gzip_keeps_the_records_before_the_cut(
    tmp_path: Path, name: str
) -> None:
    records = [record(n) for n in range(200)]
    text = jsonl(*records) if name.endswith(".jsonl.gz") else json.dumps(records)
    path = write_gzip(tmp_path / name, text)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    kept = articles(items)
    assert 0 < len(kept) < 200
    error = errors(items)[-1]
    assert error.path == str(path)
    assert str(error).startswith(f"{path}: compressed data is corrupt or cut short")


def test_a_file_that_is_not_gzip_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "plain.jsonl.gz"
    path.write_text(jsonl(record(1)), encoding="utf-8")
    (item,) = read(path)
    assert isinstance(item, InputError)
    assert str(item).startswith(f"{path}: compressed data is corrupt or cut short")


def test_other_gzip_files_in_a_folder_are_left_alone(tmp_path: Path) -> None:
    write_gzip(tmp_path / "in" / "notes.txt.gz", "not read")
    write_gzip(tmp_path / "in" / "backup.tar.gz", "not read")
    write_gzip(tmp_path / "in" / "wire.jsonl.gz", jsonl(record(1)))
    assert [a.id for a in articles(read(tmp_path / "in"))] == ["wire-1"]
    (error,) = read(tmp_path / "in" / "notes.txt.gz")
    assert str(error).startswith(f"{tmp_path / 'in' / 'notes.txt.gz'}: unsupported")


@pytest.mark.parametrize("name", ["big.jsonl.gz", "big.json.gz"])
def test_a_large_gzip_file_is_read_as_a_stream(tmp_path: Path, name: str) -> None:
    rng = random.Random(11)
    words = "the council said talks on aid would go on in the north".split()
    records = [
        {
            "text": f"Report {rng.getrandbits(256):064x}: {' '.join(rng.choices(words, k=12))}."
        }
        for _ in range(20_000)
    ]
    text = jsonl(*records) if name.endswith(".jsonl.gz") else json.dumps(records)
    path = write_gzip(tmp_path / name, text)
    size = path.stat().st_size
    assert size > 1_000_000  # far more than one read buffer
    items = iter_articles([path])
    first = next(items)
    assert isinstance(first, Article)
    assert first.id == ("big-1" if name.endswith(".jsonl.gz") else "big-0")
    # overwrite the second half of the file in place: a reader that had taken
    # in (or decompressed) the whole file before its first article would not
    # notice, a streaming one reads the damage
    with path.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(rng.randbytes(size - size // 2))
    rest = list(items)
    # corrupt deflate data, or what it decompressed to (not UTF-8, not JSON)
    assert errors(rest)
    assert all(e.path == str(path) for e in errors(rest))
    assert len(articles(rest)) < 20_000 - 1


# tables --------------------------------------------------------------------------

CSV = (
    "id,title,body,date,publisher,extra\r\n"
    'c1,Talks resume,"Negotiators met in Ravensford on Thursday.\r\n'
    'The envoy said: ""We call for calm.""",2024-03-14,UN News,x\r\n'
    "c2,No text,,2024-03-15,,\r\n"
    ',Second report,"Aid reached the north, officials said.",,,\r\n'
)


def test_csv_rows_become_records(tmp_path: Path) -> None:
    path = tmp_path / "wire.csv"
    path.write_bytes(CSV.encode("utf-8"))
    items = read(path)
    first, third = articles(items)
    assert first.id == "c1"
    assert first.text == (
        "Negotiators met in Ravensford on Thursday.\r\n"
        'The envoy said: "We call for calm."'
    )
    assert (first.title, first.date, first.publisher) == (
        "Talks resume",
        dt.date(2024, 3, 14),
        "UN News",
    )
    # no id: the default id names the line the row starts on
    assert third.id == "wire-5"
    assert third.text == "Aid reached the north, officials said."
    (error,) = errors(items)
    assert error.path == str(path)
    assert str(error) == f"{path}: line 4: record 'text' is empty"


def test_table_without_a_text_column_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("id,headline\n1,Talks resume\n2,Aid arrives\n", encoding="utf-8")
    (item,) = read(path)
    assert isinstance(item, InputError)
    assert str(item) == (
        f"{path}: the header row has no 'text' column (nor 'body' or 'content')"
    )


def test_csv_text_longer_than_the_old_field_limit_is_read(tmp_path: Path) -> None:
    long_text = "The council met again. " * 10_000  # 230,000 characters
    path = tmp_path / "long.csv"
    path.write_text(f'text\n"{long_text}"\n', encoding="utf-8")
    (item,) = read(path)
    assert isinstance(item, Article), item
    assert item.text == long_text


def test_csv_that_is_not_utf8_stops_at_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(b"text\nFirst report.\nCaf\xe9 bombed.\nThird report.\n")
    items = read(path)
    assert [a.text for a in articles(items)] == ["First report."]
    (error,) = errors(items)
    assert str(error).startswith(f"{path}: not valid UTF-8 (byte 22)")


def test_tsv_uses_content_column_and_tabs(tmp_path: Path) -> None:
    path = tmp_path / "feed.tsv"
    path.write_text(
        "Content\tURL\tPublished\n"
        "Shelling hit the market, killing three.\thttps://example.org/a\t2024-01-02\n"
        "Talks, again, were postponed.\thttps://example.org/b\t\n",
        encoding="utf-8",
    )
    first, second = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.text, first.url, first.date) == (
        "feed-2",
        "Shelling hit the market, killing three.",
        "https://example.org/a",
        dt.date(2024, 1, 2),
    )
    assert (second.text, second.date) == ("Talks, again, were postponed.", None)


# standard input ------------------------------------------------------------------


def test_dash_reads_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = jsonl(record(1, id="s1"), record(2)) + "not json\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    items = read("-")
    assert [a.id for a in articles(items)] == ["s1", "stdin-2"]
    assert all(a.source == "<stdin>" for a in articles(items))
    (error,) = errors(items)
    assert error.path == "<stdin>"
    assert str(error).startswith("<stdin>: line 3: invalid JSON record")


def test_stdin_is_read_as_a_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [jsonl(record(n)).encode() for n in range(1, 4)]
    served: list[int] = []

    class Pipe(io.RawIOBase):
        """A pipe that hands out one line per read, counting the reads."""

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            if not lines:
                return 0
            line = lines.pop(0)
            served.append(len(line))
            buffer[: len(line)] = line
            return len(line)

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Pipe())))
    items = iter_articles(["-"])  # type: ignore[list-item]
    first = next(items)
    assert isinstance(first, Article) and first.id == "stdin-1"
    # the first article came before the writer had sent everything
    assert len(served) < 3
    assert [a.id for a in articles(items)] == ["stdin-2", "stdin-3"]


# damaged input -------------------------------------------------------------------


def _damage(data: bytes, rng: random.Random) -> bytes:
    """Flip, cut, insert or truncate a few bytes."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(max(len(out), 1))
        move = rng.random()
        if move < 0.4 and out:
            out[at] = rng.randrange(256)
        elif move < 0.6:
            del out[at : at + rng.randint(1, 40)]
        elif move < 0.8:
            out[at:at] = rng.randbytes(rng.randint(1, 20))
        else:
            del out[at:]
    return bytes(out) or b"x"


@pytest.mark.parametrize(
    "name",
    ["p.html", "a.warc", "a.warc.gz", "t.csv", "t.tsv", "r.jsonl.gz", "r.json.gz"],
)
def test_damaged_files_give_errors_naming_them_and_never_raise(
    tmp_path: Path, name: str
) -> None:
    sample = tmp_path / "sample" / name
    if name.endswith(".html"):
        write_page(sample)
    elif ".warc" in name:
        write_warc(sample)
    elif name.endswith((".csv", ".tsv")):
        sep = "," if name.endswith(".csv") else "\t"
        sample.parent.mkdir()
        sample.write_text(CSV.replace(",", sep), encoding="utf-8")
    else:
        records = [record(n) for n in range(20)]
        text = jsonl(*records) if ".jsonl" in name else json.dumps(records)
        write_gzip(sample, text)
    data = sample.read_bytes()
    rng = random.Random(name)
    for n in range(25):
        path = tmp_path / f"damaged-{n}" / name
        path.parent.mkdir()
        path.write_bytes(_damage(data, rng))
        for item in iter_articles([path], check_language=False):
            assert isinstance(item, (Article, InputError))
            if isinstance(item, InputError):
                assert item.path == str(path)
                assert str(item).startswith(str(path))


# end to end ----------------------------------------------------------------------


@pytest.mark.slow
def test_build_reads_a_page_an_archive_and_a_table(tmp_path: Path) -> None:
    from kg.build import build

    folder = tmp_path / "in"
    write_page(folder / "ravensford.html")
    write_warc(folder / "crawl.warc.gz")
    (folder / "wire.csv").write_text(
        "id,text,date\n"
        "w1,The European Union called for a ceasefire in Idlib on Wednesday.,2020-02-05\n"
        "w2,Shelling killed at least five civilians in Idlib on Tuesday.,2020-02-04\n",
        encoding="utf-8",
    )
    report = build([folder], out=tmp_path / "out", html=False)
    assert report.failed == []
    ids = sorted(line.id for line in report.articles)
    assert ids == sorted(
        ["ravensford", page_id(PAGE_URI), page_id(SECOND_URI), "w1", "w2"]
    )
    assert report.added == 5
    saved = json.loads((tmp_path / "out" / "build-report.json").read_text())
    assert len(saved["articles"]) == 5
