"""Tests for kg.ingest: reading files and records, and offset-keeping cleaning."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import time
from pathlib import Path

import pytest

from kg.errors import InputError, Messages
from kg.ingest import article_from_record, clean, is_english, iter_articles
from kg.model import Article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DATA = ROOT / "tests" / "data" / "ingest"
RE3D_DEV = ROOT.parent / "shared" / "eval" / "re3d-dev" / "re3d-dev.jsonl"

ENGLISH = (
    "The European Union leaders said in a joint statement that the new military "
    "offensive by the Syrian regime and its allies in Idlib, which has caused "
    "immense human suffering, is unacceptable. They called on all actors to stop "
    "the fighting immediately and demanded that humanitarian aid be given direct "
    "and unimpeded access to all those in need in the province."
)
FRENCH = (
    "Les dirigeants de l'Union européenne ont demandé jeudi lors d'un sommet à "
    "Bruxelles l'arrêt de l'offensive militaire du régime syrien et de ses alliés "
    "dans la province d'Idlib, dans le nord-ouest de la Syrie. Dans une déclaration "
    "commune, ils ont estimé que cette nouvelle offensive, qui a causé d'immenses "
    "souffrances humaines, est inacceptable, et ils ont appelé toutes les parties "
    "à garantir un accès humanitaire direct et sans entrave à toutes les personnes "
    "dans le besoin."
)
GERMAN = (
    "Die Staats- und Regierungschefs der Europäischen Union haben am Donnerstag "
    "bei einem Gipfel in Brüssel gefordert, die Militäroffensive des syrischen "
    "Regimes und seiner Verbündeten in der Provinz Idlib im Nordwesten Syriens "
    "sofort zu beenden. In einer gemeinsamen Erklärung hieß es, die neue "
    "Offensive habe unermessliches menschliches Leid verursacht und sei "
    "inakzeptabel. Alle Konfliktparteien müssten einen direkten und "
    "ungehinderten Zugang für humanitäre Hilfe zu allen Bedürftigen gewährleisten."
)
SPANISH = (
    "Los líderes de la Unión Europea exigieron el jueves, durante una cumbre en "
    "Bruselas, que se detenga la ofensiva militar del régimen sirio y sus aliados "
    "en la provincia de Idlib, en el noroeste de Siria. En una declaración "
    "conjunta afirmaron que la nueva ofensiva, que ha causado un inmenso "
    "sufrimiento humano, es inaceptable, y pidieron a todas las partes que "
    "garanticen un acceso humanitario directo y sin trabas a todas las personas "
    "necesitadas."
)
ARABIC = (
    "طالب قادة الاتحاد الأوروبي خلال قمة في بروكسل يوم الخميس بوقف الهجوم العسكري "
    "الذي يشنه النظام السوري وحلفاؤه في محافظة إدلب شمال غربي سوريا. وقال القادة "
    "في بيان مشترك إن الهجوم العسكري الجديد الذي تسبب في معاناة إنسانية هائلة غير "
    "مقبول، ودعوا جميع الأطراف إلى ضمان وصول المساعدات الإنسانية بشكل مباشر ودون "
    "عوائق إلى جميع المحتاجين في المنطقة، كما دعوا إلى وقف دائم لإطلاق النار "
    "وتوفير ضمانات لحماية المدنيين."
)
RUSSIAN = (
    "Лидеры Европейского союза в четверг на саммите в Брюсселе потребовали "
    "остановить военное наступление сирийского режима и его союзников в "
    "провинции Идлиб на северо-западе Сирии. В совместном заявлении они "
    "отметили, что новое наступление, которое вызвало огромные человеческие "
    "страдания, неприемлемо, и призвали все стороны конфликта обеспечить "
    "прямой и беспрепятственный гуманитарный доступ ко всем нуждающимся, а "
    "также объявить постоянное прекращение огня и гарантировать защиту "
    "мирного населения."
)
FOREIGN = {
    "french": FRENCH,
    "german": GERMAN,
    "spanish": SPANISH,
    "arabic": ARABIC,
    "russian": RUSSIAN,
}
PNG_HEADER = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000001008060000")


def message_re(code: str, **known: object) -> re.Pattern[str]:
    """A pattern for a message template, with unknown fields matching anything."""
    template = getattr(Messages, code)
    parts = re.split(r"\{(\w+)\}", template)
    pattern = ""
    for i, part in enumerate(parts):
        if i % 2 == 0:
            pattern += re.escape(part)
        elif part in known:
            pattern += re.escape(str(known[part]))
        else:
            pattern += ".*"
    return re.compile(pattern + r"\Z")


def assert_error(item: object, code: str, **known: object) -> None:
    assert isinstance(item, InputError), item
    assert message_re(code, **known).match(str(item)), (code, str(item))
    if "path" in known:
        assert item.path == str(known["path"])


def read_all(*sources: Path, **options: object) -> list[Article | InputError]:
    return list(iter_articles(list(sources), **options))  # type: ignore[arg-type]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# -- clean: one rule at a time ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # minifier placeholders
        ("a %MINIFYHTML44c9f2e59bf6% b", "a " + " " * 24 + " b"),
        # the mangled closing quote keeps the comma after it
        ("the population,quot;, but", 'the population"     , but'),
        ("very serious,quot; in", 'very serious"      in'),
        # html entities: the character, then spaces
        ("say &quot;no&quot;.", 'say "     no"     .'),
        ("AT &amp; T", "AT &     T"),
        ("it&#39;s", "it'    s"),
        ("it&apos;s", "it'     s"),
        ("a&nbsp;b", "a      b"),
        ("Syria&rsquo;s", "Syria'      s"),
        ("&#x201C;x&#8221;", '"       x"      '),
        # unknown or malformed entities are not debris
        ("AT&T; &foo; & ;", "AT&T; &foo; & ;"),
        # curly quotes
        ("Syria\u2019s \u2018war\u2019", "Syria's 'war'"),
        ("\u201cstop\u201d \u201ename\u201d", '"stop" "name"'),
        # unicode spaces
        ("a\u00a0b\u2009c\u202fd\u3000e", "a b c d e"),
        # zero-width characters and soft hyphens
        ("a\u200bb\u200dc\ufeffd", "a b c d"),
        ("co\u00adoperate", "co operate"),
        # control characters
        ("a\x0bb\x07c", "a b c"),
        # newlines, tabs and carriage returns stay
        ("A.\r\nB\tc\n", "A.\r\nB\tc\n"),
        # unicode line separators become newlines
        ("a.\u2028b", "a.\nb"),
    ],
)
def test_clean_rule(text: str, expected: str) -> None:
    cleaned, date = clean(text)
    assert cleaned == expected
    assert date is None


@pytest.mark.parametrize(
    ("text", "expected", "date"),
    [
        (" date 2020-02-06\nBody.", " " * 16 + "\nBody.", dt.date(2020, 2, 6)),
        ("date 2020-02-06 x\nBody.", " " * 15 + " x\nBody.", dt.date(2020, 2, 6)),
        ("\n Date: 2019-12-31\nB", "\n" + " " * 17 + "\nB", dt.date(2019, 12, 31)),
        (" date 2020-02-06T10:15:00Z\nB", " " * 26 + "\nB", dt.date(2020, 2, 6)),
        # not leading, not a valid date, or not a date token: left alone
        ("Body.\n date 2020-02-06", "Body.\n date 2020-02-06", None),
        (" date 2020-13-45\nBody.", " date 2020-13-45\nBody.", None),
        (" date 2020-02-067\nBody.", " date 2020-02-067\nBody.", None),
        ("Date palms grew.", "Date palms grew.", None),
    ],
)
def test_clean_date_line(text: str, expected: str, date: dt.date | None) -> None:
    assert clean(text) == (expected, date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next line goes on in lower case: one sentence, wrapped
        ("we urge them to\nhalt the siege.", "we urge them to halt the siege."),
        ("Envoy Jane Roe\r\nand the Council", "Envoy Jane Roe  and the Council"),
        (
            "Statement at the Council\n  meeting on Chad.",
            "Statement at the Council   meeting on Chad.",
        ),
        # this line stops on a word no sentence ends on
        ("We call on the\nRebels to withdraw.", "We call on the Rebels to withdraw."),
        ("talks between Kyiv and\nMoscow", "talks between Kyiv and Moscow"),
        # a sentence or a heading that ends there: the break stays
        ("Fighting resumed.\nthen", "Fighting resumed.\nthen"),
        ("Ukraine Briefing\nThe envoy spoke.", "Ukraine Briefing\nThe envoy spoke."),
        ("Demands:\nceasefire", "Demands:\nceasefire"),
        # a list goes on line by line, and a blank line is a paragraph
        ("priorities\n- access\n- talks", "priorities\n- access\n- talks"),
        ("the options\na) talks\nb) sanctions", "the options\na) talks\nb) sanctions"),
        ("the end of the\n\nnext part", "the end of the\n\nnext part"),
    ],
)
def test_clean_joins_wrapped_lines(text: str, expected: str) -> None:
    assert clean(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # later copies blanked, first kept, newlines kept
        ("Head\n\nHead\nBody.\nHead", "Head\n\n    \nBody.\n    "),
        # surrounding whitespace does not hide a copy
        ("Head\n  Head \r\nBody.", "Head\n       \r\nBody."),
        # and neither does whitespace inside
        ("EU  calls\nEU calls\t\n", "EU  calls\n" + " " * 9 + "\n"),
        # lines longer than 200 characters are never taken for headline copies
        ("X" * 201 + "\n" + "X" * 201, "X" * 201 + "\n" + "X" * 201),
        # blank lines are not copies of anything
        ("a\n\n\nb\n\n", "a\n\n\nb\n\n"),
        # a copy hidden by entity debris is still a copy
        ("A &amp; B\nA & B", "A &     B\n     "),
    ],
)
def test_clean_repeated_lines(text: str, expected: str) -> None:
    assert clean(text)[0] == expected


# fmt: off
_PIECES = [
    "&quot;", ",quot;", "&amp;", "&#39;", "&apos;", "&nbsp;", "&rsquo;", "&#8220;",
    "&", ";", "quot", "%MINIFYHTML9f3a%", "%MINIFYHTML", " date 2020-02-06",
    "date 2021-01-01T00:00", "\n", "\n", "\r\n", "\u2028", " ", "\t", "a", "Idlib",
    "Head", "Head\n", "\u2019", "\u2018", "\u201c", "\u201d", "\u201e", "\u00a0",
    "\u2009", "\u200b", "\ufeff", "\u00ad", "\x00", "\x1b", "é", "ü", "🙂", "ß",
]
# fmt: on


def _random_text(rng: random.Random) -> str:
    pieces = [rng.choice(_PIECES) for _ in range(rng.randint(0, 40))]
    pieces += [chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(0, 5))]
    rng.shuffle(pieces)
    return "".join(pieces)


@pytest.mark.parametrize("seed", range(20))
def test_clean_keeps_length_and_newlines(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(50):
        text = _random_text(rng)
        cleaned, _ = clean(text)
        assert len(cleaned) == len(text), repr(text)
        # a line break stays, or wraps a sentence and became a space; a blank
        # line (a paragraph) always stays
        breaks = {i for i, c in enumerate(text) if c in "\n\u0085\u2028\u2029"}
        assert {i for i, c in enumerate(cleaned) if c == "\n"} <= breaks
        for i in breaks:
            if i + 1 in breaks or i - 1 in breaks:
                assert cleaned[i] == "\n", repr(text)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_clean_keeps_length_of_seeds(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(clean(text)[0]) == len(text)


# -- language -------------------------------------------------------------------


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_is_english_rejects_other_languages(language: str) -> None:
    assert not is_english(FOREIGN[language])


def test_is_english_accepts_english() -> None:
    assert is_english(ENGLISH)


def test_is_english_does_not_judge_short_texts() -> None:
    assert is_english(" ".join(GERMAN.split()[:39]))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_is_english_accepts_seeds(path: Path) -> None:
    assert is_english(clean(path.read_text(encoding="utf-8"))[0])


@pytest.mark.skipif(not RE3D_DEV.exists(), reason="re3d-dev evaluation set absent")
def test_is_english_accepts_re3d_dev() -> None:
    with RE3D_DEV.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    assert texts
    assert all(is_english(clean(text)[0]) for text in texts)


@pytest.mark.parametrize("language", ["french", "german"])
def test_foreign_text_file_is_rejected(tmp_path: Path, language: str) -> None:
    path = write(tmp_path / f"{language}.txt", FOREIGN[language])
    [item] = read_all(path)
    assert_error(item, "E005", path=path)


def test_foreign_text_file_is_read_without_language_check(tmp_path: Path) -> None:
    path = write(tmp_path / "french.txt", FRENCH)
    [item] = read_all(path, check_language=False)
    assert isinstance(item, Article)


def test_foreign_record_is_rejected(tmp_path: Path) -> None:
    lines = [{"id": "en", "text": ENGLISH}, {"id": "de", "text": GERMAN}]
    path = write(tmp_path / "mixed.jsonl", "\n".join(map(json.dumps, lines)))
    english, german = read_all(path)
    assert isinstance(english, Article)
    assert_error(german, "E020", path=path, line=2)


# -- seeds ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    items = list(iter_articles([ROOT / "seeds"]))
    assert all(isinstance(item, Article) for item in items), items
    return {item.id: item for item in items if isinstance(item, Article)}


def test_seeds_all_read(seeds: dict[str, Article]) -> None:
    assert list(seeds) == [path.stem for path in SEEDS]
    assert len(seeds) == 5
    for path in SEEDS:
        article = seeds[path.stem]
        assert article.text == path.read_text(encoding="utf-8")
        assert article.source == str(path)
        assert len(article.clean_text) == len(article.text)


def test_seed_002_date_and_debris(seeds: dict[str, Article]) -> None:
    article = seeds["002_59574a3678d93158"]
    assert article.date == dt.date(2020, 2, 6)
    assert article.date_source == "text"
    assert "MINIFYHTML" in article.text
    assert "MINIFYHTML" not in article.clean_text
    assert "quot;" not in article.clean_text
    assert 'by the population"     , but' in article.clean_text
    assert article.clean_text.split("\n", 1)[0].strip() == ""
    assert article.title is None


def test_seed_004_repeated_headline(seeds: dict[str, Article]) -> None:
    article = seeds["004_4d523541bf621154"]
    headline = "NATO calls on Russia, Syrian regime to halt offensive in Idlib after "
    headline += "extraordinary meeting"
    assert article.text.count(headline) == 3
    assert article.clean_text.count(headline) == 1
    assert article.clean_text.startswith(headline + "\n")
    original, cleaned = article.text.split("\n"), article.clean_text.split("\n")
    copies = [i for i, line in enumerate(original) if line == headline][1:]
    assert copies == [2, 5]
    assert all(cleaned[i] == " " * len(headline) for i in copies)
    # the dateline goes, the agency's name stays
    assert cleaned[4] == " " * len("ANKARA - ") + "Anadolu Agency"
    assert article.title == headline
    assert article.clean_title is None
    assert article.doc_text == article.clean_text


@pytest.mark.parametrize(
    ("article_id", "original", "cleaned"),
    [
        ("001_8410fd2ddcb780b2", "Syria\u2019s northwestern", "Syria's northwestern"),
        ("001_8410fd2ddcb780b2", "\u201cWe expect", '"We expect'),
        ("002_59574a3678d93158", "Josep Borrell", "Josep Borrell"),
        ("002_59574a3678d93158", "very serious,quot; in", 'very serious"      in'),
        ("004_4d523541bf621154", "Jens Stoltenberg", "Jens Stoltenberg"),
    ],
)
def test_seed_offsets(
    seeds: dict[str, Article], article_id: str, original: str, cleaned: str
) -> None:
    article = seeds[article_id]
    start = article.clean_text.index(cleaned)
    assert start == article.text.index(original)
    assert article.text[start : start + len(original)] == original


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_words_are_at_their_original_offsets(
    seeds: dict[str, Article], path: Path
) -> None:
    article = seeds[path.stem]
    for match in re.finditer(r"[A-Za-z0-9]+", article.clean_text):
        assert article.text[match.start() : match.end()] == match.group()


def test_seed_titles(seeds: dict[str, Article]) -> None:
    titles = {key: article.title for key, article in seeds.items()}
    assert titles == {
        "000_5359c2e89cf0f33b": None,
        "001_8410fd2ddcb780b2": (
            "EU calls on Turkey, Russia, Iran to protect civilians under siege in Idlib"
        ),
        "002_59574a3678d93158": None,
        "003_45f456bb84d628b7": None,
        "004_4d523541bf621154": (
            "NATO calls on Russia, Syrian regime to halt offensive in Idlib after "
            "extraordinary meeting"
        ),
    }


def test_relative_source_is_kept_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "in" / "a.txt", "Fighting resumed in Idlib.")
    monkeypatch.chdir(tmp_path)
    [article] = read_all(Path("in/a.txt"))
    assert isinstance(article, Article)
    assert article.source == "in/a.txt"
    [article] = read_all(Path("in"))
    assert isinstance(article, Article)
    assert article.source == "in/a.txt"


# -- text files -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "EU calls for ceasefire\n\nThe EU called for a ceasefire.",
            "EU calls for ceasefire",
        ),
        (
            "EU calls for ceasefire\nThe EU called for a ceasefire.",
            "EU calls for ceasefire",
        ),
        ("\n  EU calls for ceasefire  \n\nBody text.", "EU calls for ceasefire"),
        ("EU calls for ceasefire\r\n\r\nBody text.", "EU calls for ceasefire"),
        (
            "EU calls for \u201cceasefire\u201d now\n\nBody.",
            "EU calls for \u201cceasefire\u201d now",
        ),
        # a single line is the text, not a title
        ("EU calls for ceasefire", None),
        ("EU calls for ceasefire\n\n   \n", None),
        # lines ending like sentences are not headlines
        ("The EU called for a ceasefire.\n\nBody.", None),
        ("Who will stop the war?\n\nBody.", None),
        ("Stop the war!\n\nBody.", None),
        ("The EU said:\n\nBody.", None),
        ('He said "stop"\n\nBody.', None),
        ("He said \u201cstop\u201d\n\nBody.", None),
        ("x" * 201 + "\n\nBody.", None),
    ],
)
def test_text_title(tmp_path: Path, text: str, title: str | None) -> None:
    path = write(tmp_path / "article.txt", text)
    [article] = read_all(path)
    assert isinstance(article, Article)
    assert article.id == "article"
    assert article.title == title
    assert article.clean_title is None
    assert article.text == text
    if title is not None:
        assert title in article.text


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbfHeadline\n\nBody text.")
    [article] = read_all(path)
    assert isinstance(article, Article)
    assert article.text == "Headline\n\nBody text."
    assert article.title == "Headline"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  \n"], ids=["empty", "blank"])
@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".json"])
def test_empty_file(tmp_path: Path, content: bytes, suffix: str) -> None:
    path = write(tmp_path / f"empty{suffix}", content)
    [item] = read_all(path)
    assert_error(item, "E001", path=path)


@pytest.mark.parametrize(
    "content",
    [
        PNG_HEADER + bytes(random.Random(1).randrange(256) for _ in range(4096)),
        bytes(random.Random(2).randrange(256) for _ in range(4096)),
        b"plain text\x00with a NUL byte",
        b"\x01\x02\x03\x04 text with many control bytes \x05\x06\x07\x08" * 4,
    ],
    ids=["png", "random", "nul", "control"],
)
@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".json"])
def test_binary_file(tmp_path: Path, content: bytes, suffix: str) -> None:
    path = write(tmp_path / f"binary{suffix}", content)
    [item] = read_all(path)
    assert_error(item, "E002", path=path)


def test_latin1_file() -> None:
    path = DATA / "latin1.txt"
    [item] = read_all(path)
    assert_error(item, "E003", path=path, offset=20)
    assert str(path) in str(item)


def test_utf16_file(tmp_path: Path) -> None:
    path = write(tmp_path / "utf16.txt", "Fighting resumed.".encode("utf-16"))
    [item] = read_all(path)
    assert_error(item, "E003", path=path, offset=0)


def test_invalid_utf8_after_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.txt", b"\xef\xbb\xbfabc\xff")
    [item] = read_all(path)
    assert_error(item, "E003", path=path, offset=6)


def test_huge_file_is_rejected_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    line = b"The shelling of Idlib continued on Thursday, witnesses said.\n"
    with path.open("wb") as fh:
        for _ in range(20 * 2**20 // len(line) + 1):
            fh.write(line)
    size = path.stat().st_size
    assert size > 20 * 2**20

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file over the limit must not be read")

    monkeypatch.setattr(Path, "read_bytes", never)
    monkeypatch.setattr(Path, "read_text", never)
    monkeypatch.setattr(Path, "open", never)
    started = time.perf_counter()
    [item] = read_all(path)
    assert time.perf_counter() - started < 1.0
    assert_error(item, "E004", path=path, size=size, limit=1_000_000)


def test_max_chars(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Fighting resumed.")
    [item] = read_all(path, max_chars=10)
    assert_error(item, "E004", path=path, size=17, limit=10)
    [item] = read_all(path, max_chars=17)
    assert isinstance(item, Article)


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    [item] = read_all(path)
    assert_error(item, "E009", path=path)


def test_unsupported_file_type(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.md", "# Notes")
    [item] = read_all(path)
    assert_error(item, "E008", path=path, suffix=".md")


# -- records --------------------------------------------------------------------


def test_jsonl_records() -> None:
    path = DATA / "records.jsonl"
    first, second, third = read_all(path)
    assert first == Article(
        id="r1",
        text="The European Union called for a \u201cpermanent ceasefire\u201d in Idlib "
        "on Thursday.",
        clean_text='The European Union called for a "permanent ceasefire" in Idlib '
        "on Thursday.",
        title="EU calls for \u201cceasefire\u201d in Idlib",
        clean_title='EU calls for "ceasefire" in Idlib',
        url="https://example.org/news/r1",
        date=dt.date(2020, 2, 6),
        date_source="record",
        source=str(path),
    )
    assert isinstance(second, Article)
    assert second.id == "records-2"
    assert second.title == second.clean_title == "NATO condemns airstrikes"
    assert second.date == dt.date(2020, 2, 28)
    assert second.date_source == "record"
    assert second.url is None
    assert isinstance(third, Article)
    assert third.id == "42"
    assert third.title is None and third.clean_title is None
    assert third.date == dt.date(2020, 3, 1)
    assert third.date_source == "text"
    assert third.clean_text.startswith(" " * 16 + "\nTurkey said")


def test_json_list() -> None:
    path = DATA / "list.json"
    first, second = read_all(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, second.id) == ("j1", "list-1")
    assert first.url == "https://example.org/news/j1"
    assert first.date == dt.date(2020, 2, 19)
    assert first.clean_title == "UN urges access to Idlib"
    assert second.title == "Ankara calls for a halt"
    assert "offensive &     respect" in second.clean_text
    assert second.date is None and second.date_source is None
    assert second.doc_text == "Ankara calls for a halt\n\n" + second.clean_text


def test_json_single_object(tmp_path: Path) -> None:
    record = {"title": "Truce holds", "text": "The truce held overnight."}
    path = write(tmp_path / "one.json", json.dumps(record))
    [article] = read_all(path)
    assert isinstance(article, Article)
    assert article.id == "one"
    assert article.title == "Truce holds"


def test_bad_jsonl_lines_among_good_ones() -> None:
    path = DATA / "bad-lines.jsonl"
    items = read_all(path)
    assert [item.id for item in items if isinstance(item, Article)] == [
        "ok-1",
        "ok-2",
        "ok-3",
    ]
    kinds = [item.id if isinstance(item, Article) else "error" for item in items]
    assert kinds == ["ok-1"] + ["error"] * 4 + ["ok-2"] + ["error"] * 2 + ["ok-3"]
    assert_error(items[1], "E006", path=path, line=2)
    assert_error(items[2], "E007", path=path, line=3)
    assert_error(items[3], "E016", path=path, line=4)
    assert_error(items[4], "E006", path=path, line=5)
    assert "expected a JSON object, not a list" in str(items[4])
    assert_error(items[6], "E017", path=path, line=8, field="title", type="int")
    assert_error(items[7], "E018", path=path, line=9, value="06/02/2020")


def test_invalid_utf8_jsonl_line(tmp_path: Path) -> None:
    good = b'{"id": "a", "text": "Fighting resumed."}\n'
    bad = b'{"id": "b", "text": "caf\xe9"}\n'
    path = write(tmp_path / "x.jsonl", good + bad + good.replace(b'"a"', b'"c"'))
    first, error, last = read_all(path)
    assert isinstance(first, Article) and isinstance(last, Article)
    assert_error(error, "E003", path=path, offset=len(good) + 24)


def test_json_syntax_error_keeps_earlier_items(tmp_path: Path) -> None:
    path = write(
        tmp_path / "x.json",
        '[\n {"id": "a", "text": "Fighting resumed."},\n {"id": "b", "text": }\n]',
    )
    first, error = read_all(path)
    assert isinstance(first, Article)
    assert_error(error, "E006", path=path, line=3)


@pytest.mark.parametrize(
    ("content", "code", "line"),
    [
        ('{"text": "a"} {"text": "b"}', "E006", 1),
        ('[{"text": "a"}]\n\n]', "E006", 3),
        ('"just a string"', "E006", 1),
        ('[\n  {"text": "a"},\n  42\n]', "E006", 3),
        ('[{"title": "no text"}]', "E007", 1),
    ],
)
def test_bad_json(tmp_path: Path, content: str, code: str, line: int) -> None:
    path = write(tmp_path / "x.json", content)
    items = read_all(path)
    assert_error(items[-1], code, path=path, line=line)


def test_record_too_long(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", json.dumps({"text": "Fighting resumed."}))
    [item] = read_all(path, max_chars=10)
    assert_error(item, "E019", path=path, line=1, chars=17, limit=10)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"text": "T.", "id": "x"}, {"id": "x"}),
        ({"text": "T.", "id": 7}, {"id": "7"}),
        ({"text": "T.", "id": "  "}, {"id": "dflt"}),
        ({"text": "T.", "title": " "}, {"title": None, "clean_title": None}),
        ({"text": "T.", "url": ""}, {"url": None}),
        ({"text": "T.", "date": "2020-02-06"}, {"date": dt.date(2020, 2, 6)}),
        (
            {"text": "T.", "published": "2020-02-06 10:00"},
            {"date": dt.date(2020, 2, 6)},
        ),
        (
            {"text": "T.", "date": "2020-02-07", "published": "2020-02-06"},
            {"date": dt.date(2020, 2, 7)},
        ),
        (
            {"text": "T.", "date": "", "published": "2020-02-06"},
            {"date": dt.date(2020, 2, 6)},
        ),
        ({"text": "T.", "date": None}, {"date": None, "date_source": None}),
        ({"text": "T.", "license": "OGL", "source": "UK"}, {"source": "f.jsonl"}),
    ],
)
def test_article_from_record(
    record: dict[str, object], expected: dict[str, object]
) -> None:
    article = article_from_record(record, default_id="dflt", source="f.jsonl")
    for name, value in expected.items():
        assert getattr(article, name) == value


@pytest.mark.parametrize(
    ("record", "code"),
    [
        ({}, "E007"),
        ({"text": None}, "E007"),
        ({"text": ""}, "E016"),
        ({"text": 3}, "E017"),
        ({"text": "T.", "id": 1.5}, "E017"),
        ({"text": "T.", "url": ["u"]}, "E017"),
        ({"text": "T.", "date": "yesterday"}, "E018"),
        ({"text": "T.", "date": "2020-02-30"}, "E018"),
        ({"text": "T.", "published": 20200206}, "E017"),
    ],
)
def test_article_from_record_errors(record: dict[str, object], code: str) -> None:
    with pytest.raises(InputError) as info:
        article_from_record(record, default_id="d", source="f.jsonl", line=4)
    assert message_re(code, path="f.jsonl", line=4).match(str(info.value))
    assert info.value.path == "f.jsonl"


# -- folders --------------------------------------------------------------------


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root / "z.txt", "Last article\n\nThe ceasefire held.")
    write(root / "a.txt", "First article\n\nFighting resumed in Idlib.")
    write(root / "b_empty.txt", "")
    write(root / "c_binary.txt", PNG_HEADER)
    write(root / "d_latin1.txt", (DATA / "latin1.txt").read_bytes())
    records = [{"id": "e1", "text": "Shelling continued."}, {"text": "Aid arrived."}]
    write(root / "e.jsonl", "\n".join(map(json.dumps, records)) + "\n{oops\n")
    write(root / "notes.md", "not an article")
    write(root / ".hidden.txt", "hidden article")
    write(root / ".git" / "x.txt", "hidden folder")
    write(root / "sub" / "deeper" / "f.txt", "Nested article.")
    write(root / "sub" / "g.json", json.dumps([{"id": "g1", "text": "Talks began."}]))
    return root


def test_folder_mixing_good_and_bad_files(mixed_folder: Path) -> None:
    items = read_all(mixed_folder)
    summary = [
        item.id if isinstance(item, Article) else str(item).split(":")[0]
        for item in items
    ]
    root = str(mixed_folder)
    assert summary == [
        "a",
        f"{root}/b_empty.txt",
        f"{root}/c_binary.txt",
        f"{root}/d_latin1.txt",
        "e1",
        "e-2",
        f"{root}/e.jsonl",
        "f",
        "g1",
        "z",
    ]
    assert_error(items[1], "E001", path=mixed_folder / "b_empty.txt")
    assert_error(items[2], "E002", path=mixed_folder / "c_binary.txt")
    assert_error(items[3], "E003", path=mixed_folder / "d_latin1.txt", offset=20)
    assert_error(items[6], "E006", path=mixed_folder / "e.jsonl", line=3)
    nested = items[7]
    assert isinstance(nested, Article)
    assert nested.source == str(mixed_folder / "sub" / "deeper" / "f.txt")


def test_sources_keep_their_order(mixed_folder: Path, tmp_path: Path) -> None:
    items = read_all(
        mixed_folder / "z.txt", tmp_path / "missing", mixed_folder / "a.txt"
    )
    assert isinstance(items[0], Article) and items[0].id == "z"
    assert_error(items[1], "E009", path=tmp_path / "missing")
    assert isinstance(items[2], Article) and items[2].id == "a"


def test_single_path_source(mixed_folder: Path) -> None:
    items = list(iter_articles(mixed_folder / "a.txt"))  # type: ignore[arg-type]
    assert [item.id for item in items if isinstance(item, Article)] == ["a"]


def test_reading_is_deterministic(mixed_folder: Path) -> None:
    def run() -> list[object]:
        return [
            item if isinstance(item, Article) else str(item)
            for item in iter_articles([mixed_folder, ROOT / "seeds"])
        ]

    assert run() == run()


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    write(tmp_path / "corpus" / "a.txt", "Fighting resumed.")
    (tmp_path / "corpus" / "loop").symlink_to(tmp_path / "corpus")
    items = read_all(tmp_path / "corpus")
    assert [item.id for item in items if isinstance(item, Article)] == ["a"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("GENEVA, Nov 6 (Reuters) - The UN chief said.", "The UN chief said."),
        (
            "KYIV, Ukraine (AP) \u2014 Russian drones hit the city.",
            "Russian drones hit",
        ),
        ("BEIRUT \u2014 Israeli strikes hit the south.", "Israeli strikes hit"),
        ("ANKARA - Anadolu Agency", "Anadolu Agency"),
    ],
)
def test_wire_datelines_are_blanked(text: str, kept: str) -> None:
    out, _ = clean(text)
    assert len(out) == len(text)
    start = out.index(kept)
    assert out[:start].strip() == ""
    assert text[start:].startswith(kept)


@pytest.mark.parametrize(
    "text",
    ["NATO calls on Russia - and more", "The EU - which has 27 members - said"],
)
def test_text_that_is_no_dateline_is_kept(text: str) -> None:
    assert clean(text)[0] == text


# publisher --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            {"text": "Fighting resumed.", "publisher": "US Department of State"},
            "US Department of State",
        ),
        ({"text": "Fighting resumed.", "source": "gov.uk"}, "gov.uk"),
        ({"text": "Fighting resumed.", "publisher": "  "}, None),
        ({"text": "Fighting resumed."}, None),
        # the publisher wins over a scraper's "source"
        ({"text": "Fighting resumed.", "publisher": "EEAS", "source": "x"}, "EEAS"),
    ],
)
def test_a_record_names_its_publisher_or_source(
    record: dict, expected: str | None
) -> None:
    from kg.ingest import article_from_record

    assert article_from_record(record, default_id="r").publisher == expected


def test_a_title_case_headline_is_parsed_in_sentence_case_with_offsets_kept() -> None:
    from kg.ingest import article_from_record, sentence_case

    title = "UK Condemns Attack On Aid Convoy In Darfur"
    article = article_from_record({"text": "Text.", "title": title}, default_id="r")
    assert article.clean_title == "UK condemns attack on aid convoy in Darfur"
    assert len(article.clean_title) == len(title) and article.title == title
    # names and sentence-case headlines stay as written
    assert sentence_case("Russia Pounds Kharkiv") == "Russia pounds Kharkiv"
    assert sentence_case("NATO calls on Russia to halt offensive") == (
        "NATO calls on Russia to halt offensive"
    )


@pytest.mark.parametrize(
    "raw",
    [
        "perpetrated by Al\u2011Shabaab on Sunday",
        "a cease\u2010fire was agreed",
        "the Iran\u2011backed militias",
    ],
)
def test_look_alike_hyphens_become_ascii_at_the_same_offsets(raw: str) -> None:
    out, _ = clean(raw)
    assert len(out) == len(raw)
    assert "\u2010" not in out and "\u2011" not in out
    assert out == raw.replace("\u2010", "-").replace("\u2011", "-")
