"""The ``actorgraph`` command: thin click wrappers over :mod:`actorgraph.api`.

Library errors become one line naming the input and the problem (a
traceback only with ``--debug``); any failed input makes the exit status 1
while the other inputs are still processed.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from .errors import ActorGraphError, FilterError, RecordError
from .export import EXPORTERS
from .readers import FORMATS
from .settings import ACCURATE_LAYER, LAYERS, Settings
from .store.query import MAX_EDGES, MAX_NODES
from .terminal import SafeWriter, clean, escape_json, json_text, safe_table

FORMATS_HELP = f"{', '.join(FORMATS)} (default: detected)"


class _State:
    def __init__(self, debug: bool) -> None:
        self.debug = debug
        self.failed = 0
        self.skipped = 0

    def error(self, exc: BaseException) -> None:
        if isinstance(exc, RecordError):
            self.skipped += 1
        else:
            self.failed += 1
        click.secho(f"error: {clean(str(exc))}", fg="red", err=True)


class _Failed(click.ClickException):
    """A library error as one ``error: ...`` line, like the per-input lines."""

    def show(self, file: Any = None) -> None:
        click.secho(f"error: {clean(self.format_message())}", fg="red", err=True)


class _BadFilter(_Failed):
    """A filter naming nothing known: a usage error, exit status 2."""

    exit_code = 2


def _run(ctx: click.Context, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Call library code, turning its errors into one line and exit status 1."""
    state: _State = ctx.obj
    try:
        return fn(*args, **kwargs)
    except ActorGraphError as exc:
        if state.debug:
            raise
        if isinstance(exc, FilterError):
            raise _BadFilter(str(exc)) from None
        raise _Failed(str(exc)) from None


def _finish(ctx: click.Context) -> None:
    state: _State = ctx.obj
    if state.skipped:
        click.secho(f"{state.skipped} bad record(s) skipped, the others read (--strict refuses "
                    "such files whole)", fg="red", err=True)
    if state.failed:
        click.secho(f"{state.failed} input(s) failed", fg="red", err=True)
    if state.failed or state.skipped:
        ctx.exit(1)


@contextmanager
def _progress(label: str, enabled: bool) -> Iterator[Any]:
    """A rich progress bar on a terminal; nothing when output is piped."""
    if not enabled or not sys.stderr.isatty():
        yield lambda *a, **k: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.fields[n]}"),
                  TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task(label, n="")
        count = 0

        def step(doc: Any = None) -> None:
            nonlocal count
            count += 1
            bar.update(task, n=f"{count} document(s)")

        yield step


_SETS = "actorgraph.sets"


def _settings(ctx: click.Context | None = None, **overrides: Any) -> Settings:
    """The settings of this command: its options, then ``--set``, then ``ACTORGRAPH_*``."""
    sets = ctx.meta.get(_SETS, ()) if ctx is not None else ()
    return Settings.load(overrides, sets)


def _remember_sets(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> None:
    ctx.meta[_SETS] = (*ctx.meta.get(_SETS, ()), *value)


#: ``--set NAME=VALUE``, added to every command (see the end of this module).
set_option = click.Option(
    ["--set", "sets"], multiple=True, metavar="NAME=VALUE", expose_value=False, is_eager=True,
    callback=_remember_sets,
    help="Set any setting (see `actorgraph settings`); also ACTORGRAPH_NAME=VALUE.",
)


def _db(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    """``--db``, else the ``db`` setting (``--set db=...``, ``ACTORGRAPH_DB``)."""
    if value is not None:
        return value
    return str(_run(ctx, _settings, ctx).db)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="actorgraph")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn political narrative text into a sourced graph of actors and events.

    \b
    Example:
      actorgraph code thread.txt --format table
    """
    ctx.obj = _State(debug)


model_option = click.option("--model", default=None, help="Installed spaCy pipeline to use.")
published_option = click.option(
    "--published", "published", multiple=True, metavar="[FILE=]DATE",
    help="Publication date: FILE=DATE for one file (repeatable), DATE for every file "
         "WITHOUT a date of its own (a Date:/Published: line, a thread header's date, feed "
         "or archive metadata). Absolute dates only (2020-12-30); relative dates in the "
         "text resolve against it.",
)


def _published(ctx: click.Context, values: tuple[str, ...]) -> tuple[str | None, list[str]]:
    """``--published`` values: (the default date, every value), each date checked."""
    from .readers.published import PublishedDates

    dates = _run(ctx, PublishedDates.parse, values)
    return dates.default, list(values)
actors_option = click.option(
    "--actors", "actors_file", default=None, type=click.Path(dir_okay=False),
    help="YAML actor dictionary merged over the built-in one.",
)
strict_option = click.option(
    "--strict", is_flag=True,
    help="Refuse a whole file for one bad record (a JSONL line, a feed item, a message) "
         "instead of skipping the record and reading the rest.",
)
db_option = click.option("--db", default=None, callback=_db,
                         help="SQLite store (default: the db setting, actorgraph.db).")
lexicon_option = click.option(
    "--lexicon", "lexicon_file", default=None, type=click.Path(dir_okay=False),
    help="YAML PLOVER predicates (and cues) merged over the built-in lexicon.",
)
def layer_option(f: Any) -> Any:
    """``--accurate`` and ``--layer``: both set the ``layer`` argument of the command."""

    @functools.wraps(f)
    def command(*args: Any, accurate: bool, **kwargs: Any) -> Any:
        if accurate and kwargs.get("layer") is None:
            kwargs["layer"] = ACCURATE_LAYER
        return f(*args, **kwargs)

    command = click.option(
        "--layer", type=click.Choice(LAYERS), default=None,
        help="Event proposers: rules (the lexicon, the default), model (the trained linear "
             "layer), both, neural (the fine-tuned transformer, needs actorgraph[neural]) or "
             "rules+neural (docs/EVENT_MODEL.md; the same as --set layer=...).",
    )(command)
    return click.option(
        "--accurate", is_flag=True, default=False,
        help=f"Code with the trained event layer beside the lexicon: more events found, "
             f"slower (docs/EVENT_MODEL.md; the same as --layer {ACCURATE_LAYER}).",
    )(command)
min_confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=None,
    help="Drop events coded with less confidence than this (default 0).",
)


#: What the flags of an event mean, for every command's --help (and the web UI's legend).
FLAGS_HELP = (
    "Flags: negated (the text says it did not happen: 'did not strike'), denied (the text "
    "reports a denial: 'X denied striking'; a claim with stance 'denies'), intended, "
    "hypothetical, future (not, or not yet, happened), reported (said by another source), "
    "disputed (some source denies it). Listings and counts hide negated, denied, intended, "
    "hypothetical and future events unless --all; stance is whether a claim asserts or "
    "denies its event."
)
_all_option = click.option(
    "--all", "show_all", is_flag=True,
    help="Also list flagged events (negated, denied, intended, hypothetical, future), each "
         "with its flags; without it they are hidden.",
)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "out_format", type=click.Choice(["jsonl", "table", "plover"]),
              default="jsonl", show_default=True, help="Output format.")
@click.option("--input-format", default=None, help=f"Input format: {FORMATS_HELP}.")
@strict_option
@published_option
@_all_option
@click.option("--relations", "with_relations", is_flag=True,
              help='JSONL: also print the standing relations, as records with'
                   ' "record": "relation".')
@model_option
@actors_option
@lexicon_option
@min_confidence_option
@layer_option
@click.pass_context
def code(ctx: click.Context, paths: tuple[str, ...], out_format: str, input_format: str | None,
         strict: bool, published: tuple[str, ...], show_all: bool, with_relations: bool,
         model: str | None, actors_file: str | None, lexicon_file: str | None,
         min_confidence: float | None, layer: str | None) -> None:
    """Code files into events without a database; one event per line.

    {flags}

    \b
    Example:
      actorgraph code thread.txt > events.jsonl
      actorgraph code thread.txt --format table --published thread.txt=2021-01-02
      actorgraph code thread.txt --relations | grep '"record": "relation"'
    """
    from . import api
    from .export import event_to_json, event_to_plover, relation_to_json

    default, dates = _published(ctx, published)
    settings = _run(ctx, _settings, ctx, model=model, actors=actors_file, lexicon=lexicon_file,
                    published=default, min_confidence=min_confidence, layer=layer)
    state: _State = ctx.obj
    docs = api.iter_documents(paths, input_format, state.error, dates, strict)
    rows: list[tuple[Any, Any]] = []
    out = sys.stdout
    with _progress("coding", out_format == "table") as step:
        # Each document's events are printed as soon as it is coded, in input order; nothing
        # is held but the table's rows.
        for coded in _stream(ctx, api.code(_tap(docs, step), settings)):
            for event in coded.events:
                if not show_all and not event.happened and out_format != "table":
                    continue  # the table counts what it hides
                if out_format == "jsonl":
                    out.write(json_text(event_to_json(event, coded.actors)) + "\n")
                elif out_format == "plover":
                    record = event_to_plover(event, coded.actors, coded.document.published)
                    out.write(json_text(record) + "\n")
                else:
                    rows.append((event, coded.actors))
            if with_relations and out_format == "jsonl":
                for relation in coded.relations:
                    out.write(json_text(relation_to_json(relation, coded.actors)) + "\n")
            if out_format != "table":
                out.flush()
    if out_format == "table":
        _print_table(rows, show_all)
    _finish(ctx)


def _stream(ctx: click.Context, items: Iterable[Any]) -> Iterator[Any]:
    """``items`` one by one, a library error while producing them becoming one line."""
    iterator = iter(items)
    while True:
        try:
            item = _run(ctx, next, iterator, None)
        except StopIteration:  # pragma: no cover - next() with a default never raises it
            return
        if item is None:
            return
        yield item


def _tap(items: Iterable[Any], step: Any) -> Iterator[Any]:
    for item in items:
        step(item)
        yield item


def _print_table(rows: list[tuple[Any, Any]], show_all: bool = True) -> None:
    from rich.console import Console

    table = safe_table(show_lines=False, title="events")
    for col in ("date", "type", "source", "target", "where", "says", "flags", "post"):
        table.add_column(col, overflow="fold")
    shown = 0
    for event, actors in rows:
        if not show_all and not event.happened:
            continue
        get = actors.get if isinstance(actors, dict) else actors

        def name(actor_id: str | None, text: str | None, get: Any = get) -> str:
            actor = get(actor_id) if actor_id else None
            return actor.name if actor else (f"({text})" if text else "")

        flags = [event.modality] if event.modality != "asserted" else []
        flags += ["negated"] if event.negated else []
        flags += ["disputed"] if event.disputed else []
        flags += ["reviewed"] if event.reviewed else []
        date = (event.date or "") + (f"..{event.end_date}" if event.end_date else "")
        if event.date_basis and event.date_basis != "text":
            date += f" ({event.date_basis})"
        mode = f"/{event.mode}" if event.mode else ""
        table.add_row(
            date, event.type + mode, name(event.source, event.source_text),
            name(event.target, event.target_text),
            event.location.name if event.location else "",
            name(event.asserted_by, event.asserted_by_text), ", ".join(flags),
            f"{event.evidence.doc}#{event.evidence.post}",
        )
        shown += 1
    console = Console(width=max(Console().width, 140) if sys.stdout.isatty() else 160)
    console.print(table)
    hidden = len(rows) - shown
    console.print(f"{shown} event(s)" + (f", {hidden} flagged event(s) hidden (--all shows them)"
                                          if hidden else ""))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--format", "input_format", default=None, help=f"Input format: {FORMATS_HELP}.")
@strict_option
@published_option
@click.option("--force", is_flag=True,
              help="Re-code and re-store documents even when their text and metadata are "
                   "stored already.")
@model_option
@actors_option
@lexicon_option
@min_confidence_option
@layer_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str, input_format: str | None,
           strict: bool, published: tuple[str, ...], force: bool, model: str | None,
           actors_file: str | None,
           lexicon_file: str | None, min_confidence: float | None, layer: str | None) -> None:
    """Code files and store them in the SQLite store (idempotent).

    A document already stored with the same text and metadata (publication date,
    author) is skipped; a new date or author re-codes it. Ends with a warning naming
    the documents that had no publication date: their relative dates ("yesterday")
    stayed undated; give them one with --published FILE=DATE.

    \b
    Example:
      actorgraph ingest threads/ --db iraq.db
      actorgraph ingest thread.txt other.txt --published thread.txt=2020-12-30
    """
    from . import api

    default, dates = _published(ctx, published)
    settings = _run(ctx, _settings, ctx, model=model, actors=actors_file, lexicon=lexicon_file,
                    published=default, db=db, min_confidence=min_confidence, layer=layer)
    state: _State = ctx.obj
    with _run(ctx, api.open, db, settings) as graph, _progress("ingesting", True) as step:
        report = _run(ctx, graph.ingest, paths, input_format, state.error, step, dates, force,
                      strict)
        counts = graph.store.counts()
    click.echo(
        f"stored {report.stored} document(s) ({report.events} events), "
        f"{report.unchanged} unchanged; {db} holds {counts['documents']} documents, "
        f"{counts['events']} events ({counts['merged_events']} merged), "
        f"{counts['actors']} actors",
        err=True,
    )
    if report.undated:
        names = sorted(dict.fromkeys(report.undated))
        shown = ", ".join(names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10
                                         else "")
        click.secho(f"warning: {len(names)} document(s) had no publication date, so their "
                    f"relative dates stayed undated: {clean(shown)} (give one with "
                    "--published FILE=DATE)", fg="yellow", err=True)
    _finish(ctx)


_ACTOR_HELP = ("an actor id, name or alias (see `actorgraph actors --db`), or a prefix of any "
               "of them ending in * (Iran*); its members and sub-units count too unless --exact")

def _filters(f: Any = None, *, skip: tuple[str, ...] = ()) -> Any:
    """The event filter options; ``@_filters`` or ``@_filters(skip=("actor",))``.

    Every value is checked (an unknown type, mode, modality or actor, or an unreal date is
    one error line naming the closest known values, exit status 2)."""
    if f is None:
        return lambda g: _filters(g, skip=skip)
    for name, helptext in reversed(
        [("--actor", f"Events with this actor as source or target: {_ACTOR_HELP}."),
         ("--source", "Source actor (id, name, alias or prefix*; members included)."),
         ("--target", "Target actor (id, name, alias or prefix*; members included)."),
         ("--type", "PLOVER event type, e.g. ASSAULT."),
         ("--mode", "PLOVER mode of the type, e.g. aerial."),
         ("--modality", "asserted, reported, denied, intended, hypothetical, future or "
                        "historical (a flagged one named here is listed without --all)."),
         ("--since", "Events dated (or ending) on or after this date: YYYY[-MM[-DD]]."),
         ("--until", "Events dated on or before this date (2004 includes 2004-12-31)."),
         ("--asserted-by", "Who asserts the events (actor id, name, alias or prefix*)."),
         ("--place", "Place name contains.")]
    ):
        if name.lstrip("-").replace("-", "_") not in skip:
            f = click.option(name, default=None, help=helptext)(f)
    f = click.option("--exact", is_flag=True,
                     help="Actor filters match the named actor(s) only, not their members.")(f)
    return f


@cli.command()
@db_option
@_filters
@click.option("--format", "out_format", type=click.Choice(["table", "jsonl", "csv"]),
              default="table", show_default=True, help="Rich table, or jsonl/csv for pipes.")
@click.option("--merged", is_flag=True,
              help="One row per merged event (mentions merged across documents).")
@_all_option
@click.option("--limit", type=int, default=None, help="At most this many events.")
@click.option("--offset", type=int, default=0, help="Skip this many events first.")
@click.pass_context
def events(ctx: click.Context, db: str, out_format: str, merged: bool, show_all: bool,
           limit: int | None, offset: int, **filters: Any) -> None:
    """List stored events, filtered: mentions, or with --merged real-world events.

    {flags}

    \b
    Examples:
      actorgraph events --actor Iran --type ASSAULT --since 2003
      actorgraph events --actor Israel --exact --all
      actorgraph events --merged --source IRN --format csv > merged.csv
    """

    with _graph(ctx, db) as graph:
        query = dict(filters, limit=limit, offset=offset, all=show_all)
        if merged:
            found = _run(ctx, graph.merged_events, **query)
            _emit(out_format, found, graph, _merged_table)
        elif out_format == "table":
            found = _run(ctx, graph.events, **query)
            _print_table([(e, graph.store.actor) for e in found], True)
        else:
            from .models import HAPPENED

            out = SafeWriter(sys.stdout, is_json=out_format == "jsonl")
            asked = (filters.get("modality") or "").strip().lower()  # a flagged one by name
            query["happened"] = not (query.pop("all") or (asked and asked not in HAPPENED))
            _run(ctx, graph.export, out_format, out, **query)


@cli.command()
@click.argument("words", nargs=-1)
@click.option("--db", default=None, help="List the actors of this store instead of the dictionary.")
@actors_option
@click.option("--out", default=None, type=click.Path(dir_okay=False),
              help="import: write YAML here.")
@click.pass_context
def actors(ctx: click.Context, words: tuple[str, ...], db: str | None, actors_file: str | None,
           out: str | None) -> None:
    """List actors matching QUERY, or import a CAMEO dictionary.

    \b
    Examples:
      actorgraph actors quds
      actorgraph actors import Phoenix.Countries.actors.txt --out my-actors.yaml
    """
    if words[:1] == ("import",):
        from .actors.cameo import import_cameo

        if len(words) != 2:
            raise click.UsageError("usage: actorgraph actors import FILE [--out FILE.yaml]")
        text = _run(ctx, import_cameo, words[1])
        if out:
            Path(out).write_text(text, encoding="utf-8")
        else:
            click.echo(clean(text), nl=False)
        return
    query = " ".join(words) or None
    if db:
        from .api import ActorGraph

        with _run(ctx, ActorGraph, db, create=False) as graph:
            found = graph.store.actors(query)
    else:
        from .actors.dictionary import load_dictionary

        files = (actors_file,) if actors_file else ()
        found = _run(ctx, lambda: load_dictionary(files).search(query))
    from rich.console import Console

    table = safe_table(title=f"{len(found)} actor(s)")
    for col in ("id", "name", "kind", "country", "aliases", "parents"):
        table.add_column(col, overflow="fold")
    for a in found:
        parents = "; ".join(
            af.actor + (f" ({af.role})" if af.role else "")
            + (f" {af.start or ''}–{af.end or ''}" if af.start or af.end else "")
            for af in a.affiliations
        )
        table.add_row(a.id, a.name, a.kind, a.country or "", ", ".join(a.aliases[:8]), parents)
    Console(width=160 if not sys.stdout.isatty() else None).print(table)


@cli.command()
@click.argument("path", type=click.Path())
@click.option("--to", "to", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("--format", "input_format", default=None, help=f"Input format: {FORMATS_HELP}.")
@click.pass_context
def unroll(ctx: click.Context, path: str, to: str, input_format: str | None) -> None:
    """Render a thread as one readable article.

    \b
    Example:
      actorgraph unroll thread.txt --to html > thread.html
    """
    from .readers import read_path
    from .unroll import to_html, to_markdown

    docs = _run(ctx, read_path, path, input_format)
    render = to_html if to == "html" else to_markdown
    for doc in docs:
        click.echo(clean(render(doc)), nl=False)


@cli.command()
@db_option
@_filters
@click.option("--to", "to", default="jsonl", show_default=True, help="Export format.",
              type=click.Choice(list(EXPORTERS)))
@click.option("--out", default=None, type=click.Path(dir_okay=False),
              help="File to write (default stdout; parquet needs a file or a pipe).")
@click.option("--happened", is_flag=True,
              help="Only events a source presents as having happened (graphs always are).")
@click.pass_context
def export(ctx: click.Context, db: str, to: str, out: str | None, happened: bool,
           **filters: Any) -> None:
    """Export stored events: JSONL, PLOVER JSON, POLECAT-style CSV, Parquet, GEXF, GraphML.

    \b
    Examples:
      actorgraph export --to csv --out events.csv --since 2003
      actorgraph export --to gexf --out iran.gexf --actor Iran
      actorgraph export --to parquet --out events.parquet
    """

    with _graph(ctx, db) as graph:
        n = _run(ctx, graph.export, to, out, happened=happened, **filters)
    if out:
        exporter = EXPORTERS[to]
        unit = "edges" if exporter.graph else "relations" if exporter.relations else "events"
        click.echo(f"wrote {n} {unit} to {out}", err=True)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; anything but loopback exposes the store.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes; each answers requests on its own CPU.")
@click.option("--get", "get_path", default=None, metavar="PATH",
              help="Print the response to one GET of PATH (e.g. /api/events?actor=IRN) "
                   "and exit, without starting a server.")
@click.option("--review", "review_mode", is_flag=True,
              help="Let the browser confirm, reject and edit events (loopback only; a token "
                   "is printed at start).")
@click.pass_context
def serve(ctx: click.Context, db: str, host: str, port: int, workers: int,
          get_path: str | None, review_mode: bool) -> None:
    """Serve the web UI and its JSON API over a store, read-only.

    Pages: / (network), /timeline, /evidence, /search; the API is listed
    at /api and described at /openapi.json.

    \b
    Examples:
      actorgraph serve --db iraq.db --port 8000
      actorgraph serve --db iraq.db --workers 4
      actorgraph serve --db iraq.db --get '/api/events?actor=Iran&limit=5'
    """
    try:
        import fastapi  # noqa: F401
        import jinja2  # noqa: F401
        import uvicorn
    except ImportError:
        raise click.ClickException(
            "the web UI needs its extra dependencies: pip install 'actorgraph[web]'"
        ) from None
    from .web.app import LOOPBACK_HOSTS, SERVE_DB, SERVE_HOSTS, SERVE_REVIEW, call, create_app
    from .web.review import new_token

    loopback = host.strip("[]") in LOOPBACK_HOSTS
    hosts = None if loopback else ["*"]
    if review_mode and not loopback:
        raise _Failed(f"--review serves on loopback only (not {host}): reviews write to {db}")
    token = new_token() if review_mode else None
    app = _run(ctx, create_app, db, allowed_hosts=hosts, review_token=token)
    if get_path is not None:
        status, headers, body = call(app, get_path)
        text = body.decode("utf-8", "replace")
        is_json = "json" in headers.get("content-type", "")
        click.echo(escape_json(text) if is_json else clean(text), nl=not body.endswith(b"\n"))
        if status >= 400:
            ctx.exit(1)
        return
    if not loopback:
        click.secho(f"warning: listening on {host}: anyone who can reach it can read {db}",
                    fg="yellow", err=True)
    shown = f"[{host}]" if ":" in host else host
    if token:
        click.echo(f"actorgraph: serving {db} for review: open http://{shown}:{port}/?token="
                   f"{token} once (it sets a cookie); Ctrl-C to stop", err=True)
        os.environ[SERVE_REVIEW] = token
    else:
        click.echo(f"actorgraph: serving {db} read-only at http://{shown}:{port}/ "
                   f"(Ctrl-C to stop){f', {workers} processes' if workers > 1 else ''}",
                   err=True)
    options: dict[str, Any] = dict(
        host=host, port=port, log_level="warning", server_header=False, proxy_headers=False,
        limit_concurrency=200, timeout_keep_alive=5)
    if workers == 1:
        uvicorn.run(app, **options)
        return
    # Worker processes import the app by name; the store was checked above, in this one.
    os.environ[SERVE_DB] = str(Path(db).resolve())
    os.environ[SERVE_HOSTS] = ",".join(hosts or ())
    uvicorn.run("actorgraph.web.app:app_from_environment", factory=True, workers=workers,
                **options)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: code in this process; dask: on a Dask cluster "
                   "(pip install 'actorgraph[dask]').")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Dask: workers of the local cluster started for the run (default: CPUs).")
@click.option("--scheduler", default=None,
              help="Dask: address of a running scheduler (tcp://HOST:8786) instead of a "
                   "local cluster; its workers must see the inputs at the same paths.")
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Directory of Parquet shards: events/, mentions/, actors/, claims/, documents/.")
@click.option("--partition-size", type=click.IntRange(min=1), default=100, show_default=True,
              help="Documents per partition: JSONL lines, or whole files grouped.")
@click.option("--format", "input_format", default=None, help=f"Input format: {FORMATS_HELP}.")
@click.option("--published", default=None, metavar="DATE",
              help="Publication date for every input WITHOUT a date of its own (absolute: "
                   "2020-12-30).")
@model_option
@actors_option
@lexicon_option
@min_confidence_option
@layer_option
@click.pass_context
def batch(ctx: click.Context, paths: tuple[str, ...], engine: str, workers: int | None,
          scheduler: str | None, out: str, partition_size: int, input_format: str | None,
          published: str | None, model: str | None, actors_file: str | None,
          lexicon_file: str | None, min_confidence: float | None, layer: str | None) -> None:
    """Code a large corpus into Parquet shards, locally or on Dask.

    Partitions are numbered the same whatever the engine, each shard is
    written whole or not at all, and a rerun skips the partitions already
    written. `actorgraph ingest DIR` loads the shards into a store.

    \b
    Examples:
      actorgraph batch corpus/ --out shards/
      actorgraph batch news.jsonl --engine dask --workers 8 --out shards/
      actorgraph batch /data/news/ --engine dask --scheduler tcp://10.0.0.5:8786 --out shards/
    """
    from .readers.published import checked_date
    from .runners import run_batch

    if published:
        published = _run(ctx, checked_date, published)
    settings = _run(ctx, _settings, ctx, model=model, actors=actors_file, lexicon=lexicon_file,
                    published=published, min_confidence=min_confidence, layer=layer)
    state: _State = ctx.obj
    report = _run(ctx, run_batch, paths, out, settings, engine=engine, workers=workers,
                  scheduler=scheduler, format=input_format, partition_size=partition_size,
                  on_error=state.error)
    click.echo(
        f"coded {report.written} partition(s) ({report.documents} documents, {report.events} "
        f"events) in {report.coding_s:.1f}s; {report.skipped} of {report.partitions} "
        f"partition(s) already done; shards in {out}",
        err=True,
    )
    _finish(ctx)


# -- store queries: claims, timeline, network, search -------------------------------------

store_format_option = click.option(
    "--format", "out_format", type=click.Choice(["table", "jsonl", "csv"]), default="table",
    show_default=True, help="Rich table, or jsonl/csv for pipes.",
)


def _namer(graph: Any) -> Any:
    from functools import lru_cache

    @lru_cache(maxsize=4096)
    def name(actor_id: str | None, text: str | None = None) -> str:
        actor = graph.store.actor(actor_id) if actor_id else None
        return actor.name if actor else (f"({text})" if text else (actor_id or ""))

    return name


def _console() -> Any:
    from rich.console import Console

    return Console(width=None if sys.stdout.isatty() else 160)


def _table(title: str, columns: Iterable[str]) -> Any:
    table = safe_table(title=title, title_justify="left")
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def _emit(fmt: str, records: list[Any], graph: Any, table: Any) -> None:
    """Print ``records`` as jsonl, csv (one flat row each) or ``table(records, graph)``."""
    if fmt == "jsonl":
        for r in records:
            click.echo(json_text(r.to_dict()))
    elif fmt == "csv":
        import csv
        import io

        from .store.query import _flat

        rows = [row for r in records for row in (r.rows() if hasattr(r, "rows") else [_flat(r)])]
        names = list(dict.fromkeys(k for row in rows for k in row))
        stream = io.StringIO()
        writer = csv.DictWriter(stream, fieldnames=names)
        writer.writeheader()
        writer.writerows(rows)
        click.echo(clean(stream.getvalue()), nl=False)
    else:
        table(records, graph)


def _dates(first: str | None, last: str | None) -> str:
    return (first or "") + (f"..{last}" if last and last != first else "")


def _merged_table(found: list[Any], graph: Any) -> None:
    name = _namer(graph)
    table = _table(f"{len(found)} merged event(s)", (
        "date", "type", "source", "target", "where", "mentions", "docs", "sources", "flags", "id"))
    for m in found:
        flags = list(m.contested) + (["denied"] if m.denies and not m.asserts else [])
        flags += [m.modality] if m.modality != "factual" else []
        table.add_row(_dates(m.date_min, m.date_max), m.type + (f"/{m.mode}" if m.mode else ""),
                      name(m.source), name(m.target), m.location.name if m.location else "",
                      str(m.mentions), str(m.documents), str(m.sources), ", ".join(flags), m.id)
    _console().print(table)


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _claims_table(found: list[Any], graph: Any) -> None:
    name = _namer(graph)
    table = _table(f"{len(found)} claim(s)",
                   ("date", "event", "stance", "by", "evidence", "post"))
    for r in found:
        e, c = r.event, r.claim
        if e is None:  # a claim on a proposition with no event: the claimed words
            by = name(c.asserted_by, c.asserted_by_text) if (
                c.asserted_by or c.asserted_by_text) else "(author)"
            table.add_row("", f"claim: “{_short(c.proposition or '', 60)}”", c.stance, by,
                          _short(c.evidence.text), f"{c.evidence.doc}#{c.evidence.post}")
            continue
        by = name(c.asserted_by, c.asserted_by_text) if c.asserted_by or c.asserted_by_text else (
            name(None, e.asserted_by_text) if c.stance == "asserts" else "")
        event = f"{e.type}: {name(e.source, e.source_text)} → {name(e.target, e.target_text)}"
        stance = c.stance + (" (negated event)" if e.negated else "")  # "did not strike"
        table.add_row(e.date or "", event, stance, by, _short(c.evidence.text),
                      f"{c.evidence.doc}#{c.evidence.post}")
    _console().print(table)


def _contest_tables(found: list[Any], graph: Any) -> None:
    name = _namer(graph)
    console = _console()
    for c in found:
        head = f"{c.type}: {name(c.source) or '?'} → {name(c.target) or '?'}"
        if c.kind == "proposition":  # no event: the claimed words, asserted and denied
            head = f"claim “{_short(c.proposition or '', 100)}”"
        head += f", {c.place}" if c.place else ""
        head += f", {c.date}" if c.date else ""
        table = _table(f"contested {c.kind} — {head} ({', '.join(c.merged)})",
                       ("side", "who", "date", "evidence", "post"))
        for side in c.sides:
            position = name(side.position) if c.kind in ("source", "target") else side.position
            for item in side.items:
                table.add_row(position, name(item.by, item.by_text), item.date or "",
                              _short(item.evidence.text),
                              f"{item.evidence.doc}#{item.evidence.post}")
        console.print(table)
    console.print(f"{len(found)} contested event(s)")


@cli.command()
@db_option
@_filters
@store_format_option
@click.option("--contested", is_flag=True,
              help="Only events sources disagree about, each side with its evidence.")
@click.option("--limit", type=int, default=None, help="At most this many claims.")
@click.pass_context
def claims(ctx: click.Context, db: str, out_format: str, contested: bool, limit: int | None,
           **filters: Any) -> None:
    """Who asserts or denies which events; --contested shows where sources disagree.

    The stance column says whether a claim asserts its event or denies it. Claims
    list flagged events too: a denial is itself a claim. {flags}

    A contest is one event that one source asserts and another denies, or
    that sources date differently, or the same event with a different
    source, target or place in different documents; or, inside one text, words
    one party asserts and another denies that code no event ("X says its forces
    fired first; Y says otherwise"): shown as the claimed words, each side with
    who holds it. A denial nobody in the text answers is a claim, not a contest.

    \b
    Examples:
      actorgraph claims --asserted-by IRN
      actorgraph claims --contested --actor Iran
    """

    with _graph(ctx, db) as graph:
        if contested:
            found = _run(ctx, graph.contested, **filters)
            _emit(out_format, found[:limit] if limit else found, graph, _contest_tables)
        else:
            found = _run(ctx, graph.claims, limit=limit, **filters)
            _emit(out_format, found, graph, _claims_table)


def _timeline_table(found: list[Any], graph: Any) -> None:
    name = _namer(graph)
    table = _table(f"{len(found)} event(s)", (
        "date", "type", "role", "with", "where", "mentions", "docs", "flags", "id"))
    for t in found:
        flags = list(t.contested) + (["denied"] if t.denies and not t.asserts else [])
        flags += [t.modality] if t.modality != "factual" else []
        table.add_row(_dates(t.date, t.date_max), t.type + (f"/{t.mode}" if t.mode else ""),
                      t.role, name(t.counterpart), t.place or "", str(t.mentions),
                      str(t.documents), ", ".join(flags), t.merged)
    _console().print(table)


def _counts_table(found: list[Any], graph: Any) -> None:
    table = _table("events per period", ("period", "type", "events", "mentions"))
    for p in found:
        table.add_row(p.period, p.type, str(p.events), str(p.mentions))
    _console().print(table)


@cli.command()
@db_option
@click.option("--actor", required=True, help=f"Whose timeline: {_ACTOR_HELP}.")
@_filters(skip=("actor",))
@store_format_option
@click.option("--by", type=click.Choice(["year", "month", "day"]), default=None,
              help="Count events per period and type instead of listing them.")
@_all_option
@click.option("--limit", type=int, default=None, help="At most this many events.")
@click.pass_context
def timeline(ctx: click.Context, db: str, actor: str, out_format: str, by: str | None,
             show_all: bool, limit: int | None, **filters: Any) -> None:
    """An actor's merged events in date order, or counted per period with --by.

    The actor's members and sub-units count as the actor (Israel: its government,
    military, ministries and units) unless --exact.

    {flags}

    \b
    Examples:
      actorgraph timeline --actor Iran --since 2003
      actorgraph timeline --actor IRN --by year --format csv
    """

    with _graph(ctx, db) as graph:
        if by:
            found = _run(ctx, graph.timeline_counts, actor, by, all=show_all, **filters)
            _emit(out_format, found, graph, _counts_table)
        else:
            found = _run(ctx, graph.timeline, actor, all=show_all, limit=limit, **filters)
            _emit(out_format, found, graph, _timeline_table)


def _network_table(found: list[Any], graph: Any) -> None:
    name = _namer(graph)
    pairs: dict[tuple[str, str], list[Any]] = {}
    for e in found:
        pairs.setdefault((e.source, e.target), []).append(e)
    table = _table(f"{len(pairs)} actor pair(s), {len(found)} edge(s)",
                   ("source", "target", "events", "mentions", "types", "dates"))
    ranked = sorted(pairs.items(), key=lambda kv: (-sum(e.events for e in kv[1]), kv[0]))
    for (src, tgt), edges in ranked:
        edges.sort(key=lambda e: (-e.events, e.type))
        types = ", ".join(f"{e.type}×{e.events}" for e in edges)
        first = min((e.first for e in edges if e.first), default=None)
        last = max((e.last for e in edges if e.last), default=None)
        table.add_row(name(src), name(tgt), str(sum(e.events for e in edges)),
                      str(sum(e.mentions for e in edges)), types, _dates(first, last))
    _console().print(table)


@cli.command()
@db_option
@click.option("--actor", required=True, help=f"The centre of the network: {_ACTOR_HELP}.")
@click.option("--depth", type=click.IntRange(1, 4), default=1, show_default=True,
              help="How many events away from the actor to go.")
@click.option("--max-nodes", type=click.IntRange(1), default=MAX_NODES, show_default=True,
              help="At most this many actors: the centre, then per step outwards those with "
                   "the most events.")
@click.option("--max-edges", type=click.IntRange(1), default=MAX_EDGES, show_default=True,
              help="At most this many edges: those with the most events.")
@click.option("--roll-up", type=click.Choice(["country", "parent"]), default=None,
              help="Merge each actor into its country or its parent organisation.")
@_filters(skip=("actor",))
@click.option("--format", "out_format", type=click.Choice(["table", "jsonl", "csv", "json"]),
              default="table", show_default=True,
              help="Rich table, jsonl/csv edges for pipes, or json: the nodes and edges the "
                   "web app's /api/graph gives.")
@click.pass_context
def network(ctx: click.Context, db: str, actor: str, depth: int, max_nodes: int,
            max_edges: int, roll_up: str | None, out_format: str, **filters: Any) -> None:
    """The actors linked to an actor by events that happened, with counts and types.

    Edges count merged events per source, target and type, among the actors
    within --depth events of the actor (the same network as /api/graph). Only
    events some source says happened count: flagged ones never make an edge.
    The actor's members are part of the centre unless --exact.

    \b
    Examples:
      actorgraph network --actor Iran --depth 2
      actorgraph network --actor IRN --type ASSAULT --format csv
      actorgraph network --actor IRN --format json > network.json
    """

    with _graph(ctx, db) as graph:
        if out_format == "json":
            found = _run(ctx, graph.ego_network, actor, depth, max_nodes, max_edges, roll_up,
                         **filters)
            click.echo(json_text(found))
            return
        edges = _run(ctx, graph.network, actor, depth, max_nodes, max_edges, roll_up, **filters)
        _emit(out_format, edges, graph, _network_table)


def _search_table(found: list[Any], graph: Any) -> None:
    console = _console()
    from rich.text import Text

    actors = [h for h in found if h.kind == "actor"]
    if actors:
        table = _table(f"{len(actors)} actor(s)", ("id", "name", "aliases"))
        for h in actors:
            table.add_row(h.id, h.title or "", h.snippet)
        console.print(table)
    posts = [h for h in found if h.kind == "post"]
    table = _table(f"{len(posts)} post(s)", ("post", "title", "text"))
    for h in posts:
        text = Text()
        for i, part in enumerate(h.snippet.replace("»", "«").split("«")):
            text.append(clean(part), style="bold yellow" if i % 2 else "")
        table.add_row(h.id, h.title or "", text)
    console.print(table)


@cli.command()
@click.argument("text", nargs=-1, required=True)
@db_option
@store_format_option
@click.option("--limit", type=int, default=20, show_default=True, help="At most this many hits.")
@click.option("--raw", is_flag=True, help="TEXT is an FTS5 query (OR, NEAR, column filters).")
@click.pass_context
def search(ctx: click.Context, text: tuple[str, ...], db: str, out_format: str, limit: int,
           raw: bool) -> None:
    """Full-text search over the stored posts, and actors by id, name or alias.

    Words must all appear; "quoted phrases" and word* prefixes work.

    \b
    Examples:
      actorgraph search quds force
      actorgraph search '"Revolutionary Guard"' --format jsonl
    """

    with _graph(ctx, db) as graph:
        found = _run(ctx, graph.search, " ".join(text), limit, raw)
        _emit(out_format, found, graph, _search_table)


def _relations_table(found: list[Any], graph: Any) -> None:
    table = _table(f"{len(found)} relation(s)", (
        "relation", "source", "target", "dates", "mentions", "docs", "how", "flags",
        "evidence"))
    for r in found:
        arrow = f"{r.type} ↔" if r.symmetric else r.type
        dates = _dates(r.since or r.first, r.until or r.last)
        flags = ["contested"] if r.contested else []
        flags += ["denied"] if r.denies and not r.asserts else []
        first = next((e for e in r.evidence if e["doc"]), r.evidence[0] if r.evidence else None)
        where = f" ({first['doc']}#{first['post']})" if first and first["doc"] else ""
        table.add_row(arrow, r.source_name or r.source, r.target_name or r.target, dates,
                      str(r.mentions), str(r.documents), ", ".join(r.methods), ", ".join(flags),
                      _short(first["text"], 120) + where if first else "")
    _console().print(table)


@cli.command()
@db_option
@click.option("--actor", default=None, help=f"Relations of this actor, either side: {_ACTOR_HELP}.")
@click.option("--type", "rtype", default=None,
              type=click.Choice(["backs", "leads", "member_of", "allied_with", "rival_of"]),
              help="Only this relation type.")
@click.option("--contested", is_flag=True,
              help="Only relations one source states and another denies.")
@click.option("--limit", type=int, default=None, help="At most this many relations.")
@store_format_option
@click.pass_context
def relations(ctx: click.Context, db: str, actor: str | None, rtype: str | None,
              contested: bool, limit: int | None, out_format: str) -> None:
    """Standing relations: who backs, leads, belongs to or sides with whom.

    Merged across documents (same type, source and target), each with the
    sentences that state it; the actor dictionary's affiliations are cited to
    the dictionary.

    \b
    Examples:
      actorgraph relations --actor Iran --type backs
      actorgraph relations --actor 'IRN.MIL.IRGC*' --format jsonl
    """

    with _graph(ctx, db) as graph:
        found = _run(ctx, graph.relations, actor=actor, type=rtype, contested=contested,
                     limit=limit)
        _emit(out_format, found, graph, _relations_table)


@cli.command()
@click.argument("actor")
@db_option
@click.option("--to", "to", type=click.Choice(["md", "html", "json"]), default="md",
              show_default=True, help="Markdown, one standalone HTML file, or JSON.")
@click.option("--out", default=None, type=click.Path(dir_okay=False),
              help="Write to this file instead of standard output.")
@click.option("--since", default=None, help="Events dated (or ending) on or after this ISO date.")
@click.option("--until", default=None, help="Events dated on or before this ISO date.")
@click.option("--max-events", type=click.IntRange(0), default=None,
              help="At most this many key events (default 25).")
@click.pass_context
def profile(ctx: click.Context, actor: str, db: str, to: str, out: str | None,
            since: str | None, until: str | None, max_events: int | None) -> None:
    """A cited brief on one actor: identity, activity, relations, key events,
    contested claims and sources, every line with its footnotes.

    ACTOR is an id, name or alias, or ID* for an actor with everything under it.

    \b
    Examples:
      actorgraph profile "Quds Force" --db demo.db
      actorgraph profile IRN --db demo.db --to html --out iran.html
      actorgraph profile Hezbollah --since 2003 --to json
    """
    from .profile import to_html, to_markdown

    with _graph(ctx, db) as graph:
        found = _run(ctx, graph.profile, actor, since, until, max_events)
    text = {"md": to_markdown, "html": to_html, "json": lambda p: p.to_json()}[to](found)
    if out:
        try:
            Path(out).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise _Failed(f"{out}: cannot write ({exc.strerror or exc})") from None
        click.echo(f"wrote {out}", err=True)
    else:
        click.echo(clean(text), nl=False)


@cli.command("settings")
@click.option("--format", "out_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.pass_context
def settings_command(ctx: click.Context, out_format: str) -> None:
    """List every setting: its value here, where the value comes from, and what it does.

    Any command takes `--set NAME=VALUE` for any setting, and an environment variable
    ACTORGRAPH_NAME sets it for every command; a command's own option wins.

    \b
    Examples:
      actorgraph settings
      ACTORGRAPH_MIN_CONFIDENCE=0.6 actorgraph code thread.txt
      actorgraph code thread.txt --set prefilter=false --set batch_size=16
    """
    from .settings import SETTINGS

    sets = ctx.meta.get(_SETS, ())
    resolved = _run(ctx, _settings, ctx)
    given = _run(ctx, Settings.sources, None, sets)
    rows = [(s.name, getattr(resolved, s.name), given.get(s.name, (None, "default"))[1], s.env,
             s.help) for s in SETTINGS]
    if out_format == "json":
        for name, value, source, env, helptext in rows:
            click.echo(json_text({"name": name, "value": value, "source": source, "env": env,
                                  "help": helptext}))
        return
    table = _table(f"{len(rows)} settings", ("name", "value", "from", "environment", "help"))
    for name, value, source, env, helptext in rows:
        table.add_row(name, "" if value is None else str(value), source, env, helptext)
    _console().print(table)


# Every command takes --set, the same way; {flags} in a help text is FLAGS_HELP.
for _command in cli.commands.values():
    _command.params.append(set_option)
    if _command.help:
        _command.help = _command.help.replace("{flags}", FLAGS_HELP)

_RAW = "actorgraph.raw"


def _remember_raw(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.meta[_RAW] = True


def _graph(ctx: click.Context, db: str) -> Any:
    """The store opened for queries: the reviewed view, or with ``--raw`` the machine's."""
    from . import api

    return _run(ctx, api.open, db, create=False, raw=bool(ctx.meta.get(_RAW)))


#: ``--raw``: the machine's output instead of the reviewed view (see `actorgraph review`).
raw_option = click.Option(
    ["--raw"], is_flag=True, expose_value=False, is_eager=True, callback=_remember_raw,
    help="Show the machine's output, without the analysts' reviews.")
for _name in ("events", "export", "claims", "timeline", "network", "profile"):
    if _name in cli.commands:
        cli.commands[_name].params.append(raw_option)

# `review` has its own --set FIELD=VALUE (the fields it changes): added after the loop above.
from .review_cli import review as _review  # noqa: E402

cli.add_command(_review)


def main() -> None:
    try:
        cli(prog_name="actorgraph")
    except BrokenPipeError:  # `actorgraph events | head`: the reader left, nothing to report
        sys.stderr.close()
        sys.exit(1)
    except Exception as exc:
        # Input problems are reported where they happen; anything reaching here is a bug.
        # One line still, so a batch log stays readable; --debug shows the traceback.
        if "--debug" in sys.argv[1:]:
            raise
        message = clean(f"{type(exc).__name__}: {exc}")
        click.secho(f"error: internal error: {message} (this is a bug; "
                    "rerun with --debug for the traceback)", fg="red", err=True)
        sys.exit(2)
