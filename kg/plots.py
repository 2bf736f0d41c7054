"""Figures beside the graph page: casualty figures over time, calls per actor.

:func:`write_plots` draws two figures with matplotlib's Agg renderer, each as
PNG and SVG:

* ``casualties-over-time``: one panel per casualty type (killed, wounded,
  displaced); every point is one count as one article reports it, placed at
  the article's date and coloured by source (the host of the article's URL),
  filled when the count is exact and hollow when hedged ("at least",
  "about" ...), with a line up to the upper bound of a vague amount
  ("dozens").  Articles without a date are drawn together at the right end,
  after a dashed line, under "undated".
* ``calls-per-actor``: for the actors that made the most calls, how many
  calls named each demand.

The files are deterministic: a fixed font (DejaVu Sans, shipped with
matplotlib), size and resolution, no creation date or software version in the
metadata, and a fixed ``svg.hashsalt`` for the SVG's element ids, so a re-run
on the same graph writes byte-identical files.  Nothing here touches pyplot's
global state.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from kg.analytics import NO_SOURCE, EventFacts, GraphFacts, read_facts
from kg.model import EventKind
from kg.store import KGStore

__all__ = ["PLOT_TITLES", "write_plots"]

#: file stem -> the title the page links it under
PLOT_TITLES: Mapping[str, str] = {
    "casualties-over-time": "Casualty and displacement figures by article date",
    "calls-per-actor": "Calls per actor",
}
#: actors in the calls figure
TOP_CALLERS = 20
#: demands with a colour of their own in the calls figure; the rest are "other"
TOP_DEMANDS = 8

_RC: dict[str, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "svg.fonttype": "none",  # text stays text: searchable, and smaller
    "svg.hashsalt": "newskg",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "figure.dpi": 100,
    "savefig.dpi": 100,
}
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
}
# Okabe-Ito, then greys: distinguishable with colour-vision deficiencies
_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
    "#999999",
    "#666666",
)
_TYPES = (("Killed", "killed"), ("Wounded", "wounded"), ("Displaced", "displaced"))


@contextmanager
def _style() -> Iterator[None]:
    import matplotlib

    with matplotlib.rc_context(cast(Any, _RC)):
        yield


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _save(fig: Any, folder: Path, stem: str) -> list[Path]:
    paths = []
    for fmt in ("png", "svg"):
        path = folder / f"{stem}.{fmt}"
        fig.savefig(path, format=fmt, metadata=_METADATA[fmt])
        paths.append(path)
    return paths


def _empty(fig: Any, text: str) -> None:
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes)


def _date(value: str | None) -> dt.date | None:
    """An ISO date, or ``None``.

    >>> _date("2020-02-28"), _date(None), _date("28 Feb")
    (datetime.date(2020, 2, 28), None, None)
    """
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _date_axis(
    dates: Iterable[dt.date | None],
) -> tuple[dict[dt.date | None, float], float]:
    """Where each date goes on the x axis, and the gap before "undated".

    Dates sit at their distance in days from the first; articles without a
    date go together at the right end, two gaps after the last date.

    >>> axis, gap = _date_axis([dt.date(2020, 2, 28), None, dt.date(2020, 2, 6)])
    >>> axis[dt.date(2020, 2, 6)], axis[dt.date(2020, 2, 28)], axis[None], gap
    (0.0, 22.0, 26.0, 2.0)
    >>> _date_axis([None])
    ({None: 0.0}, 2.0)
    """
    found = set(dates)
    known = sorted(d for d in found if d is not None)
    first = known[0].toordinal() if known else 0
    axis: dict[dt.date | None, float] = {d: float(d.toordinal() - first) for d in known}
    span = axis[known[-1]] if known else 0.0
    gap = max(2.0, span * 0.08)
    if None in found:
        axis[None] = span + 2 * gap if known else 0.0
    return axis, gap


def _source(ev: EventFacts, facts: GraphFacts) -> str:
    article = facts.articles.get(ev.article_id or "")
    return (article.source if article else None) or NO_SOURCE


def _casualties(fig: Any, facts: GraphFacts) -> None:
    points = []  # (type, date or None, source, count, maximum, exact)
    for ev in facts.events:
        if ev.kind not in (EventKind.ATTACK.value, EventKind.DISPLACEMENT.value):
            continue
        for c in ev.casualties:
            if c.count is None:
                continue
            exact = c.qualifier in (None, "Exactly") and c.maximum is None
            when = _date(ev.date)
            points.append((c.type, when, _source(ev, facts), c.count, c.maximum, exact))
    if not points:
        _empty(fig, "No casualty or displacement figures in the graph yet.")
        return

    from matplotlib.lines import Line2D
    from matplotlib.ticker import NullFormatter, StrMethodFormatter

    axis, gap = _date_axis(p[1] for p in points)
    dates = sorted(d for d in axis if d is not None)
    span = axis[dates[-1]] if dates else 0.0
    undated_x = axis.get(None, span + 2 * gap)
    sources = sorted({p[2] for p in points})
    colour = {s: _COLOURS[i % len(_COLOURS)] for i, s in enumerate(sources)}
    # sources side by side within a date, so they do not hide each other
    step = max(0.15, span / 150)

    axes = fig.subplots(len(_TYPES), 1, sharex=True)
    for ax, (kind, words) in zip(axes, _TYPES, strict=True):
        mine = [p for p in points if p[0] == kind]
        ax.set_ylabel(f"people {words}")
        ax.set_yscale("symlog", linthresh=10)
        # plain numbers: the default labels go through mathtext, whose parser
        # leaves reference cycles (and a slower figure) behind
        ax.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        if not mine:
            ax.text(
                0.5,
                0.5,
                f"no {words} reported",
                ha="center",
                va="center",
                transform=ax.transAxes,
                color="#777777",
            )
        for _, when, source, count, maximum, exact in sorted(
            mine, key=lambda p: (p[1] or dt.date.max, p[2], p[3], p[4] or 0)
        ):
            base = axis[when]
            x = base + (sources.index(source) - (len(sources) - 1) / 2) * step
            hue = colour[source]
            if maximum is not None and maximum > count:
                ax.vlines(x, count, maximum, colors=hue, linewidth=1.2)
            ax.plot(
                [x],
                [count],
                marker="o",
                markersize=6,
                linestyle="none",
                color=hue,
                markerfacecolor=hue if exact else "white",
                markeredgewidth=1.4,
            )
        if dates:
            ax.axvline(span + gap, color="#999999", linestyle="--", linewidth=0.8)
        ax.set_ylim(bottom=0)
    ticks = (
        dates
        if len(dates) <= 8
        else [dates[round(i * (len(dates) - 1) / 7)] for i in range(8)]
    )
    positions = [axis[d] for d in ticks]
    labels = [d.isoformat() for d in ticks]
    if any(p[1] is None for p in points):
        positions.append(undated_x)
        labels.append("undated")
    ax = axes[-1]
    ax.set_xticks(positions, labels, rotation=30, ha="right")
    ax.set_xlim(-gap, undated_x + gap)
    ax.set_xlabel("article date")
    handles = [
        Line2D([], [], marker="o", linestyle="none", color=colour[s], label=s)
        for s in sources
    ]
    handles += [
        Line2D(
            [], [], marker="o", linestyle="none", color="#444444", label="exact count"
        ),
        Line2D(
            [],
            [],
            marker="o",
            linestyle="none",
            color="#444444",
            markerfacecolor="white",
            label="hedged (at least, about…)",
        ),
        Line2D([], [], color="#444444", label="range of a vague amount"),
    ]
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncols=min(4, len(handles)),
        title="source (the host of the article's URL) and kind of count",
        frameon=False,
    )
    fig.suptitle(
        "Casualty and displacement figures, by article date and source\n"
        "(one point per count as an article reports it; "
        "not a toll: one attack in three articles is three points)",
        fontsize=9,
    )


def _calls(fig: Any, facts: GraphFacts) -> None:
    per_actor: dict[str, Counter[str]] = defaultdict(Counter)
    calls: Counter[str] = Counter()
    for ev in facts.events:
        if ev.kind != EventKind.CALL.value:
            continue
        demands = [facts.node(d).label for d in ev.role("demand")] or ["(none named)"]
        for agent in ev.role("agent"):
            calls[agent] += 1
            for demand in demands:
                per_actor[agent][demand] += 1
    if not calls:
        _empty(fig, "No calls in the graph yet.")
        return

    from matplotlib.ticker import MaxNLocator

    label = {a: facts.node(a).label for a in calls}
    actors = sorted(calls, key=lambda a: (-calls[a], label[a].casefold(), a))
    actors = actors[:TOP_CALLERS]
    totals: Counter[str] = Counter()
    for a in actors:
        totals.update(per_actor[a])
    named = sorted(totals, key=lambda d: (-totals[d], d.casefold()))
    shown = named[:TOP_DEMANDS]
    other = "other demands"
    if len(named) > len(shown):
        shown.append(other)

    ax = fig.add_subplot()
    rows = list(range(len(actors)))[::-1]  # the most calls at the top
    left = [0.0] * len(actors)
    for i, demand in enumerate(shown):
        widths = [
            float(
                sum(n for d, n in per_actor[a].items() if d not in shown)
                if demand == other
                else per_actor[a][demand]
            )
            for a in actors
        ]
        ax.barh(
            rows,
            widths,
            left=left,
            color=_COLOURS[i % len(_COLOURS)],
            label=demand,
            height=0.7,
        )
        left = [x + w for x, w in zip(left, widths, strict=True)]
    for y, a in zip(rows, actors, strict=True):
        ax.text(
            left[actors.index(a)] + 0.1,
            y,
            f"{calls[a]:,} call" + ("" if calls[a] == 1 else "s"),
            va="center",
            fontsize=8,
            color="#333333",
        )
    ax.set_yticks(rows, [label[a] for a in actors])
    ax.set_xlabel(
        "demands named in calls (a call naming two demands counts under each)"
    )
    ax.set_xlim(0, max(left) * 1.15 + 1)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(title="demand", loc="lower right", frameon=False)
    more = f" (top {TOP_CALLERS} of {len(calls):,})" if len(calls) > len(actors) else ""
    ax.set_title(f"Calls per actor, by demand{more}")


def write_plots(
    store: KGStore, out_dir: Path, *, facts: GraphFacts | None = None
) -> list[Path]:
    """Write the figures as PNG and SVG into ``out_dir``.

    Args:
        store: the store to draw from.
        out_dir: the folder to write into (created); the graph page links the
            files by name, so they belong beside it.
        facts: the store's facts, when the caller has read them already.

    Returns:
        The files written: ``casualties-over-time.png`` and ``.svg``, then
        ``calls-per-actor.png`` and ``.svg``.
    """
    facts = facts if facts is not None else read_facts(store)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with _style():
        fig = _figure(9.0, 7.0)
        _casualties(fig, facts)
        written += _save(fig, out_dir, "casualties-over-time")
        callers = len(
            {
                a
                for ev in facts.events
                if ev.kind == EventKind.CALL.value
                for a in ev.role("agent")
            }
        )
        fig = _figure(8.0, 1.6 + 0.32 * min(max(callers, 3), TOP_CALLERS))
        _calls(fig, facts)
        written += _save(fig, out_dir, "calls-per-actor")
    return written
