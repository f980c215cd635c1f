"""The ``actorgraph`` command: thin click wrappers over :mod:`actorgraph.api`.

Library errors become one line naming the input and the problem (a
traceback only with ``--debug``); any failed input makes the exit status 1
while the other inputs are still processed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from .errors import ActorGraphError
from .settings import Settings

FORMATS_HELP = "thread, x-archive, bluesky, mastodon, html, text, jsonl (default: detected)"


class _State:
    def __init__(self, debug: bool) -> None:
        self.debug = debug
        self.failed = 0

    def error(self, exc: BaseException) -> None:
        self.failed += 1
        click.secho(f"error: {exc}", fg="red", err=True)


def _run(ctx: click.Context, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Call library code, turning its errors into one line and exit status 1."""
    state: _State = ctx.obj
    try:
        return fn(*args, **kwargs)
    except ActorGraphError as exc:
        if state.debug:
            raise
        raise click.ClickException(str(exc)) from None


def _finish(ctx: click.Context) -> None:
    state: _State = ctx.obj
    if state.failed:
        click.secho(f"{state.failed} input(s) failed", fg="red", err=True)
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


def _settings(**overrides: Any) -> Settings:
    return Settings.from_overrides(**overrides)


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
actors_option = click.option(
    "--actors", "actors_file", default=None, type=click.Path(dir_okay=False),
    help="YAML actor dictionary merged over the built-in one.",
)
db_option = click.option("--db", default="actorgraph.db", show_default=True, help="SQLite store.")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "out_format", type=click.Choice(["jsonl", "table", "plover"]),
              default="jsonl", show_default=True, help="Output format.")
@click.option("--input-format", default=None, help=f"Input format: {FORMATS_HELP}.")
@click.option("--published", default=None, help="Publication date (ISO) for inputs without one.")
@click.option("--all", "show_all", is_flag=True, help="Table: also show flagged (negated, intended...) events.")
@model_option
@actors_option
@click.pass_context
def code(ctx: click.Context, paths: tuple[str, ...], out_format: str, input_format: str | None,
         published: str | None, show_all: bool, model: str | None, actors_file: str | None) -> None:
    """Code files into events without a database; one event per line.

    \b
    Example:
      actorgraph code thread.txt > events.jsonl
      actorgraph code thread.txt --format table --published 2021-01-02
    """
    from . import api
    from .export import event_to_json, event_to_plover

    settings = _run(ctx, _settings, model=model, actors=actors_file, published=published)
    state: _State = ctx.obj
    docs = api.iter_documents(paths, input_format, state.error)
    rows: list[tuple[Any, Any]] = []
    with _progress("coding", out_format == "table") as step:
        for coded in _run(ctx, lambda: list(api.code(_tap(docs, step), settings))):
            for event in coded.events:
                if out_format == "jsonl":
                    click.echo(json.dumps(event_to_json(event, coded.actors), ensure_ascii=False))
                elif out_format == "plover":
                    record = event_to_plover(event, coded.actors, coded.document.published)
                    click.echo(json.dumps(record, ensure_ascii=False))
                else:
                    rows.append((event, coded.actors))
    if out_format == "table":
        _print_table(rows, show_all)
    _finish(ctx)


def _tap(items: Iterable[Any], step: Any) -> Iterator[Any]:
    for item in items:
        step(item)
        yield item


def _print_table(rows: list[tuple[Any, Any]], show_all: bool = True) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, title="events")
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
@click.option("--published", default=None, help="Publication date (ISO) for inputs without one.")
@model_option
@actors_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str, input_format: str | None,
           published: str | None, model: str | None, actors_file: str | None) -> None:
    """Code files and store them in the SQLite store (idempotent).

    \b
    Example:
      actorgraph ingest threads/ --db iraq.db
    """
    from . import api

    settings = _run(ctx, _settings, model=model, actors=actors_file, published=published, db=db)
    state: _State = ctx.obj
    with _run(ctx, api.open, db, settings) as graph, _progress("ingesting", True) as step:
        report = _run(ctx, graph.ingest, paths, input_format, state.error, step)
        counts = graph.store.counts()
    click.echo(
        f"stored {report.stored} document(s) ({report.events} events), "
        f"{report.unchanged} unchanged; {db} holds {counts['documents']} documents, "
        f"{counts['events']} events, {counts['actors']} actors",
        err=True,
    )
    _finish(ctx)


def _filters(f: Any) -> Any:
    for name, helptext in reversed(
        [("--actor", "Events with this actor id as source or target."),
         ("--source", "Source actor id."), ("--target", "Target actor id."),
         ("--type", "PLOVER event type, e.g. ASSAULT."),
         ("--since", "Events on or after this ISO date."), ("--until", "Events on or before this ISO date."),
         ("--asserted-by", "Actor id of who asserts the events."), ("--place", "Place name contains.")]
    ):
        f = click.option(name, default=None, help=helptext)(f)
    return f


@cli.command()
@db_option
@_filters
@click.option("--format", "out_format", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@click.option("--limit", type=int, default=None, help="At most this many events.")
@click.pass_context
def events(ctx: click.Context, db: str, out_format: str, limit: int | None, **filters: Any) -> None:
    """List stored events, filtered.

    \b
    Example:
      actorgraph events --actor IRN --type ASSAULT --since 2003
    """
    from . import api
    from .export import event_to_json

    with _run(ctx, api.open, db) as graph:
        found = _run(ctx, graph.events, limit=limit, **filters)
        lookup = graph.store.actor
        if out_format == "jsonl":
            for e in found:
                click.echo(json.dumps(event_to_json(e, lookup), ensure_ascii=False))
        else:
            _print_table([(e, lookup) for e in found])


@cli.command()
@click.argument("words", nargs=-1)
@click.option("--db", default=None, help="List the actors of this store instead of the dictionary.")
@actors_option
@click.option("--out", default=None, type=click.Path(dir_okay=False), help="import: write YAML here.")
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
            click.echo(text, nl=False)
        return
    query = " ".join(words) or None
    if db:
        from .store.db import Store

        with _run(ctx, Store, db) as store:
            found = store.actors(query)
    else:
        from .actors.dictionary import load_dictionary

        files = (actors_file,) if actors_file else ()
        found = _run(ctx, lambda: load_dictionary(files).search(query))
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(found)} actor(s)")
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
        click.echo(render(doc), nl=False)


@cli.command()
@db_option
@_filters
@click.option("--to", "to", type=click.Choice(["jsonl", "plover", "csv"]), default="jsonl",
              show_default=True)
@click.option("--out", default=None, type=click.Path(dir_okay=False), help="File to write (default stdout).")
@click.pass_context
def export(ctx: click.Context, db: str, to: str, out: str | None, **filters: Any) -> None:
    """Export stored events (Parquet, GEXF and GraphML come with the store issue).

    \b
    Example:
      actorgraph export --to csv --out events.csv --since 2003
    """
    import csv
    import io

    from . import api
    from .export import event_to_json, event_to_plover

    stream = io.StringIO()
    with _run(ctx, api.open, db) as graph:
        lookup = graph.store.actor
        found = _run(ctx, graph.events, **filters)
        if to == "csv":
            writer = csv.writer(stream)
            writer.writerow(["Event ID", "Event Date", "Event Type", "Event Mode", "Quad Code",
                             "Actor Name", "Actor Country", "Recipient Name", "Recipient Country",
                             "Place Name", "Asserted By", "Modality", "Negated", "Text"])
            for e in found:
                j = event_to_json(e, lookup)
                src, tgt = j["source"] or {}, j["target"] or {}
                writer.writerow([e.id, e.date, e.type, e.mode, e.quad, src.get("name"),
                                 src.get("country"), tgt.get("name"), tgt.get("country"),
                                 e.location.name if e.location else None,
                                 (j["asserted_by"] or {}).get("name"), e.modality, e.negated,
                                 e.evidence.text])
        else:
            for e in found:
                record = event_to_json(e, lookup) if to == "jsonl" else event_to_plover(e, lookup)
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    if out:
        Path(out).write_text(stream.getvalue(), encoding="utf-8")
    else:
        click.echo(stream.getvalue(), nl=False)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.pass_context
def serve(ctx: click.Context, db: str, host: str, port: int) -> None:
    """Serve the web UI over a store (read-only).

    \b
    Example:
      actorgraph serve --db iraq.db --port 8000
    """
    raise click.ClickException("the web UI is not built yet (see the web UI issue)")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--workers", type=int, default=None)
@click.option("--scheduler", default=None, help="Address of a running Dask scheduler.")
@click.option("--out", required=True, type=click.Path(file_okay=False))
@click.pass_context
def batch(ctx: click.Context, paths: tuple[str, ...], engine: str, workers: int | None,
          scheduler: str | None, out: str) -> None:
    """Code a large corpus into Parquet shards, locally or on Dask.

    \b
    Example:
      actorgraph batch corpus/ --engine dask --workers 8 --out shards/
    """
    raise click.ClickException("batch coding is not built yet (see the scale issue)")


def main() -> None:
    cli(prog_name="actorgraph")
