"""Shared fixtures: the spaCy pipeline, the gazetteer, a sentence reader, a seed build.

Only this file defines fixtures used by more than one test module.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import shutil
import socket
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

import pytest
from rdflib.term import Node
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg import iri
from kg.extract.actors import Context
from kg.gazetteer import Gazetteer
from kg.model import (
    ActorKind,
    ActorRef,
    Affiliation,
    Amount,
    Article,
    Casualty,
    CasualtyType,
    Event,
    EventKind,
    Evidence,
    Extraction,
    Qualifier,
)
from kg.rdf import extraction_triples
from kg.store import KGStore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# demand concepts by short name, for the tables of expected calls
CF = "Ceasefire"
EO = "EndOfOffensive"
HA = "HumanitarianAccess"
PC = "ProtectionOfCivilians"
AC = "Accountability"
PS = "PoliticalSolution"
DE = "DeEscalation"
IL = "RespectForInternationalLaw"
II = "InternationalInitiative"
WD = "Withdrawal"
RD = "ReleaseOfDetainees"
NG = "Negotiations"


class NetworkBlockedError(RuntimeError):
    """A test reached for a host other than this machine."""


def _loopback_only(address: object) -> None:
    if isinstance(address, (str, bytes)):
        return  # a unix socket path
    if not isinstance(address, tuple) or not address:
        return
    host = address[0]
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        if host == "localhost":
            return
    raise NetworkBlockedError(f"network access attempted: {address!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs with sockets blocked but for loopback: building,
    exporting and drawing must never reach out (no remote JSON-LD context, no
    CDN, no model download)."""
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> None:
        _loopback_only(address)
        return connect(self, address)  # type: ignore[arg-type]

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        _loopback_only(address)
        return connect_ex(self, address)  # type: ignore[arg-type]

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> list:
        _loopback_only((host,) if host not in (None, "") else ("localhost",))
        return getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    getaddrinfo = socket.getaddrinfo
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)


@pytest.fixture(scope="session")
def nlp():  # noqa: ANN201 - spacy.Language
    """The real pipeline (model + newline boundaries + gazetteer ruler), loaded once."""
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def gazetteer():  # noqa: ANN201 - kg.gazetteer.Gazetteer
    """The built-in actor gazetteer (kg/data/actors.csv)."""
    from kg.gazetteer import load_gazetteer

    return load_gazetteer()


def make_article(
    text: str,
    *,
    title: str | None = None,
    article_id: str = "t",
    date: dt.date | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Article:
    """An article from clean text (and optionally a separate title, the record's
    publisher and URL)."""
    return Article(
        id=article_id,
        text=text,
        clean_text=text,
        title=title,
        clean_title=title,
        date=date,
        publisher=publisher,
        url=url,
    )


@pytest.fixture(scope="session")
def read(nlp, gazetteer) -> Callable[..., Extraction]:  # noqa: ANN001
    """Parse and extract one text with the real model: ``read("NATO urged ...")``."""
    from kg.extract import extract

    def _read(
        text: str,
        *,
        title: str | None = None,
        publisher: str | None = None,
        url: str | None = None,
        date: dt.date | None = None,
    ) -> Extraction:
        article = make_article(
            text, title=title, publisher=publisher, url=url, date=date
        )
        return extract(nlp(article.doc_text), article, gazetteer, strict=True)

    return _read


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:  # noqa: ANN001
    """The seed articles built once into a temporary folder (graph, page, store)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seed-build")
    build([SEEDS], out=out, html=True)
    return out


@pytest.fixture()
def seed_copy(seed_build, tmp_path) -> Path:  # noqa: ANN001
    """A private copy of the seed build, for tests that change the store."""
    out = tmp_path / "export"
    shutil.copytree(seed_build, out)
    return out


# hand-made extractions for kg.analytics and kg.viz ----------------------------
# (moved here from tests/test_analytics.py and tests/test_viz.py, which both use
# them; the plain story is the one test_analytics counts, the hostile one the
# one test_viz escapes)

Triple = tuple[Node, Node, Node]

# text that would run as HTML if a page did not escape it
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
ATTR = '" onmouseover="x'
XSS = (SCRIPT, IMG, ATTR)

NATO = ActorRef("nato", "NATO", ActorKind.ORGANIZATION)
RUSSIA = ActorRef("russia", "Russia", ActorKind.COUNTRY)
SYRIA = ActorRef("syria", "Syria", ActorKind.COUNTRY)
TURKEY = ActorRef("turkey", "Turkey", ActorKind.COUNTRY)
JENS = ActorRef("jens-stoltenberg", "Jens Stoltenberg", ActorKind.PERSON)
# an actor named from article text, as unknown actors are
EVIL = ActorRef("evil", f"Brigade {IMG}", ActorKind.ARMED_GROUP)

CALL_SENTENCE = "NATO urged Russia and Syria to agree a ceasefire and let aid in."
CONDEMN_SENTENCE = "Turkey condemned Syria."
ATTACK_SENTENCE = "A Syrian airstrike killed at least 33 Turkish soldiers."
AFFILIATION_SENTENCE = "NATO Secretary General Jens Stoltenberg said."
TITLE = "NATO calls for a ceasefire"
# the same story told with hostile text
HOSTILE_CALL_SENTENCE = (
    f"NATO urged{ATTR} Russia and Syria to agree a ceasefire {SCRIPT}."
)
HOSTILE_CONDEMN_SENTENCE = f"Turkey condemned Syria and {IMG}."
HOSTILE_TITLE = f"NATO calls for ceasefire {SCRIPT}{ATTR}"
URL = "https://example.org/news/004?a=1&b=2"


def evidence(
    article: str, start: int, sentence: str, rule: str = "calls.v1"
) -> Evidence:
    """Evidence of one sentence at ``start``."""
    return Evidence(article, start, start + len(sentence), sentence, rule)


def store_of(*extractions: Extraction, extra: Iterable[Triple] = ()) -> KGStore:
    """An in-memory store holding each extraction in its article graph.

    ``extra`` triples go to the first article's graph, for facts the
    extractors cannot produce yet.
    """
    store = KGStore()
    gazetteer = Gazetteer([])
    batch = []
    for n, ex in enumerate(extractions):
        triples = list(extraction_triples(ex, gazetteer))
        if n == 0:
            triples += list(extra)
        art = ex.article.id
        batch.append((iri.article_iri(art), iri.graph_iri(art), "sig", triples))
    store.replace_articles(batch)
    return store


def conflict_extraction(
    article_id: str = "004_x", *, hostile: bool = False
) -> Extraction:
    """One article: a call, a condemnation, an attack and an affiliation.

    With ``hostile``, the sentences, title, quote and victims carry HTML and
    the condemnation also targets :data:`EVIL`, an actor named in HTML; the
    article then has a URL and a date too.
    """
    call = Event(
        EventKind.CALL,
        evidence(article_id, 10, HOSTILE_CALL_SENTENCE if hostile else CALL_SENTENCE),
        agent=NATO,
        speaker=JENS,
        addressees=(RUSSIA, SYRIA),
        demands=("Ceasefire", "HumanitarianAccess"),
        quote=f"We urge {IMG}" if hostile else None,
    )
    condemnation = Event(
        EventKind.CONDEMNATION,
        evidence(
            article_id,
            100,
            HOSTILE_CONDEMN_SENTENCE if hostile else CONDEMN_SENTENCE,
            "condemnations.v1",
        ),
        agent=TURKEY,
        targets=(SYRIA, EVIL) if hostile else (SYRIA,),
    )
    attack_ev = evidence(article_id, 200, ATTACK_SENTENCE, "casualties.v1")
    attack = Event(
        EventKind.ATTACK,
        attack_ev,
        agent=SYRIA,
        place="Idlib",
        means="airstrike",
        casualties=(
            Casualty(
                CasualtyType.KILLED,
                Amount(33, Qualifier.AT_LEAST),
                attack_ev,
                f"Turkish soldiers {SCRIPT}" if hostile else "Turkish soldiers",
            ),
            Casualty(
                CasualtyType.WOUNDED,
                Amount(12, Qualifier.AT_LEAST, 99, "dozens"),
                attack_ev,
            ),
        ),
    )
    affiliation = Affiliation(
        JENS,
        NATO,
        evidence(article_id, 300, AFFILIATION_SENTENCE, "affiliations.v1"),
        role="Secretary General",
    )
    if hostile:
        article = Article(
            article_id,
            "text",
            "text",
            title=HOSTILE_TITLE,
            url=URL,
            date=dt.date(2020, 2, 28),
        )
    else:
        article = Article(article_id, "text", "text", title=TITLE)
    actors = (NATO, RUSSIA, SYRIA, TURKEY, JENS) + ((EVIL,) if hostile else ())
    return Extraction(article, (call, condemnation, attack), (affiliation,), actors)


@pytest.fixture()
def conflict_store() -> KGStore:
    """The store of :func:`conflict_extraction`."""
    return store_of(conflict_extraction())


@pytest.fixture()
def hostile_store() -> KGStore:
    """The store of :func:`conflict_extraction` told with hostile text."""
    return store_of(conflict_extraction(hostile=True))


# end-to-end helpers: seed copies, bad inputs, stores of a build, CLI tables ------

SEED_FILES = sorted(SEEDS.glob("*.txt"))
DATA = Path(__file__).resolve().parent / "data"

# a news paragraph in French (63 words, too few of them English)
FRENCH = (
    "Le Conseil de sécurité des Nations unies a appelé mardi à un cessez-le-feu "
    "immédiat dans la province d'Idleb, où les combats entre les forces du régime "
    "syrien et les groupes rebelles ont fait des dizaines de morts parmi les civils. "
    "Selon les agences humanitaires, près d'un million de personnes ont fui leurs "
    "maisons depuis le début de l'offensive en décembre, et les camps situés le "
    "long de la frontière turque sont désormais saturés.\n"
)
# a good record whose headline holds a call (its text holds none)
SUDAN_TITLE = "UN calls for ceasefire in Sudan"
SUDAN_RECORD = {
    "id": "sudan-1",
    "title": SUDAN_TITLE,
    "date": "2023-05-02",
    "text": (
        "Fighting continued in Khartoum on Monday as the army and the Rapid "
        "Support Forces traded fire across the city. Residents said that shelling "
        "had hit several neighbourhoods and that food and water were running short "
        "for the families who had stayed in their homes."
    ),
}


def copy_seeds(dest: Path, *prefixes: str) -> list[Path]:
    """Writable copies of the seed files (those starting with a prefix, or all)."""
    dest.mkdir(parents=True, exist_ok=True)
    copies = []
    for path in SEED_FILES:
        if not prefixes or path.name.startswith(prefixes):
            copy = dest / path.name
            copy.write_bytes(path.read_bytes())  # the seeds themselves are read-only
            copies.append(copy)
    return copies


@pytest.fixture()
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    """A folder ``bad/`` of inputs a build must reject, each named by its fault.

    ``empty``, ``binary`` (NUL bytes), ``latin1`` (tests/data/ingest/latin1.txt,
    é at byte 20), ``huge`` (20 MB of English), ``french`` (:data:`FRENCH`) and
    ``jsonl``: :data:`SUDAN_RECORD` on line 1, a record cut short on line 2.
    """
    folder = tmp_path / "bad"
    folder.mkdir()
    files = {
        "empty": folder / "empty.txt",
        "binary": folder / "binary.txt",
        "latin1": folder / "latin1.txt",
        "huge": folder / "huge.txt",
        "french": folder / "french.txt",
        "jsonl": folder / "records.jsonl",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"PK\x03\x04" + bytes(range(256)) * 16)
    files["latin1"].write_bytes((DATA / "ingest" / "latin1.txt").read_bytes())
    line = b"Fighting continued in the city on Monday, residents said. "
    files["huge"].write_bytes((line * (20_000_000 // len(line) + 1))[:20_000_000])
    files["french"].write_text(FRENCH, encoding="utf-8")
    files["jsonl"].write_text(
        json.dumps(SUDAN_RECORD) + '\n{"id": "cut", "text": "Fighting resumed\n',
        encoding="utf-8",
    )
    return files


def run_query(out: Path, spec: str) -> tuple[list[str], list[tuple[object, ...]]]:
    """Run a saved query (name, ``.rq`` file or SPARQL) on the build in ``out``.

    The store is open only while the query runs: Oxigraph locks an open store,
    and the next command or test opens it again.
    """
    from kg import queries

    store = KGStore.open_existing(out / "store")
    return queries.run(store, queries.resolve(spec))


def triple_count(out: Path) -> int:
    """Distinct triples of the build in ``out`` (the union of its article graphs)."""
    return len(KGStore.open_existing(out / "store").triples())


def table_rows(output: str) -> list[list[str]]:
    """The cells of every body line of the rich tables printed in ``output``."""
    return [
        [cell.strip() for cell in line.strip().strip("│").split("│")]
        for line in output.splitlines()
        if line.lstrip().startswith("│")
    ]


def squashed(text: str) -> str:
    """``text`` without whitespace, to read a cell rich wrapped over lines."""
    return "".join(text.split())


# built folders and pages for kg.viz, kg.plots and the browser tests ---------------


def disk_build(folder: Path, *extractions: Extraction) -> Path:
    """A built folder (``folder/store``, as ``kg build`` leaves it) of extractions.

    The store is closed again before this returns: Oxigraph locks an open
    store, and the command under test opens it itself.
    """
    folder.mkdir(parents=True, exist_ok=True)
    store = KGStore(folder / "store")
    gazetteer = Gazetteer([])
    store.replace_articles(
        [
            (
                iri.article_iri(ex.article.id),
                iri.graph_iri(ex.article.id),
                "sig",
                list(extraction_triples(ex, gazetteer)),
            )
            for ex in extractions
        ]
    )
    del store
    return folder


@pytest.fixture()
def hostile_build(tmp_path: Path) -> Path:
    """A built folder holding :func:`conflict_extraction` told with hostile text."""
    return disk_build(tmp_path / "hostile-build", conflict_extraction(hostile=True))


def synthetic_store(actors: int, events: int) -> KGStore:
    """Condemnations between numbered countries, ten per article, in a fixed
    pattern: event ``j`` has actor ``j % actors`` condemn ``(3j + 1) % actors``.
    """
    refs = [
        ActorRef(f"actor-{n:04d}", f"Actor {n}", ActorKind.COUNTRY)
        for n in range(actors)
    ]
    extractions = []
    for a in range(0, events, 10):
        evs = tuple(
            Event(
                EventKind.CONDEMNATION,
                evidence(f"s{a}", 10 * j, f"sentence {j}", "c.v1"),
                agent=refs[j % actors],
                targets=(refs[(3 * j + 1) % actors],),
            )
            for j in range(a, min(a + 10, events))
        )
        named = {r for ev in evs for r in (ev.agent, *ev.targets) if r is not None}
        extractions.append(
            Extraction(
                Article(f"s{a}", "t", "t"),
                evs,
                (),
                tuple(sorted(named, key=lambda r: r.key)),
            )
        )
    return store_of(*extractions)


class Parse(NamedTuple):
    """A text and its frozen parse, one row per token.

    Columns: word, lemma (``=`` when equal to the word), coarse POS, fine tag,
    dependency label, head index, entity (``B-LABEL`` or ``B-LABEL=gazetteer
    key``, ``I`` inside an entity, ``-`` outside).  Tests build a ``Doc`` from it
    without loading the model (spaCy's own tests do the same).
    """

    text: str
    table: str
    title: str | None = None


def context(vocab: Vocab, parse: Parse, gazetteer: Gazetteer) -> Context:
    """The extraction context of a hand-built Doc made from ``parse``."""
    article = make_article(parse.text, title=parse.title)
    text = article.doc_text
    rows = [line.split() for line in parse.table.splitlines() if line.strip()]
    words = [row[0].replace("\\n", "\n") for row in rows]
    spaces: list[bool] = []
    at = 0
    for word in words:
        assert text.startswith(word, at), (word, text[at:])
        at += len(word)
        spaces.append(text.startswith(" ", at))
        at += spaces[-1]
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=[w if r[1] == "=" else r[1] for w, r in zip(words, rows, strict=True)],
        pos=[row[2] for row in rows],
        tags=[row[3] for row in rows],
        deps=[row[4] for row in rows],
        heads=[int(row[5]) for row in rows],
    )
    ents = []
    for i, row in enumerate(rows):
        iob, _, rest = row[6].partition("-")
        if iob != "B":
            continue
        label, _, key = rest.partition("=")
        end = i + 1
        while end < len(rows) and rows[end][6] == "I":
            end += 1
        ents.append(Span(doc, i, end, label=label, span_id=key or 0))
    doc.ents = ents
    assert doc.text == text
    return Context(doc, article, gazetteer)


@pytest.fixture(scope="session")
def vocab() -> Vocab:
    """A blank English vocabulary: lexical attributes only, no model."""
    import spacy

    return spacy.blank("en").vocab


def case(*values: object, name: str | None = None) -> object:
    """A parametrized case the rules get right."""
    return pytest.param(*values, id=name)


def gap(*values: object, reason: str, name: str | None = None) -> object:
    """A case the rules get wrong today (strict: fixing the rule flips it)."""
    return pytest.param(
        *values, marks=pytest.mark.xfail(reason=reason, strict=True), id=name
    )


# --- reading results in tests ------------------------------------------------------


def calls_of(ex) -> set[tuple[str, str]]:  # noqa: ANN001
    """(agent, demand) of every call an extraction holds."""
    from kg.model import EventKind

    return {
        (e.agent.label, d)
        for e in ex.events
        if e.kind is EventKind.CALL and e.agent is not None
        for d in e.demands
    }


def condemnations_of(ex) -> set[tuple[str, str]]:  # noqa: ANN001
    """(agent, target) of every condemnation an extraction holds."""
    from kg.model import EventKind

    return {
        (e.agent.label, t.label)
        for e in ex.events
        if e.kind is EventKind.CONDEMNATION
        for t in e.targets
    }


def attackers_of(ex) -> set[str | None]:  # noqa: ANN001
    """The perpetrators of the attacks an extraction reports as having happened."""
    from kg.model import EventKind

    return {
        e.agent.label if e.agent else None
        for e in ex.events
        if e.kind is EventKind.ATTACK and e.status in (None, "Happened")
    }


def seed_records(path: Path, copies: int) -> Path:
    """The seeds as JSONL records, each ``copies`` times under new ids."""
    import json

    with path.open("w", encoding="utf-8") as f:
        for n in range(copies):
            for seed in SEED_FILES:
                text = seed.read_text(encoding="utf-8")
                f.write(json.dumps({"id": f"{seed.stem}-{n}", "text": text}) + "\n")
    return path


def build_report_of(out: Path) -> dict:
    """The ``build-report.json`` a build wrote into ``out``."""
    import json

    return json.loads((out / "build-report.json").read_text(encoding="utf-8"))


# --- headless Chromium ------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def need_browser() -> None:
    """Skip without Chromium or playwright; under CI, fail instead."""
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package (pip install -e '.[test]')")
    if not missing:
        return
    reason = "browser tests need " + " and ".join(missing)
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI is set, so they may not be skipped", pytrace=False)
    pytest.skip(reason)
