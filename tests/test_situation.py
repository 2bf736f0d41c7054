"""When events happened, who reports them, and where: dates, sources and places."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.timex import resolve_dates
from kg.places import lookup_place

PUBLISHED = dt.date(2020, 2, 28)  # a Friday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("on Wednesday", PUBLISHED, [("2020-02-26", "relative-to-article")]),
        ("on Friday", PUBLISHED, [("2020-02-28", "relative-to-article")]),
        ("yesterday", PUBLISHED, [("2020-02-27", "relative-to-article")]),
        ("late last night", PUBLISHED, [("2020-02-27", "relative-to-article")]),
        ("on Feb. 27", PUBLISHED, [("2020-02-27", "year-from-article")]),
        ("on 27 February", PUBLISHED, [("2020-02-27", "year-from-article")]),
        # a day after publication is last year's
        (
            "the ceasefire agreement of March 5",
            PUBLISHED,
            [("2019-03-05", "year-from-article")],
        ),
        ("last September", PUBLISHED, [("2019-09-01", "relative-to-article")]),
        ("last January", PUBLISHED, [("2020-01-01", "relative-to-article")]),
        ("since September 17, 2018", None, [("2018-09-17", "absolute")]),
        ("on 2022-03-12", None, [("2022-03-12", "absolute")]),
        ("on 12 March 2022", PUBLISHED, [("2022-03-12", "absolute")]),
        # without a publication date only absolute dates are kept
        ("on Wednesday, Feb. 26", None, []),
        ("on Feb. 30", PUBLISHED, []),
        ("the 33 soldiers", PUBLISHED, []),
        ("may be", PUBLISHED, []),
    ],
)
def test_dates_resolve_against_the_publication_date(text, published, expected) -> None:
    got = [(m.value.isoformat(), m.method) for m in resolve_dates(text, published)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("since December", PUBLISHED, "2019-12-01", "2020-02-28"),
        ("since January", PUBLISHED, "2020-01-01", "2020-02-28"),
        ("since 2011", PUBLISHED, "2011-01-01", "2020-02-28"),
        ("since 2011", None, "2011-01-01", None),
        ("in the past three weeks", PUBLISHED, "2020-02-07", "2020-02-28"),
        ("over the last 10 days", PUBLISHED, "2020-02-18", "2020-02-28"),
    ],
)
def test_intervals_run_to_the_publication_date(text, published, start, end) -> None:
    (found,) = resolve_dates(text, published)
    assert found.value.isoformat() == start
    assert (found.end.isoformat() if found.end else None) == end


def test_dates_keep_their_words_and_order() -> None:
    found = resolve_dates("On Wednesday, a day after the Feb. 25 talks", PUBLISHED)
    assert [m.text for m in found] == ["Wednesday", "Feb. 25"]


@pytest.mark.parametrize(
    ("name", "geonames_id"),
    [("Idlib", 169389), ("Kabul", 1138958), ("Aleppo", 170063), ("Mali", 2453866)],
)
def test_places_link_to_geonames(name: str, geonames_id: int) -> None:
    info = lookup_place(name)
    assert info is not None and info.geonames_id == geonames_id


@pytest.mark.parametrize("name", ["Rafah", "Idlib province", "Atmeh", "Nowhere Town"])
def test_ambiguous_or_unknown_places_stay_unlinked(name: str) -> None:
    assert lookup_place(name) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "At least 12 people were killed, according to the Syrian Observatory for "
            "Human Rights.",
            {"Syrian Observatory for Human Rights"},
        ),
        ("Reuters reported that 20 civilians were killed in the strike.", {"Reuters"}),
        ("The strike killed 9 people, the health ministry said.", {"health ministry"}),
        ("Shelling killed 7 civilians, Ukraine's military said.", {"Ukraine"}),
    ],
)
def test_sources_of_casualty_facts(read, text: str, sources: set[str]) -> None:
    events = [e for e in read(text).events if e.casualties]
    assert events
    assert {s.label for e in events for s in e.reported_by} == sources


@pytest.mark.model
def test_event_dated_from_article_date(nlp, gazetteer) -> None:
    from conftest import make_article

    from kg.extract import extract

    article = make_article(
        "An airstrike killed 14 people in Idlib on Wednesday.", date=PUBLISHED
    )
    (event,) = [e for e in extract(nlp(article.doc_text), article, gazetteer).events]
    assert event.date == dt.date(2020, 2, 26)
    assert (event.date_text, event.date_method) == ("Wednesday", "relative-to-article")
    assert event.place == "Idlib"
