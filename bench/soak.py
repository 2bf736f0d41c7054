"""Soak benchmark: ``kg build`` on hundreds of mutated real articles.

Gathers every real text at hand: the project's ``seeds/*.txt`` and, when the
shared folder exists (default ``../shared`` beside the repository), the records
of its ``eval/re3d-dev/re3d-dev.jsonl`` and ``corpus/corpus.jsonl``, read where
they are and never copied into the repository.  Writes seeded mutations of
them to a temporary folder, as ``.txt`` files and as ``.jsonl``/``.json``
records:

* each text: cut mid-sentence, sentences shuffled, whitespace doubled, HTML
  tags and entities inserted, Cyrillic/Arabic/CJK words and emoji inserted,
  control characters, right-to-left text and bidi overrides, or several of
  these at once;
* a few files of their own: one article repeated into a single line of about
  a megabyte (under, at and over the size limit), empty and whitespace-only
  files and records, binary junk, Latin-1 and UTF-16 files, a name that is not
  UTF-8, lone surrogates, NUL characters, wrong field types, duplicate ids,
  ids full of IRI delimiters, JSON nested too deep, numbers too long to read.

Then runs the real builder in a subprocess (``kg build IN --out OUT
--no-html``), reads ``OUT/build-report.json`` and prints one table: articles
written, read and stored, errors by stage, crashes and seconds.  A crash is a
Python traceback on the builder's stderr, an exit code other than 0 or 1, a
missing report or a builder that hangs.  The exit code must also say whether
there were errors (1) or not (0).  Run by hand, never by pytest::

    .venv/bin/python bench/soak.py [--shared ../shared] [--mutations 500] [--seed 1]

Exits 1 on any crash or exit-code mismatch.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the builder's size limit (kg.ingest.iter_articles' max_chars), in bytes or chars
LIMIT = 1_000_000
# how long the builder may take before it counts as hung
TIMEOUT = 3600

Mutation = Callable[[random.Random, str], str]


@dataclass(frozen=True)
class Text:
    """One real text to mutate: where it came from, its words and its title."""

    origin: str  # "seeds", "re3d-dev" or "corpus"
    name: str
    text: str
    title: str | None = None


# --- gathering --------------------------------------------------------------------


def gather(shared: Path) -> tuple[list[Text], list[str]]:
    """The real texts, and one note per source folder that is missing."""
    texts = [
        Text("seeds", p.stem, p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    if not shared.is_dir():
        return texts, [
            f"shared folder {shared} not found: seeds only ({len(texts)} texts)"
        ]
    notes = []
    for origin, rel in (
        ("re3d-dev", "eval/re3d-dev/re3d-dev.jsonl"),
        ("corpus", "corpus/corpus.jsonl"),
    ):
        path = shared / rel
        if not path.is_file():
            notes.append(f"{path} not found: going on without the {origin} texts")
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if isinstance(record.get("text"), str) and record["text"].strip():
                title = (
                    record.get("title")
                    if isinstance(record.get("title"), str)
                    else None
                )
                texts.append(
                    Text(origin, str(record.get("id", n)), record["text"], title)
                )
    return texts, notes


# --- mutations ----------------------------------------------------------------------

HTML_BITS = [
    "<p>", "</p>", "<br/>", '<div class="story">', "</div>", "<b>", "</b>",
    '<a href="https://example.org/?a=1&amp;b=2">', "</a>", "<!-- ad -->",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<![CDATA[x]]>",
    "&amp;", "&quot;", "&#8217;", "&#x201C;", "&nbsp;", "&#10;", "&lt;b&gt;",
    "&hellip;", "&bogus;", "&#0;", "&#xD800;", "%MINIFYHTML4f2a9c01%", ",quot;",
]  # fmt: skip
SCRIPT_WORDS = [
    "Москва", "перемирие", "Россия", "سوريا", "دمشق", "وقف إطلاق النار", "中国",
    "停火", "联合国安理会", "北京", "Ελλάδα", "한국어", "ภาษาไทย", "हिन्दी", "🚀", "🇺🇦",
    "👍🏽", "ﷺ", "Ｆｕｌｌｗｉｄｔｈ", "ǅ", "ﬁ",
]  # fmt: skip
# C0/C1 controls a text file may hold and still read as text (no NUL: that is binary)
CONTROLS = [
    "\x01", "\x02", "\x07", "\x08", "\x0b", "\x0c", "\x0e", "\x1b", "\x7f", "\x85",
    "\x9b", "\u2028", "\u2029", "\r", "\ufeff", "\u200b", "\u00ad", "\ufffd",
]  # fmt: skip
RTL_TEXT = [
    "שלום עולם", "האו״ם קרא להפסקת אש", "الأمم المتحدة تدعو إلى وقف إطلاق النار",
    "قال المتحدث", "ـــــ",
]  # fmt: skip
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
        "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"]  # fmt: skip
_SENTENCE_GAP = re.compile(r"(?<=[.!?\"”])\s+")


def _sprinkle(rng: random.Random, text: str, bits: list[str], rate: float) -> str:
    """Insert bits at about ``rate`` of the word gaps, glued or spaced."""
    words = text.split(" ")
    out = []
    for word in words:
        if rng.random() < rate:
            bit = rng.choice(bits)
            word = rng.choice([f"{bit} {word}", f"{bit}{word}", f"{word}{bit}"])
        out.append(word)
    return " ".join(out)


def truncate(rng: random.Random, text: str) -> str:
    """Cut the text inside a sentence (after a space not ending one)."""
    gaps = [m.start() for m in re.finditer(r"(?<![.!?]) (?=\w)", text)]
    if not gaps:
        return text[: max(1, len(text) // 2)]
    return text[: rng.choice(gaps[len(gaps) // 4 :])]


def shuffle(rng: random.Random, text: str) -> str:
    """Shuffle the sentences, joined by spaces or line breaks."""
    sentences = _SENTENCE_GAP.split(text)
    rng.shuffle(sentences)
    return rng.choice([" ", "\n", "\n\n"]).join(sentences)


def whitespace(rng: random.Random, text: str) -> str:
    """Double spaces and line breaks, add tabs and no-break spaces."""
    extra = ["  ", "\n\n", "\t", "\u00a0", " \n ", "\r\n"]
    return re.sub(
        r"[ \n]", lambda m: rng.choice(extra) if rng.random() < 0.4 else m.group(), text
    )


def html(rng: random.Random, text: str) -> str:
    """Insert HTML tags, entities and scraper debris."""
    return _sprinkle(rng, text, HTML_BITS, 0.12)


def scripts(rng: random.Random, text: str) -> str:
    """Insert words in other scripts, emoji and compatibility characters."""
    return _sprinkle(rng, text, SCRIPT_WORDS, 0.08)


def controls(rng: random.Random, text: str) -> str:
    """Insert control, invisible and replacement characters."""
    return _sprinkle(rng, text, CONTROLS, 0.03)


def bidi(rng: random.Random, text: str) -> str:
    """Insert right-to-left text and bidi overrides, some never closed."""
    out = _sprinkle(rng, text, RTL_TEXT, 0.04)
    words = out.split(" ")
    for _ in range(max(1, len(words) // 15)):
        k = rng.randrange(len(words))
        mark = rng.choice(BIDI)
        closing = rng.choice(["\u202c", "\u2069", ""])
        words[k] = f"{mark}{words[k]}{closing}"
    return " ".join(words)


def combo(rng: random.Random, text: str) -> str:
    """Two to four of the other mutations, one after the other."""
    for fn in rng.sample(SIMPLE, rng.randint(2, 4)):
        text = fn(rng, text)
    return text


SIMPLE: list[Mutation] = [truncate, shuffle, whitespace, html, scripts, controls, bidi]
MUTATIONS: list[Mutation] = [*SIMPLE, combo]


# --- writing ------------------------------------------------------------------------


class Writer:
    """Writes mutated articles under ``folder`` and counts them by kind."""

    def __init__(self, folder: Path, rng: random.Random) -> None:
        self.folder = folder
        self.rng = rng
        self.counts: Counter[str] = Counter()
        self.json_lists: dict[str, list[dict[str, object]]] = {}

    def article(self, kind: str, src: Text, text: str) -> None:
        """One mutated article: a .txt file, a JSON Lines record or a JSON list item."""
        n = sum(self.counts.values())
        self.counts[kind] += 1
        where = self.rng.random()
        if where < 0.45:
            head = f"{src.title}\n\n" if src.title else ""
            self.file(f"{kind}/{kind}-{n:04d}.txt", (head + text).encode("utf-8"))
            return
        record = {"id": f"{kind}-{n:04d}", "title": src.title, "text": text}
        if where < 0.9:
            with (self.folder / f"{kind}.jsonl").open("a", encoding="utf-8") as fh:
                fh.write(
                    json.dumps(record, ensure_ascii=self.rng.random() < 0.5) + "\n"
                )
        else:
            self.json_lists.setdefault(kind, []).append(record)

    def file(self, rel: str | bytes, data: bytes, *, count: str | None = None) -> None:
        """Write one file (``rel`` may be bytes, for names that are not UTF-8)."""
        if isinstance(rel, bytes):
            path = Path(os.fsdecode(os.path.join(os.fsencode(self.folder), rel)))
        else:
            path = self.folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if count:
            self.counts[count] += 1

    def lines(self, rel: str, lines: list[str], *, count: str) -> None:
        """A JSON Lines file of raw lines, each one article (good or bad)."""
        self.file(rel, ("\n".join(lines) + "\n").encode("utf-8"))
        self.counts[count] += len(lines)

    def finish(self) -> None:
        for kind, records in self.json_lists.items():
            data = json.dumps(records, indent=self.rng.choice([None, 1]))
            self.file(f"{kind}-list.json", data.encode("utf-8"))


def write_specials(w: Writer, texts: list[Text], rng: random.Random) -> None:
    """The inputs that are files of their own: huge, empty, binary, mis-encoded..."""
    longest = max(texts, key=lambda t: len(t.text.encode("utf-8")))
    line = " ".join(longest.text.split())
    sample = texts[0].text

    def one_line(size: int) -> str:
        return (line + " ") * (size // (len(line) + 1)) + line[: size % (len(line) + 1)]

    # one article repeated into a single line: under, at and over the size limit
    under = one_line(LIMIT - 10_000).encode("ascii", "replace")
    w.file("huge/one-line-under-limit.txt", under, count="huge line")
    w.file(
        "huge/one-line-over-limit.txt",
        one_line(LIMIT + 50_000).encode(),
        count="huge line",
    )
    record = {"id": "huge-at-limit", "title": "Headline", "text": one_line(LIMIT)}
    w.lines("huge/at-limit.jsonl", [json.dumps(record)], count="huge line")

    # empty and whitespace-only
    w.file("empty/empty.txt", b"", count="empty")
    w.file("empty/blank.txt", b"  \n\t\r\n \xc2\xa0\n", count="empty")
    w.file("empty/empty.json", b"", count="empty")
    w.lines(
        "empty/blank.jsonl",
        ['{"text": "   \\n\\t "}', '{"text": ""}', '{"id": "no-text"}', "   ", "{}"],
        count="empty",
    )

    # binary junk
    w.file("junk/random.txt", rng.randbytes(8192), count="binary junk")
    w.file("junk/random.json", rng.randbytes(3000), count="binary junk")
    zip_head = b"PK\x03\x04" + bytes(range(256)) * 8
    w.file("junk/archive.jsonl", zip_head, count="binary junk")

    # Latin-1, UTF-16 and a byte-order mark
    accented = _sprinkle(
        rng, sample, ["café", "Müller", "São Tomé", "£5", "30°", "«»"], 0.1
    )
    w.file("enc/latin1.txt", accented.encode("latin-1", "replace"), count="latin-1")
    w.file(
        "enc/latin1.jsonl",
        json.dumps({"text": accented}, ensure_ascii=False).encode("latin-1", "replace"),
        count="latin-1",
    )  # noqa: E501
    w.file("enc/utf16.txt", sample.encode("utf-16"), count="other encodings")
    w.file("enc/bom.txt", b"\xef\xbb\xbf" + sample.encode(), count="other encodings")
    w.file(
        "enc/crlf.txt", sample.replace("\n", "\r\n").encode(), count="other encodings"
    )
    w.file(b"enc/caf\xe9-latin1-name.txt", sample.encode(), count="other encodings")

    # records: lone surrogates, NUL, wrong types, duplicates, awkward ids
    text = json.dumps(truncate(rng, sample))
    w.lines(
        "records/awkward.jsonl",
        [
            '{"id": "surrogate-text", "text": "Rebels \\ud800 fled the town."}',
            '{"id": "surrogate-id-\\udfff", "text": "Rebels fled the town."}',
            '{"id": "nul", "text": "Rebels\\u0000 fled\\u0000 the town. 33 people were killed."}',  # noqa: E501
            f'{{"id": ["list"], "text": {text}}}',
            '{"id": "number-text", "text": 5}',
            f'{{"id": "bad-date", "date": "yesterday", "text": {text}}}',
            f'{{"id": "dup", "text": {text}}}',
            f'{{"id": "dup", "text": {text}}}',
            f'{{"id": "a/b#c?d%e f\\u202eg:h", "text": {text}}}',
            f'{{"id": 12345678901234567890, "text": {text}}}',
            f'{{"id": true, "text": {text}}}',
            '{"id": "cut", "text": "Fighting resumed',
            f'{{"title": "<script>alert(1)</script>", "text": {text}}}',
            "[1, 2, 3]",
        ],
        count="awkward records",
    )
    w.file("records/deep.json", b"[" * 5000 + b"]" * 5000, count="awkward records")
    w.file("records/huge-number.json", b"1" * 5000, count="awkward records")
    w.file(
        "records/huge-number.jsonl",
        b'{"text": "Rebels fled.", "id": ' + b"9" * 5000 + b"}\n",
        count="awkward records",
    )
    # text that is one word, or no word at all
    w.file("odd/one-word.txt", ("x" * 200_000).encode(), count="odd text")
    w.file(
        "odd/punctuation.txt", ("!?.,;:-–—()[]{}\"' " * 500).encode(), count="odd text"
    )
    w.file(
        "odd/digits.txt",
        " ".join(str(rng.randrange(10**9)) for _ in range(2000)).encode(),
        count="odd text",
    )  # noqa: E501


def write_corpus(
    folder: Path, texts: list[Text], mutations: int, seed: int
) -> Counter[str]:
    """Write at least ``mutations`` mutated articles; their counts by kind."""
    rng = random.Random(seed)
    w = Writer(folder, rng)
    write_specials(w, texts, rng)
    n = 0
    while sum(w.counts.values()) < mutations:
        src = texts[n % len(texts)]
        fn = MUTATIONS[(n + n // len(texts)) % len(MUTATIONS)]
        mutated = fn(rng, src.text)
        w.article(fn.__name__, src, mutated)
        n += 1
    w.finish()
    return w.counts


# --- running ------------------------------------------------------------------------


@dataclass
class Run:
    """What the builder did: exit code, stderr, report (None if missing), time."""

    code: int | None
    stderr: str
    report: dict | None
    seconds: float
    peak_mb: float


def run_builder(inputs: Path, out: Path) -> Run:
    kg = Path(sys.executable).with_name("kg")
    if not kg.exists():
        kg = ROOT / ".venv" / "bin" / "kg"
    cmd = [str(kg), "build", str(inputs), "--out", str(out), "--no-html"]
    started = time.perf_counter()
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
        code, stderr = done.returncode, done.stderr
    except subprocess.TimeoutExpired as exc:
        err = exc.stderr or b""
        code, stderr = (
            None,
            err.decode(errors="replace") if isinstance(err, bytes) else err,
        )
    seconds = time.perf_counter() - started
    # ru_maxrss is in KiB on Linux
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    path = out / "build-report.json"
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        report = None
    return Run(code, stderr, report, seconds, peak_mb)


def crashes(run: Run) -> list[str]:
    """Why the run counts as a crash, one reason each."""
    found = []
    if run.code is None:
        found.append(f"hung: no exit within {TIMEOUT} s")
    elif run.code not in (0, 1):
        found.append(f"exit code {run.code}")
    if "Traceback (most recent call last)" in run.stderr:
        found.append("Python traceback on stderr")
    if run.report is None:
        found.append("no readable build-report.json")
    return found


def table(
    texts: list[Text], counts: Counter[str], run: Run, seed: int
) -> tuple[list[tuple[str, str]], bool]:
    """The rows to print, and whether the exit code matches the errors reported."""
    origins = Counter(t.origin for t in texts)
    report = run.report or {}
    totals = report.get("counts", {})
    articles = report.get("articles", [])
    status = Counter(a.get("status") for a in articles)
    errors = totals.get("errors", 0)
    expected = 1 if errors else 0
    matches = run.code == expected
    found = crashes(run)
    rows = [
        ("texts gathered", ", ".join(f"{v} {k}" for k, v in origins.items())),
        ("mutated articles written", f"{sum(counts.values())} (seed {seed})"),
        *((f"  {kind}", str(n)) for kind, n in sorted(counts.items())),
        ("articles read", str(len(articles))),
        (
            "articles stored",
            str(status["added"] + status["replaced"] + status["partial"]),
        ),
        ("  of them in part (a family failed)", str(status["partial"])),
        ("articles failed (not stored)", str(status["failed"])),
        ("errors", str(errors)),
        *(
            (f"  {stage}", str(n))
            for stage, n in sorted(totals.get("errors_by_stage", {}).items())
        ),
        ("crashes", str(len(found)) + (f" ({'; '.join(found)})" if found else "")),
        (
            "builder exit code",
            f"{run.code} ({'as expected' if matches else f'expected {expected}'})",
        ),
        ("seconds (builder, wall)", f"{run.seconds:.1f}"),
        ("seconds (build report)", str(report.get("seconds", "-"))),
        ("words parsed", str(totals.get("words", "-"))),
        ("peak memory of the builder (MB)", f"{run.peak_mb:.0f}"),
    ]
    return rows, matches


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--shared",
        type=Path,
        default=ROOT.parent / "shared",
        help="the shared folder (default: ../shared beside the repository)",
    )
    ap.add_argument(
        "--mutations", type=int, default=500, help="articles to write (at least)"
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()

    texts, notes = gather(args.shared)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    tmp = Path(tempfile.mkdtemp(prefix="kg-soak-"))
    try:
        inputs, out = tmp / "in", tmp / "out"
        inputs.mkdir()
        counts = write_corpus(inputs, texts, args.mutations, args.seed)
        print(f"wrote {sum(counts.values())} mutated articles to {inputs}; building...")
        run = run_builder(inputs, out)
        rows, matches = table(texts, counts, run, args.seed)
        width = max(len(name) for name, _ in rows)
        print(f"{'kg build soak':{width}}  result")
        print(f"{'-' * width}  {'-' * 30}")
        for name, value in rows:
            print(f"{name:{width}}  {value}")
        found = crashes(run)
        if found:
            print("\nlast lines of the builder's stderr:", file=sys.stderr)
            print("\n".join(run.stderr.splitlines()[-20:]), file=sys.stderr)
        if args.keep:
            print(f"kept: {tmp}")
        return 1 if found or not matches else 0
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
