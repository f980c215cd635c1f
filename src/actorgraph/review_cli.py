"""``actorgraph review``: confirm, reject or edit events; undo, list, show, export, import.

Thin click wrappers over :mod:`actorgraph.store.reviews`; registered on the
``actorgraph`` group by :mod:`actorgraph.cli`. ``review EVENT_ID ...`` writes
a review; the words ``undo``, ``list``, ``show``, ``export`` and ``import``
name the other commands.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from .errors import ActorGraphError
from .terminal import SafeWriter, clean, json_text


def _cli() -> Any:
    from . import cli

    return cli


class _ReviewGroup(click.Group):
    """``review EVENT_ID`` is ``review event EVENT_ID``; other first words name commands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["event", *args]
        return super().parse_args(ctx, args)


def _db_option(f: Any) -> Any:
    return _cli().db_option(f)


def _open(ctx: click.Context, db: str, write: bool = False) -> Any:
    """The store: writable for a review, an undo or an import; else read-only (a missing
    file is then an error, not a new empty store)."""
    from . import api

    return _cli()._run(ctx, api.open, db, create=write)


@click.group(cls=_ReviewGroup, invoke_without_command=False)
def review() -> None:
    """Correct the machine: confirm, reject or edit events; the reviewed view is the default.

    \b
    Examples:
      actorgraph review EVENT_ID --set type=AID --set target=IRQ --set date=2003-04
      actorgraph review EVENT_ID --reject --note "a quote, not an event"
      actorgraph review EVENT_ID --confirm
      actorgraph review undo REVIEW_ID
      actorgraph review list --actor Iran
      actorgraph review show EVENT_ID
      actorgraph review export --out reviews.jsonl
      actorgraph review import reviews.jsonl
      actorgraph review export --as labelled --out corrections.jsonl
    """


@review.command("event")
@click.argument("event_id")
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE",
              help="Change a field (type, mode, source, target, date, end_date, location,"
                   " asserted_by, modality, negated); VALUE none clears it.")
@click.option("--reject", is_flag=True, help="The event is wrong: hide it from every view.")
@click.option("--confirm", is_flag=True, help="The event is right as coded.")
@click.option("--note", default=None, help="Why (kept with the review).")
@click.option("--by", default=None, help="Who reviews (default: the OS user).")
@click.option("--format", "out_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@_db_option
@click.pass_context
def event_command(ctx: click.Context, event_id: str, sets: tuple[str, ...], reject: bool,
                  confirm: bool, note: str | None, by: str | None, out_format: str,
                  db: str) -> None:
    """Review one event: --set FIELD=VALUE (edit), --reject or --confirm.

    \b
    Example:
      actorgraph review EVENT_ID --set type=AID --set target=IRQ --note "Badr, not Iraq"
    """
    from .store.reviews import add_review, validate_changes

    run = _cli()._run
    chosen = [name for name, on in (("reject", reject), ("confirm", confirm), ("edit", sets))
              if on]
    if len(chosen) != 1:
        raise _cli()._Failed("give one of --set FIELD=VALUE, --reject or --confirm")
    with _open(ctx, db, write=True) as graph:
        conn = graph.store.conn
        changes = run(ctx, validate_changes, conn, sets)
        done = run(ctx, add_review, conn, event_id, chosen[0], changes, note=note, by=by,
                   window=graph.store.window)
    _print_reviews([done], out_format)


@review.command("undo")
@click.argument("review_id")
@click.option("--note", default=None, help="Why.")
@click.option("--by", default=None, help="Who (default: the OS user).")
@_db_option
@click.pass_context
def undo_command(ctx: click.Context, review_id: str, note: str | None, by: str | None,
                 db: str) -> None:
    """Take back a review (logged as an undo; the history keeps both).

    \b
    Example:
      actorgraph review undo rv_77e3c3d063665f0e
    """
    from .store.reviews import undo_review

    with _open(ctx, db, write=True) as graph:
        done = _cli()._run(ctx, undo_review, graph.store.conn, review_id, note=note, by=by,
                           window=graph.store.window)
    _print_reviews([done], "text")


@review.command("list")
@click.option("--actor", default=None, help="Reviews of events with this actor (id, name, alias).")
@click.option("--orphaned", is_flag=True, help="Only reviews whose event is gone from the store.")
@click.option("--format", "out_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@_db_option
@click.pass_context
def list_command(ctx: click.Context, actor: str | None, orphaned: bool, out_format: str,
                 db: str) -> None:
    """List the reviews, oldest first; orphaned ones are marked.

    \b
    Example:
      actorgraph review list --actor Iran --format json
    """
    from .store.reviews import reviews

    with _open(ctx, db) as graph:
        ids = graph.store.resolve_actor(actor) if actor else None
        found = _cli()._run(ctx, reviews, graph.store.conn, actor=ids, orphaned=orphaned)
    _print_reviews(found, out_format)


@review.command("show")
@click.argument("event_id")
@click.option("--format", "out_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@_db_option
@click.pass_context
def show_command(ctx: click.Context, event_id: str, out_format: str, db: str) -> None:
    """The review history of one event.

    \b
    Example:
      actorgraph review show ev_3e69f86516dfa001
    """
    from .store.reviews import reviews

    with _open(ctx, db) as graph:
        found = _cli()._run(ctx, reviews, graph.store.conn, event=event_id)
    if not found:
        raise _cli()._Failed(f"{event_id}: no review of this event")
    _print_reviews(found, out_format)


@review.command("export")
@click.option("--out", "out", type=click.Path(dir_okay=False), default=None,
              help="File to write (default: standard output).")
@click.option("--as", "as_", type=click.Choice(["reviews", "labelled"]), default="reviews",
              show_default=True,
              help="reviews: the log, for `review import`; labelled: the reviewed sentences in"
                   " the labelled-set format of bench/data/README.md.")
@_db_option
@click.pass_context
def export_command(ctx: click.Context, out: str | None, as_: str, db: str) -> None:
    """Write the reviews (JSON Lines) to share them, or as labelled training data.

    \b
    Examples:
      actorgraph review export --out reviews.jsonl
      actorgraph review export --as labelled --out corrections.jsonl
    """
    from .store.reviews import export_reviews, labelled_items, reviewed

    with _open(ctx, db) as graph:
        if as_ == "reviews":
            records = list(export_reviews(graph.store.conn))
        else:
            records = list(labelled_items(reviewed(graph.store)))
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    if out is None:
        SafeWriter(sys.stdout, is_json=True).write(text)
    else:
        try:
            Path(out).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise _cli()._Failed(f"{out}: cannot write ({exc.strerror})") from None
        click.echo(f"{len(records)} record(s) written to {out}", err=True)


@review.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@_db_option
@click.pass_context
def import_command(ctx: click.Context, files: tuple[str, ...], db: str) -> None:
    """Add the reviews of exported files (a review already there is skipped).

    \b
    Example:
      actorgraph review import colleague-reviews.jsonl
    """
    from .store.reviews import import_reviews

    state: Any = ctx.obj
    records: list[tuple[str, Any]] = []
    for name in files:
        try:
            lines = Path(name).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            state.error(ActorGraphError(f"{name}: cannot read ({exc})"))
            continue
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                records.append((f"{name}:{n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                state.error(ActorGraphError(f"{name}:{n}: not JSON ({exc.msg})"))
    with _open(ctx, db, write=True) as graph:
        new, bad = _cli()._run(ctx, import_reviews, graph.store.conn, records,
                               graph.store.window)
    for line in bad:
        state.error(ActorGraphError(line))
    click.echo(f"{new} new review(s), {len(records) - new - len(bad)} already there", err=True)
    _cli()._finish(ctx)


def _print_reviews(found: list[Any], out_format: str) -> None:
    if out_format == "json":
        for r in found:
            click.echo(json_text(r.to_dict()))
        return
    for r in found:
        what = ", ".join(f"{k} {_v(b)} -> {_v(a)}" for k, (b, a) in r.changes.items())
        if r.action == "undo":
            what = f"undoes {r.undoes}"
        flags = "".join([" [undone]" if r.undone else "", " [orphaned]" if r.orphaned else ""])
        event = r.current or r.event
        moved = f" (was {r.event})" if r.current and r.current != r.event else ""
        line = f"{r.id}  {r.at[:19]}  {r.by}  {r.action:<7} {event}{moved}{flags}"
        if what:
            line += f"  {what}"
        if r.note:
            line += f"  note: {r.note}"
        click.echo(clean(line))


def _v(value: Any) -> str:
    return "none" if value is None else str(value)
