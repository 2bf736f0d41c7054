"""Tests for kg.plots: the figures written beside the graph page.

The story of ``conftest.conflict_extraction`` is told twice: once as a dated
article with a URL (source ``example.org``), once as an undated article with
none, so the casualty figure has a date, the "undated" group and two sources.
The SVGs keep their text as ``<text>`` elements, so the tests read them.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import EVIL, conflict_extraction, evidence, store_of

from kg.model import Article, Event, EventKind, Extraction
from kg.plots import PLOT_TITLES, _date_axis, write_plots
from kg.store import KGStore

FILES = [
    "casualties-over-time.png",
    "casualties-over-time.svg",
    "calls-per-actor.png",
    "calls-per-actor.svg",
]


@pytest.fixture()
def two_articles() -> KGStore:
    """The conflict story as a dated, sourced article and as an undated one."""
    return store_of(conflict_extraction(hostile=True), conflict_extraction("005_y"))


def svg_text(path: Path) -> list[str]:
    """The text of an SVG, in document (drawing) order."""
    root = ET.parse(path).getroot()
    return [
        "".join(t.itertext()).strip()
        for t in root.iter("{http://www.w3.org/2000/svg}text")
    ]


def test_writes_png_and_svg_of_each_figure(
    two_articles: KGStore, tmp_path: Path
) -> None:
    paths = write_plots(two_articles, tmp_path / "out")
    assert [p.name for p in paths] == FILES
    assert {p.stem for p in paths} == set(PLOT_TITLES)
    for path in paths:
        assert path.parent == tmp_path / "out"
        if path.suffix == ".png":
            assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        else:
            ET.parse(path)  # well-formed XML, whatever the labels hold


def test_reruns_are_byte_identical(two_articles: KGStore, tmp_path: Path) -> None:
    first = write_plots(two_articles, tmp_path / "a")
    again = write_plots(
        store_of(conflict_extraction(hostile=True), conflict_extraction("005_y")),
        tmp_path / "b",
    )
    for one, two in zip(first, again, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name
    svg = first[1].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert b"Software" not in first[0].read_bytes()


def test_casualties_by_date_and_source_undated_last(
    two_articles: KGStore, tmp_path: Path
) -> None:
    svg = tmp_path / "casualties-over-time.svg"
    write_plots(two_articles, tmp_path)
    text = svg_text(svg)
    # the x axis: the article's date, then the undated group
    assert text.index("2020-02-28") < text.index("undated")
    assert "article date" in text
    # one legend entry per source: the URL's host, or none
    assert "example.org" in text and "(no URL)" in text
    assert {"people killed", "people wounded", "people displaced"} <= set(text)
    assert "no displaced reported" in text
    # counts are plain numbers (the hedged 33 and 12 are drawn as hollow points)
    assert "10" in text and "100" in text


def test_calls_per_actor_by_demand(two_articles: KGStore, tmp_path: Path) -> None:
    write_plots(two_articles, tmp_path)
    text = svg_text(tmp_path / "calls-per-actor.svg")
    assert "NATO" in text and "2 calls" in text
    assert {"Ceasefire", "HumanitarianAccess"} <= set(text)
    assert "Calls per actor, by demand" in text


def test_an_empty_graph_gets_figures_that_say_so(tmp_path: Path) -> None:
    paths = write_plots(KGStore(), tmp_path)
    assert [p.name for p in paths] == FILES
    assert "No casualty or displacement figures in the graph yet." in svg_text(paths[1])
    assert "No calls in the graph yet." in svg_text(paths[3])


def test_date_axis_puts_undated_articles_after_a_gap() -> None:
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=n) for n in (0, 100)]
    axis, gap = _date_axis([*days, None, days[0]])
    assert axis == {days[0]: 0.0, days[1]: 100.0, None: 116.0}
    assert gap == 8.0
    assert _date_axis(days) == ({days[0]: 0.0, days[1]: 100.0}, 8.0)


def test_markup_in_labels_stays_text(tmp_path: Path) -> None:
    # an actor named in HTML calls for a ceasefire: its label is XML-escaped
    # text in the SVG, never an element
    call = Event(
        EventKind.CALL,
        evidence("x", 0, "The Brigade called for a ceasefire."),
        agent=EVIL,
        demands=("Ceasefire",),
    )
    store = store_of(Extraction(Article("x", "t", "t"), (call,), (), (EVIL,)))
    write_plots(store, tmp_path)
    svg = (tmp_path / "calls-per-actor.svg").read_text(encoding="utf-8")
    assert re.search(r"<img\b", svg) is None
    assert "Brigade &lt;img src=x onerror=alert(1)&gt;" in svg
    assert EVIL.label in svg_text(tmp_path / "calls-per-actor.svg")
