"""The actor gazetteer: kg/data/actors.csv, its Turtle and its lookups."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pycountry
import pytest
from rdflib import RDF, RDFS, Graph, Literal

from kg.gazetteer import (
    Entry,
    Gazetteer,
    build_actors_ttl,
    build_entries,
    default_path,
    is_case_sensitive,
    load_gazetteer,
    normalize_name,
)
from kg.model import ActorKind
from kg.names import slugify
from kg.vocab import KG

# countries that are in the gazetteer without an ISO 3166-1 code
NON_ISO_COUNTRIES = {"kosovo"}


def _gaz() -> Gazetteer:
    return load_gazetteer()  # parsed once (lru_cache)


def test_the_table_is_the_built_in_gazetteer() -> None:
    assert default_path().name == "actors.csv"
    assert build_entries() == list(_gaz().entries.values())
    assert all(e.source is None for e in build_entries())


def test_turtle_is_deterministic() -> None:
    assert build_actors_ttl() == build_actors_ttl()


def test_turtle_parses_with_plain_literals() -> None:
    g = Graph().parse(data=build_actors_ttl(), format="turtle")
    actors = {s for s, o in g.subject_objects(RDF.type) if str(o).startswith(str(KG))}
    assert len(actors) == len(_gaz())
    for s in actors:
        assert len(list(g.objects(s, RDFS.label))) == 1, s
    for o in g.objects():
        if isinstance(o, Literal):
            assert o.language is None, o


def test_turtle_reads_back_as_the_same_entries(tmp_path: Path) -> None:
    path = tmp_path / "actors.ttl"
    path.write_text(build_actors_ttl(), encoding="utf-8")
    # Turtle has no place for the names a row lists as case-sensitive
    expected = {
        key: dataclasses.replace(
            e,
            case_sensitive_names=tuple(
                n for n in e.case_sensitive_names if is_case_sensitive(n)
            ),
        )
        for key, e in _gaz().entries.items()
    }
    assert dict(load_gazetteer(path).entries) == expected


def test_news_outlets_are_marked_in_the_table() -> None:
    news = _gaz().publishers.news
    assert {"reuters", "afp", "sana", "al-jazeera"} <= news
    assert all(_gaz().entries[key].kind is ActorKind.ORGANIZATION for key in news)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ankara", "turkey"),
        ("the Kremlin", "russia"),
        ("Kremlin", "russia"),
        ("Türkiye", "turkey"),
        ("Turkiye", "turkey"),
        ("Turkey", "turkey"),
        ("Assad regime", "syria"),
        ("Bashar al-Assad’s regime", "syria"),
        ("Syrian Arab Republic", "syria"),
        ("Damascus", "syria"),
        ("EU", "european-union"),
        ("European Commission", "european-union"),
        ("European leaders", "european-union"),
        ("Brussels", "european-union"),
        ("u.s.", "united-states"),
        ("U.S.", "united-states"),
        ("U.S", "united-states"),  # final period trimmed by the tokenizer
        ("US", "united-states"),
        ("the Pentagon", "united-states"),
        ("State Department", "united-states"),
        ("UK", "united-kingdom"),
        ("Downing Street", "united-kingdom"),
        ("UN", "united-nations"),
        ("U.N.", "united-nations"),
        ("Security Council", "un-security-council"),
        ("U.N. Security Council", "un-security-council"),
        ("UNSC", "un-security-council"),
        ("NATO", "nato"),
        ("North Atlantic Treaty Organization", "nato"),
        ("Daesh", "isil"),
        ("Da’esh", "isil"),
        ("ISIS", "isil"),
        ("IS", "isil"),
        ("HTS", "hayat-tahrir-al-sham"),
        ("Hizballah", "hezbollah"),
        ("Ansar Allah", "houthis"),
        ("Hashd al-Shaabi", "popular-mobilization-forces"),
        ("Syrian Coalition", "syrian-national-coalition"),
        ("Syria Civil Defence", "white-helmets"),
        ("WHO", "world-health-organization"),
        ("Agence France-Presse", "afp"),
        ("Kyiv", "ukraine"),
        ("Kiev", "ukraine"),
        ("DRC", "dr-congo"),
        ("Côte d'Ivoire", "ivory-coast"),
        ("Jens Stoltenberg", "jens-stoltenberg"),
        ("Mevlüt Çavuşoğlu", "mevlut-cavusoglu"),
        ("Cavusoglu", "mevlut-cavusoglu"),
        ("Abu Mohammad al-Julani", "ahmed-al-sharaa"),
        ("António Guterres", "antonio-guterres"),
        ("Lenarčič", "janez-lenarcic"),
    ],
)
def test_lookup(name: str, key: str) -> None:
    entry = _gaz().lookup(name)
    assert entry is not None, name
    assert entry.key == key


@pytest.mark.parametrize(
    "name",
    [
        "us",  # case-sensitive "US"
        "is",  # case-sensitive "IS"
        "un",
        "eu",
        "who",
        "Congo",  # DR Congo or the Republic of the Congo: ambiguous
        "Korea",
        "Red Crescent",
        "the alliance",
        "Observatory",
        "Syrian government forces",  # composed by the resolver, not listed
        "",
    ],
)
def test_lookup_misses(name: str) -> None:
    assert _gaz().lookup(name) is None


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("Turkish", "turkey"),
        ("Syrian", "syria"),
        ("American", "united-states"),
        ("U.S.", "united-states"),
        ("US", "united-states"),
        ("British", "united-kingdom"),
        ("Emirati", "united-arab-emirates"),
        ("Congolese", "dr-congo"),
        ("Houthi", "houthis"),
        ("EU", "european-union"),
    ],
)
def test_by_demonym(word: str, key: str) -> None:
    entry = _gaz().by_demonym(word)
    assert entry is not None, word
    assert entry.key == key


@pytest.mark.parametrize("word", ["us", "Kurdish", "Korean", "Arab", "Turkey"])
def test_by_demonym_misses(word: str) -> None:
    assert _gaz().by_demonym(word) is None


def test_stoltenberg_speaks_for_nato() -> None:
    entry = _gaz().lookup("Jens Stoltenberg")
    assert entry is not None
    assert entry.kind is ActorKind.PERSON
    assert entry.affiliated_with == "nato"
    assert entry.role == "Secretary General"


@pytest.mark.parametrize(
    ("key", "main", "others"),
    [
        ("donald-tusk", "european-union", {"poland"}),
        ("ahmed-al-sharaa", "syria", {"hayat-tahrir-al-sham"}),
        ("bashar-al-assad", "syria", set()),
    ],
)
def test_main_affiliation(key: str, main: str, others: set[str]) -> None:
    entry = _gaz().entries[key]
    assert entry.affiliated_with == main
    assert set(entry.affiliations) == {main, *others}


def test_no_name_maps_to_two_entries() -> None:
    owner: dict[str, str] = {}
    for name, entry in _gaz().surface_forms():
        key = normalize_name(name)
        assert owner.setdefault(key, entry.key) == entry.key, (name, entry.key)
        found = _gaz().lookup(name)
        assert found is not None and found.key == entry.key, name


def test_no_demonym_maps_to_two_entries() -> None:
    owner: dict[str, str] = {}
    for entry in _gaz().entries.values():
        for word in entry.demonyms:
            key = normalize_name(word)
            assert owner.setdefault(key, entry.key) == entry.key, (word, entry.key)
            found = _gaz().by_demonym(word)
            assert found is not None and found.key == entry.key, word


def test_gazetteer_rejects_a_name_claimed_twice() -> None:
    a = Entry("a", "Georgia", ActorKind.COUNTRY)
    b = Entry("b", "State of Georgia", ActorKind.ACTOR, names=("georgia",))
    with pytest.raises(ValueError, match="georgia"):
        Gazetteer([a, b])


def test_gazetteer_rejects_an_unknown_affiliation() -> None:
    p = Entry("p", "Someone", ActorKind.PERSON, affiliations=("nowhere",))
    with pytest.raises(ValueError, match="nowhere"):
        Gazetteer([p])


def test_case_sensitive_names_are_one_token() -> None:
    # the entity ruler matches them as single ORTH tokens
    for entry in _gaz().entries.values():
        for name in entry.case_sensitive_names:
            assert " " not in name, (entry.key, name)


def test_every_pycountry_country_is_a_country_with_iso_codes() -> None:
    by_code = {
        dict(e.identifiers).get("iso3166Alpha2"): e
        for e in _gaz().entries.values()
        if e.kind is ActorKind.COUNTRY
    }
    for c in pycountry.countries:
        entry = by_code.get(c.alpha_2)
        assert entry is not None, c.alpha_2
        ids = dict(entry.identifiers)
        assert ids["iso3166Alpha3"] == c.alpha_3
        assert ids["geonamesId"].isdigit(), c.alpha_2


def test_every_country_has_iso_codes_unless_listed() -> None:
    without = {
        e.key
        for e in _gaz().entries.values()
        if e.kind is ActorKind.COUNTRY
        and not {"iso3166Alpha2", "iso3166Alpha3"} <= dict(e.identifiers).keys()
    }
    assert without == NON_ISO_COUNTRIES


def test_persons_are_affiliated_with_known_actors() -> None:
    entries = _gaz().entries
    for e in entries.values():
        if e.kind is ActorKind.PERSON:
            assert e.affiliated_with is not None, e.key
            assert e.role, e.key
            assert e.affiliated_with == e.affiliations[0]
        for key in e.affiliations:
            assert key in entries, (e.key, key)
            assert entries[key].kind is not ActorKind.PERSON, (e.key, key)


def test_keys_are_slugs() -> None:
    for key in _gaz().entries:
        assert key.isascii() and slugify(key) == key, key


def test_identifiers_are_well_formed() -> None:
    patterns = {
        "iso3166Alpha2": r"[A-Z]{2}",
        "iso3166Alpha3": r"[A-Z]{3}",
        "geonamesId": r"[1-9][0-9]*",
        "wikidata": r"http://www\.wikidata\.org/entity/Q[1-9][0-9]*",
    }
    seen: dict[tuple[str, str], str] = {}
    for e in _gaz().entries.values():
        for prop, value in e.identifiers:
            assert re.fullmatch(patterns[prop], value), (e.key, prop, value)
            assert seen.setdefault((prop, value), e.key) == e.key, (prop, value)


@pytest.mark.parametrize(
    ("kind", "at_least"),
    [
        (ActorKind.COUNTRY, 249),
        (ActorKind.ORGANIZATION, 100),
        (ActorKind.ARMED_GROUP, 60),
        (ActorKind.PERSON, 300),
    ],
)
def test_breadth(kind: ActorKind, at_least: int) -> None:
    assert sum(e.kind is kind for e in _gaz().entries.values()) >= at_least


def test_load_gazetteer_is_cached_per_path(tmp_path: Path) -> None:
    assert load_gazetteer() is load_gazetteer(default_path())
    assert load_gazetteer() is load_gazetteer(dictionaries=None)
    copy = tmp_path / "actors.ttl"
    copy.write_text(build_actors_ttl(), encoding="utf-8")
    assert load_gazetteer(copy) is load_gazetteer(copy)
    assert len(load_gazetteer(copy)) == len(_gaz())


# publishers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "url", "expected"),
    [
        ("UK Foreign, Commonwealth & Development Office", None, "united-kingdom"),
        ("US Mission to the United Nations", None, "united-states"),
        ("German Federal Foreign Office", None, "germany"),
        ("European External Action Service", None, "european-union"),
        (None, "https://so.usembassy.gov/statement", "united-states"),
        (None, "https://www.nato.int/cps/en/natohq/news.htm", "nato"),
        ("Voice of America", None, "news"),
        (
            "Reuters",
            "https://www.state.gov/x",
            "news",
        ),  # the name wins over a copy's host
        (None, "https://en.wikinews.org/wiki/x", "news"),
        ("Some Blog", "https://example.org/x", None),
    ],
)
def test_who_authors_a_record_from_its_publisher(
    gazetteer,
    name: str | None,
    url: str | None,
    expected: str | None,  # noqa: ANN001
) -> None:
    found = gazetteer.publisher(name, url)
    assert (getattr(found, "key", found)) == expected
