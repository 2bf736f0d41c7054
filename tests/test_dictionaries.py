"""The analyst's own actors and demands: ``kg build --actors/--demands``, ``kg actors``.

The dictionaries are the files of ``tests/data/dictionaries/`` (see its
README); ``ARTICLE`` names the Valley Hawks by each of their three aliases,
each time calling for a prisoner exchange.
"""

from __future__ import annotations

import csv
import io
import json
import os
import pickle
import re
import shutil
from pathlib import Path

import pytest
from conftest import DATA, RD
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from typer.testing import CliRunner

from kg import iri
from kg.build import pipeline_signature
from kg.cli import app
from kg.dictionaries import (
    ActorRow,
    Dictionaries,
    DictionaryFile,
    demand_rules,
    read_actor_rows,
    read_demands,
)
from kg.errors import DictionaryError
from kg.extract.demands import USER_RULES, classify
from kg.gazetteer import ACTORS_CSV, load_gazetteer
from kg.model import ActorKind
from kg.rdf import dictionary_triples
from kg.store import KGStore
from kg.validate import validate
from kg.vocab import KG

DICTS = DATA / "dictionaries"
MILITIA = DICTS / "militia.csv"
DEMANDS = DICTS / "demands.csv"
RIVAL = DICTS / "rival.csv"
OVERRIDE = DICTS / "override.csv"
LIONS = DICTS / "lions.ttl"

# one sentence per alias of the militia, and one for the relabelled Turkey
SENTENCES = (
    "The Valley Hawks called for a prisoner exchange with the government on Monday.",
    "HVB urged the army to agree to a prisoner swap before the end of the month.",
    "Saqr al-Wadi demanded an exchange of prisoners before any talks could begin.",
    "Turkey called for a prisoner exchange between the two sides.",
)
ARTICLE = "Militia calls for prisoner exchange\n\n" + "\n\n".join(SENTENCES) + "\n"
PRISONER_EXCHANGE = iri.demand_iri("prisoner-exchange")


def file_of(path: Path, text: str | None = None) -> DictionaryFile:
    """A dictionary file as read, with ``text`` in place of the file's own."""
    found = DictionaryFile.read(
        path, kind="demands" if "demand" in path.name else "actors"
    )
    return found if text is None else DictionaryFile(found.path, text)


def error_of(*, actors=(), demands=()) -> str:  # noqa: ANN001
    """The message of the DictionaryError reading these files raises."""
    with pytest.raises(DictionaryError) as caught:
        dictionaries = Dictionaries.read(actors=actors, demands=demands)
        load_gazetteer(dictionaries=dictionaries)
        read_demands(dictionaries)
    return str(caught.value)


def line_of(path: Path, start: str) -> int:
    """The number of the first line of ``path`` starting with ``start``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(start))


# reading actor tables -----------------------------------------------------------------


def test_a_csv_row_is_read_with_its_line() -> None:
    (row,) = read_actor_rows(file_of(MILITIA))
    assert row == ActorRow(
        "valley-hawks",
        "Valley Hawks Brigade",
        ActorKind.ARMED_GROUP,
        names=("Valley Hawks", "HVB", "Saqr al-Wadi"),
        path=str(MILITIA.resolve()),
        line=3,
    )
    assert row.where == f"{MILITIA.resolve()}: line 3"


def test_every_column_is_read(tmp_path: Path) -> None:
    table = tmp_path / "mine.tsv"
    table.write_text(
        "# a comment, then a blank line\n\n"
        "ID\tLabel\tKind\tAliases\tCountry\tWikidata\tGeoNames\tParent\tRole\t"
        "Demonyms\tMetonyms\tCase-Sensitive\tNews\tNote\n"
        "atlantis\tAtlantis\tcountry\tAtlantean Republic\tTUR\t"
        "https://www.wikidata.org/wiki/Q43\t298795\t\t\tAtlantean\tPoseidonia\t\t\t\n"
        "tidings\tTidings\torganisation\tTIDE|Tidings Daily\t\t\t\t\t\t\t\t"
        "Tidings\tyes\tinvented\n"
        "mara\tMara\tPerson\t\t\t\t\tatlantis|tidings\tEnvoy\t\t\t\t\t\n",
        encoding="utf-8",
    )
    atlantis, tidings, mara = read_actor_rows(file_of(table))
    assert (atlantis.country, atlantis.kind, atlantis.line) == (
        "TR",
        ActorKind.COUNTRY,
        4,
    )
    assert atlantis.identifiers == (
        ("geonamesId", "298795"),
        ("wikidata", "http://www.wikidata.org/entity/Q43"),
    )
    assert (atlantis.demonyms, atlantis.metonyms) == (("Atlantean",), ("Poseidonia",))
    assert (tidings.kind, tidings.names, tidings.news) == (
        ActorKind.ORGANIZATION,
        ("TIDE", "Tidings Daily"),
        True,
    )
    assert tidings.case_sensitive == ("Tidings",)
    assert (mara.parents, mara.role, mara.news) == (
        ("atlantis", "tidings"),
        "Envoy",
        False,
    )


def test_a_turtle_dictionary_is_read() -> None:
    (row,) = read_actor_rows(file_of(LIONS))
    assert (row.key, row.label, row.kind) == (
        "river-lions",
        "River Lions",
        ActorKind.ARMED_GROUP,
    )
    assert row.names == ("RLF", "River Lions Front")
    assert row.identifiers == (("wikidata", "http://www.wikidata.org/entity/Q4115189"),)
    assert row.line == line_of(LIONS, "kga:river-lions")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id,label\nx,X\n", r"lacks the column\(s\) kind"),
        ("id,label,kind,nickname\nx,X,Actor,\n", r"unknown column\(s\) nickname"),
        ("id,label,kind\nx,,Actor\n", "line 2: label is empty"),
        (
            "id,label,kind\nx,X,Militia\n",
            "line 2: kind 'Militia' is not valid: use one of",
        ),
        ("id,label,kind\nValley Hawks,X,Actor\n", "e.g. 'valley-hawks'"),
        ("id,label,kind,country\nx,X,Actor,SY\n", "only a Country has a code"),
        ("id,label,kind,country\nx,X,Country,ZZ\n", "not an ISO 3166-1 code"),
        ("id,label,kind,wikidata\nx,X,Actor,43\n", "not an item id"),
        ("id,label,kind,news\nx,X,Actor,maybe\n", "use yes or leave it empty"),
        ("id,label,kind,case_sensitive\nx,X Y,Actor,X Y\n", "only one-word names"),
        ("id,label,kind\nx,X,Actor,oops\n", "line 2: invalid row: 4 cells"),
        (
            "id,label,kind\n# comment\nx,X,Actor\nx,Y,Actor\n",
            "line 4: the actor id 'x' is already defined \\(.*: line 3\\)",
        ),
    ],
)
def test_a_wrong_table_names_its_file_and_line(text: str, message: str) -> None:
    with pytest.raises(DictionaryError, match=message) as caught:
        read_actor_rows(file_of(MILITIA, text))
    assert str(caught.value).startswith(str(MILITIA.resolve()))


def test_wrong_files_are_named(tmp_path: Path) -> None:
    assert "no such dictionary file" in error_of(actors=[tmp_path / "missing.csv"])
    assert "unsupported dictionary type '.xlsx'" in error_of(
        actors=[tmp_path / "a.xlsx"]
    )
    assert "'.ttl'" in error_of(demands=[LIONS])
    broken = tmp_path / "broken.ttl"
    broken.write_text("kga:x a kg:Actor", encoding="utf-8")
    assert f"{broken}: cannot read Turtle" in error_of(actors=[broken])


# the gazetteer with dictionaries ----------------------------------------------------


def test_user_actors_join_the_gazetteer_with_their_source() -> None:
    gaz = load_gazetteer(dictionaries=Dictionaries.read(actors=[MILITIA, LIONS]))
    for name in ("Valley Hawks Brigade", "Valley Hawks", "HVB", "Saqr al-Wadi"):
        entry = gaz.lookup(name)
        assert entry is not None and entry.key == "valley-hawks", name
    assert gaz.lookup("hvb") is None  # a short acronym matches only as written
    lions = gaz.lookup("River Lions Front")
    assert lions is not None and lions.source == str(LIONS.resolve())
    assert gaz.entries["valley-hawks"].source == str(MILITIA.resolve())
    # the built-in entries are untouched
    assert gaz.entries["turkey"] == load_gazetteer().entries["turkey"]
    assert len(gaz) == len(load_gazetteer()) + 2


def test_a_row_with_a_built_in_id_changes_that_actor() -> None:
    built_in = load_gazetteer().entries["turkey"]
    gaz = load_gazetteer(dictionaries=Dictionaries.read(actors=[OVERRIDE]))
    turkey = gaz.entries["turkey"]
    assert turkey.label == "Türkiye"
    assert turkey.source == str(OVERRIDE.resolve())
    assert {"Turkey", *built_in.names} - {"Türkiye"} <= set(turkey.names)
    assert (turkey.identifiers, turkey.demonyms) == (
        built_in.identifiers,
        built_in.demonyms,
    )
    found = gaz.lookup("Turkey")
    assert found is not None and found.label == "Türkiye"


def test_one_name_in_two_files_names_both_files_and_lines() -> None:
    message = error_of(actors=[MILITIA, RIVAL])
    assert message == (
        f"{RIVAL.resolve()}: line 3: the name 'HVB' of 'hill-vipers' is already a "
        f"name of 'valley-hawks' ({MILITIA.resolve()}: line 3); a name may belong "
        "to one actor only"
    )


def test_a_name_of_a_built_in_actor_names_the_built_in_line(tmp_path: Path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text("id,label,kind,metonyms\nkremlin-guard,Guard,ArmedGroup,Kremlin\n")
    message = error_of(actors=[mine])
    assert f"{mine.resolve()}: line 2: the name 'Kremlin' of 'kremlin-guard'" in message
    assert f"'russia' ({ACTORS_CSV}: line {line_of(ACTORS_CSV, 'russia,')})" in message


def test_one_id_in_two_files_names_both(tmp_path: Path) -> None:
    again = tmp_path / "again.csv"
    again.write_text("id,label,kind\nvalley-hawks,Hawks,ArmedGroup\n")
    assert error_of(actors=[MILITIA, again]) == (
        f"{again.resolve()}: line 2: the actor id 'valley-hawks' is already "
        f"defined ({MILITIA.resolve()}: line 3); give one of them another id"
    )


def test_a_parent_must_be_known(tmp_path: Path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text("id,label,kind,parent\nabu-saqr,Abu Saqr,Person,valley-hawk\n")
    assert "line 2: 'valley-hawk' is not a known actor id" in error_of(
        actors=[MILITIA, mine]
    )
    mine.write_text(
        "id,label,kind,parent,role\nabu-saqr,Abu Saqr,Person,valley-hawks,Commander\n"
    )
    gaz = load_gazetteer(dictionaries=Dictionaries.read(actors=[MILITIA, mine]))
    entry = gaz.entries["abu-saqr"]
    assert (entry.affiliated_with, entry.role) == ("valley-hawks", "Commander")


def test_a_news_outlet_of_ones_own_never_authors(tmp_path: Path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text(
        "id,label,kind,news\nvalley-herald,Valley Herald,Organization,yes\n"
    )
    gaz = load_gazetteer(dictionaries=Dictionaries.read(actors=[mine]))
    assert gaz.publisher("Valley Herald") == "news"


def test_the_same_dictionaries_give_the_same_gazetteer(tmp_path: Path) -> None:
    copy = tmp_path / "militia.csv"
    shutil.copy(MILITIA, copy)
    first = load_gazetteer(dictionaries=Dictionaries.read(actors=[copy, copy]))
    assert first is load_gazetteer(dictionaries=Dictionaries.read(actors=[copy]))
    copy.write_text(MILITIA.read_text() + "rl,Rock Lizards,ArmedGroup,,\n")
    changed = load_gazetteer(dictionaries=Dictionaries.read(actors=[copy]))
    assert changed is not first and "rl" in changed.entries


# demands ------------------------------------------------------------------------------


def test_demand_concepts_are_read() -> None:
    (concept,) = read_demands(Dictionaries.read(demands=[DEMANDS]))
    assert (concept.id, concept.label, concept.broader, concept.line) == (
        "prisoner-exchange",
        "prisoner exchange",
        RD,
        3,
    )
    assert "trade of detained fighters" in concept.cues


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id,label,broader,cues\nCeasefire,truce,,truce\n", "the ontology has a term"),
        (
            "id,label,broader,cues\nswap,swap,Swapping,swap\n",
            "line 2: 'Swapping' is not a known demand concept",
        ),
        ("id,label,broader,cues\nswap,swap,,\n", "line 2: cues is empty"),
        ("id,label,broader,cues\nswap now,swap,,swap\n", "id 'swap now' is not valid"),
        (
            "id,label,cues\na,A,x\na,B,y\n",
            "line 3: the demand id 'a' is already defined",
        ),
    ],
)
def test_a_wrong_demand_table_names_its_line(
    text: str, message: str, tmp_path: Path
) -> None:
    table = tmp_path / "demands.csv"
    table.write_text(text, encoding="utf-8")
    assert re.search(message, error_of(demands=[table]))


def test_a_broader_concept_may_be_another_added_one(tmp_path: Path) -> None:
    table = tmp_path / "demands.csv"
    table.write_text(
        "id,label,broader,cues\nbody-exchange,body exchange,prisoner-exchange,exchange of bodies\n"
    )
    concepts = read_demands(Dictionaries.read(demands=[DEMANDS, table]))
    assert [c.broader for c in concepts] == [RD, "prisoner-exchange"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a trade of detained fighters", ("prisoner-exchange",)),
        ("a Prisoner-Swap", ("prisoner-exchange",)),  # the built-in rule wants a space
        ("an exchange of prisoners", (RD, "prisoner-exchange")),
        ("prisoner exchanges", (RD,)),  # whole words only
        ("a ceasefire", ("Ceasefire",)),
    ],
)
def test_classify_tries_the_added_concepts_while_they_are_set(
    text: str, expected: tuple[str, ...]
) -> None:
    rules = demand_rules(read_demands(Dictionaries.read(demands=[DEMANDS])))
    token = USER_RULES.set(rules)
    try:
        assert classify(text) == expected
    finally:
        USER_RULES.reset(token)
    assert "prisoner-exchange" not in classify(text)


def call_graph(demand: URIRef, *extra: tuple) -> Graph:  # noqa: ANN001
    """One well-formed call for ``demand``, with ``extra`` triples."""
    g = Graph()
    article, call, actor = (
        iri.article_iri("a"),
        URIRef(iri.event_iri("a", "CallFor", 0, 0, in_title=False)),
        iri.actor_iri("valley-hawks"),
    )
    for triple in [
        (article, RDF.type, KG.Article),
        (article, DCTERMS.identifier, Literal("a")),
        (article, KG.text, Literal("The Valley Hawks called for a prisoner swap.")),
        (call, RDF.type, KG.CallFor),
        (call, KG.agent, actor),
        (call, KG.demand, demand),
        (call, KG.status, KG.CalledFor),
        (call, PROV.wasDerivedFrom, article),
        (call, KG.evidence, Literal("The Valley Hawks called for a prisoner swap.")),
        (call, KG.charStart, Literal(0)),
        (call, KG.charEnd, Literal(44)),
        (call, KG.inTitle, Literal(False)),
        (call, KG.extractor, Literal("calls.v1")),
        (actor, RDF.type, KG.ArmedGroup),
        (actor, RDFS.label, Literal("Valley Hawks Brigade")),
        (actor, KG.callsFor, demand),
        *extra,
    ]:
        g.add(triple)
    return g


def test_shacl_accepts_an_added_concept_the_graph_declares() -> None:
    dictionaries = Dictionaries.read(actors=[MILITIA], demands=[DEMANDS])
    declared = list(
        dictionary_triples(
            load_gazetteer(dictionaries=dictionaries), read_demands(dictionaries)
        )
    )
    assert (PRISONER_EXCHANGE, SKOS.inScheme, KG.DemandScheme) in declared
    assert (PRISONER_EXCHANGE, SKOS.broader, KG.ReleaseOfDetainees) in declared
    assert (
        iri.actor_iri("valley-hawks"),
        DCTERMS.source,
        URIRef(MILITIA.resolve().as_uri()),
    ) in declared
    assert validate(call_graph(PRISONER_EXCHANGE, *declared)).conforms
    report = validate(call_graph(PRISONER_EXCHANGE))  # not declared
    messages = {v.message for v in report.violations}
    assert "kg:demand must be a concept of kg:DemandScheme." in messages
    assert "kg:callsFor must point to a concept of kg:DemandScheme." in messages


# what travels: signature, pool, cluster ------------------------------------------------


def test_the_signature_holds_the_dictionaries(tmp_path: Path) -> None:
    copy = tmp_path / "militia.csv"
    shutil.copy(MILITIA, copy)
    plain = pipeline_signature("m")
    assert pipeline_signature("m", dictionaries=Dictionaries()) == plain
    mine = pipeline_signature("m", dictionaries=Dictionaries.read(actors=[copy]))
    assert mine != plain
    copy.write_text(MILITIA.read_text().replace("HVB", "VHB"))
    assert (
        pipeline_signature("m", dictionaries=Dictionaries.read(actors=[copy])) != mine
    )


def test_dictionaries_cross_process_boundaries_as_text() -> None:
    dictionaries = Dictionaries.read(actors=[MILITIA], demands=[DEMANDS])
    assert pickle.loads(pickle.dumps(dictionaries)) == dictionaries
    assert dictionaries.actors[0].text == MILITIA.read_text(encoding="utf-8")
    distributed = pytest.importorskip("kg.distributed")
    plugin = distributed.ReaderPlugin("m", strict=False, dictionaries=dictionaries)
    assert pickle.loads(pickle.dumps(plugin)).dictionaries == dictionaries


# kg actors ------------------------------------------------------------------------------


def test_kg_actors_finds_a_user_actor_with_its_source() -> None:
    result = CliRunner().invoke(
        app,
        ["actors", "--search", "wadi", "--actors", str(MILITIA), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {
            "id": "valley-hawks",
            "label": "Valley Hawks Brigade",
            "kind": "ArmedGroup",
            "aliases": ["HVB", "Saqr al-Wadi", "Valley Hawks"],
            "source": str(MILITIA.resolve()),
        }
    ]
    table = CliRunner().invoke(app, ["actors", "-s", "hawk", "--actors", str(MILITIA)])
    assert table.exit_code == 0, table.output
    assert "valley-hawks" in table.output and "1 actors" in table.output


def test_kg_actors_reads_the_environment_and_writes_csv_that_reads_back(
    tmp_path: Path,
) -> None:
    env = {"NEWSKG_ACTORS": os.pathsep.join([str(MILITIA), str(LIONS)])}
    result = CliRunner().invoke(app, ["actors", "-s", "r", "-f", "csv"], env=env)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    sources = {r["id"]: r["source"] for r in rows}
    assert sources["river-lions"] == str(LIONS.resolve())
    assert sources["russia"] == "built-in"
    # the listing is a dictionary itself (its source column is not read)
    listing = tmp_path / "listing.csv"
    listing.write_text(result.output, encoding="utf-8")
    assert {r.key for r in read_actor_rows(file_of(listing))} == set(sources)


def test_kg_actors_reports_a_conflict() -> None:
    result = CliRunner().invoke(
        app, ["actors", "--actors", str(MILITIA), "--actors", str(RIVAL)]
    )
    assert result.exit_code == 1
    assert f"{RIVAL.resolve()}: line 3" in result.output
    assert f"({MILITIA.resolve()}: line 3)" in result.output


# the pipeline and the builder --------------------------------------------------------


@pytest.mark.model
def test_the_entity_ruler_tags_user_actors() -> None:
    from kg.nlp import load_pipeline

    dictionaries = Dictionaries.read(actors=[MILITIA, LIONS])
    nlp = load_pipeline(dictionaries=dictionaries)
    assert nlp is load_pipeline(dictionaries=Dictionaries.read(actors=[MILITIA, LIONS]))
    assert nlp is not load_pipeline()
    doc = nlp("Saqr al-Wadi and the RLF met HVB and the Valley Hawks in Damascus.")
    tagged = {e.text: e.ent_id_ for e in doc.ents if e.ent_id_}
    assert tagged == {
        "Saqr al-Wadi": "valley-hawks",
        "RLF": "river-lions",
        "HVB": "valley-hawks",
        "Valley Hawks": "valley-hawks",
        "Damascus": "syria",
    }


def build_args(article: Path, out: Path, *dictionaries: str) -> list[str]:
    return [
        "build",
        str(article),
        "--out",
        str(out),
        "--no-html",
        "--workers",
        "1",
        *dictionaries,
    ]


@pytest.fixture(scope="module")
def hawks_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ARTICLE built with the militia, the relabelled Turkey and the demand."""
    folder = tmp_path_factory.mktemp("hawks")
    article = folder / "hawks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = folder / "out"
    args = [
        "--actors",
        str(MILITIA),
        "--actors",
        str(OVERRIDE),
        "--demands",
        str(DEMANDS),
    ]
    result = CliRunner().invoke(app, build_args(article, out, *args))
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.slow
@pytest.mark.model
def test_calls_by_actor_shows_the_militias_calls_for_the_new_demand(
    hawks_build: Path,
) -> None:
    result = CliRunner().invoke(
        app, ["query", "calls-by-actor", "--out", str(hawks_build), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    rows = {
        (r["actor"], r["demand"], r["sentence"])
        for r in csv.DictReader(io.StringIO(result.output))
    }
    for sentence in SENTENCES[:3]:
        assert ("Valley Hawks Brigade", "prisoner-exchange", sentence) in rows
    # the built-in actor under the label the dictionary gives it
    assert ("Türkiye", "prisoner-exchange", SENTENCES[3]) in rows
    assert (
        CliRunner().invoke(app, ["validate", "--out", str(hawks_build)]).exit_code == 0
    )


@pytest.mark.slow
@pytest.mark.model
def test_the_graph_says_where_dictionary_facts_come_from(hawks_build: Path) -> None:
    with KGStore.open_existing(hawks_build / "store") as store:
        g = store.to_rdflib()
        graphs = {
            q.graph_name.value
            for q in store.quads()
            if q.subject.value == str(PRISONER_EXCHANGE)
        }
    hawks = iri.actor_iri("valley-hawks")
    assert (hawks, DCTERMS.source, URIRef(MILITIA.resolve().as_uri())) in g
    assert (hawks, SKOS.altLabel, Literal("Saqr al-Wadi")) in g
    assert (hawks, KG.callsFor, PRISONER_EXCHANGE) in g
    assert (
        PRISONER_EXCHANGE,
        SKOS.prefLabel,
        Literal("prisoner exchange", lang="en"),
    ) in g
    assert (PRISONER_EXCHANGE, DCTERMS.source, URIRef(DEMANDS.resolve().as_uri())) in g
    turkey = iri.actor_iri("turkey")
    assert set(g.objects(turkey, RDFS.label)) == {Literal("Türkiye")}
    # in a named graph of its own, and exported
    assert graphs == {str(iri.DICTIONARY_GRAPH)}
    assert "prisoner-exchange" in (hawks_build / "graph.ttl").read_text(
        encoding="utf-8"
    )


@pytest.mark.slow
@pytest.mark.model
def test_a_changed_dictionary_makes_the_next_build_read_the_articles_again(
    tmp_path: Path,
) -> None:
    article = tmp_path / "hawks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    militia = tmp_path / "militia.csv"
    shutil.copy(MILITIA, militia)
    out = tmp_path / "out"
    args = build_args(article, out, "--actors", str(militia), "--demands", str(DEMANDS))

    def counts() -> dict[str, int]:
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
        return {k: report["counts"][k] for k in ("added", "replaced", "skipped")}

    assert counts() == {"added": 1, "replaced": 0, "skipped": 0}
    assert counts() == {"added": 0, "replaced": 0, "skipped": 1}
    militia.write_text(MILITIA.read_text().replace("HVB", "HVB|Hawks of the Valley"))
    assert counts() == {"added": 0, "replaced": 1, "skipped": 0}
    # without the dictionaries the graph of what they added is emptied
    plain = CliRunner().invoke(app, build_args(article, out))
    assert plain.exit_code == 0, plain.output
    with KGStore.open_existing(out / "store") as store:
        graphs = {q.graph_name.value for q in store.quads()}
    assert str(iri.DICTIONARY_GRAPH) not in graphs


def test_a_conflict_stops_the_build_before_it_reads(tmp_path: Path) -> None:
    article = tmp_path / "hawks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, build_args(article, out, "--actors", str(MILITIA), "--actors", str(RIVAL))
    )
    assert result.exit_code == 1
    assert f"{RIVAL.resolve()}: line 3: the name 'HVB'" in result.output
    assert f"({MILITIA.resolve()}: line 3)" in result.output
    assert not (out / "store").exists()
