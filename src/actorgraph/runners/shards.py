"""Partitions in, Parquet shards out, and shards back to :class:`CodedDocument` records.

**Partitions.** :func:`plan_partitions` walks the inputs (directories
expanded in sorted order, as :func:`actorgraph.readers.iter_paths` does) and
cuts them into numbered partitions without reading any document:

- a JSONL file of more than ``size`` lines is cut into ranges of ``size``
  lines, one partition each (byte ranges found by counting newlines, so the
  file is never held in memory);
- every other file is read whole; consecutive such files are grouped into
  one partition while their weight (lines for a JSONL file, 1 otherwise)
  stays within ``size``.

The plan depends only on the inputs and ``size``, never on the engine or the
number of workers, so partition ``n`` always holds the same documents and is
written as ``part-{n:05d}.parquet`` in each table's folder.

**Shards.** Each partition becomes one shard in each of six folders under
the output directory. Every row carries ``doc_seq`` (the document's position
in its partition, 0-based) and ``doc`` (the document id):

``events/``
    ``doc_seq``, ``doc``, then exactly the fields of the ``code`` JSONL
    contract, with the nested objects as structs: the layout of
    ``actorgraph export --to parquet`` (:func:`actorgraph.export.parquet_schema`,
    both made by :mod:`actorgraph.codec`) without its ``merged`` and
    ``published``. ``pq.read_table(...).to_pylist()`` gives back the JSONL
    records.
``mentions/``
    the :class:`~actorgraph.models.Mention` fields.
``actors/``
    one row per actor named in a document: the
    :class:`~actorgraph.models.Actor` fields, ``aliases`` as a list of
    strings and ``affiliations`` as a list of structs.
``claims/``
    the :class:`~actorgraph.models.Claim` fields, ``evidence`` as a struct.
``relations/``
    ``doc_seq``, ``doc``, then the JSON record of each standing relation
    (:data:`actorgraph.codec.RELATION`: actor sides and ``evidence`` as
    structs); optional when reading shards an older actorgraph wrote.
``documents/``
    the :class:`~actorgraph.models.Document` fields and ``posts`` as a list
    of structs; a post's ``text`` is null when it is the slice
    ``text[start:end]`` of its document (the usual case), so text is not
    stored twice.

Each shard is written to a hidden temporary file and renamed into place, so
a killed batch never leaves half a shard. A partition is done when all six
shards exist and it has no ``failures/part-NNNNN.json`` (the inputs that could
not be read; such a partition is coded again on the next run).
:func:`read_shards` reads the shards back as the records that were coded.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     _ = Path(d, "a.txt").write_text("One.")
...     _ = Path(d, "b.txt").write_text("Two.")
...     [len(p.slices) for p in plan_partitions([d], size=10)]
[2]
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import codec
from ..errors import ActorGraphError, ReaderError
from ..models import (
    Actor,
    Affiliation,
    Claim,
    CodedDocument,
    Document,
    Evidence,
    Mention,
    Post,
)

if TYPE_CHECKING:
    from ..coding.documents import DocumentCoder

__all__ = [
    "FAILURES",
    "TABLES",
    "Partition",
    "PartitionResult",
    "Slice",
    "code_partition",
    "from_tables",
    "is_batch_output",
    "is_done",
    "plan_partitions",
    "read_partition_documents",
    "read_shards",
    "remove_stale_temporaries",
    "to_tables",
    "write_partition",
]

#: The shard folders, in the order a partition's shards are written.
TABLES: tuple[str, ...] = ("events", "mentions", "actors", "claims", "relations", "documents")
#: Tables a shard directory written before they existed may lack: read as empty.
_OPTIONAL = frozenset({"relations"})

#: The folder of per-partition failure lists.
FAILURES = "failures"

_BLOCK = 1 << 20  # bytes read at a time when counting lines


# -- partitions ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Slice:
    """A whole input file (``end is None``) or the byte range of some lines of a JSONL file.

    ``path`` is the input as named on the command line (after directory
    expansion); ``line`` is the 1-based number of the range's first line; ``key`` is the
    path relative to the folder named, which documents named after their file take their
    id from (see :func:`actorgraph.readers.read_path`).
    """

    path: str
    start: int = 0
    end: int | None = None
    line: int = 1
    key: str | None = None


@dataclass(frozen=True, slots=True)
class Partition:
    """Numbered inputs coded together and written as ``part-{index:05d}.parquet``."""

    index: int
    slices: tuple[Slice, ...]

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


def _jsonl_line_ranges(path: Path, size: int) -> tuple[list[tuple[int, int, int]], int]:
    """``(start, end, first_line)`` of each run of ``size`` lines, and the number of lines."""
    ranges: list[tuple[int, int, int]] = []
    start = pos = 0  # byte offsets: current range's start, current block's start
    line = 1  # number of the first line of the current range
    seen = 0  # newlines in the current range so far
    total = 0  # newlines in the file
    last = b"\n"
    with path.open("rb") as f:
        while block := f.read(_BLOCK):
            total += block.count(b"\n")
            last = block[-1:]
            i = 0
            while (count := block.count(b"\n", i)) >= size - seen:
                for _ in range(size - seen):
                    i = block.index(b"\n", i) + 1
                ranges.append((start, pos + i, line))
                start, line, seen = pos + i, line + size, 0
            seen += count
            pos += len(block)
    if start < pos:
        ranges.append((start, pos, line))
    return ranges, total + (last != b"\n")


def _is_jsonl(path: Path, format: str | None) -> bool:
    from ..readers import HEAD_SIZE, detect_format

    if format is not None:
        return format == "jsonl"
    try:
        with path.open("rb") as f:
            head = f.read(HEAD_SIZE)
    except OSError:
        return False
    # Only UTF-8 can be cut at newline bytes (UTF-16/32 files carry a BOM).
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:4] == b"\x00\x00\xfe\xff":
        return False
    return bool(head) and detect_format(path, head) == "jsonl"


def plan_partitions(
    paths: Iterable[str | Path], size: int = 100, format: str | None = None
) -> Iterator[Partition]:
    """Cut the inputs into numbered partitions of about ``size`` documents (see above).

    Lazily: a corpus of any size is planned in constant memory, reading only
    file heads and, for JSONL files, newlines.
    """
    from ..readers import iter_inputs

    if size < 1:
        raise ActorGraphError(f"partition size must be at least 1, not {size}")
    index = 0
    group: list[Slice] = []
    weight = 0

    def flush() -> Iterator[Partition]:
        nonlocal index, group, weight
        if group:
            yield Partition(index, tuple(group))
            index += 1
            group, weight = [], 0

    for path, key in iter_inputs(paths):
        w = 1
        if path.is_file() and _is_jsonl(path, format):
            ranges, lines = _jsonl_line_ranges(path, size)
            if len(ranges) > 1:
                yield from flush()
                for start, end, line in ranges:
                    yield Partition(index, (Slice(str(path), start, end, line),))
                    index += 1
                continue
            w = max(1, lines)
        if group and weight + w > size:
            yield from flush()
        group.append(Slice(str(path), key=key))
        weight += w
    yield from flush()


# -- reading a partition's documents ------------------------------------------------------

_LINE = re.compile(r"\b(line|on line) (\d+)")


def _read_slice(
    s: Slice, base: str | None, format: str | None,
    on_skip: Callable[[ReaderError], None] | None = None,
) -> list[Document]:
    from ..readers import jsonl, read_path
    from ..readers._records import collecting

    shown = Path(s.path)
    # Workers may run in another directory: read relative inputs from the driver's.
    real = shown if base is None or shown.is_absolute() else Path(base, shown)

    def skipped(exc: ReaderError, offset: int = 0) -> None:
        if on_skip is not None:
            on_skip(ReaderError(str(shown), _renumber(exc.problem, offset)))

    if s.end is None:
        try:
            docs = read_path(real, format, s.key, on_skip=skipped if on_skip else None)
        except ReaderError as exc:
            raise ReaderError(str(shown), exc.problem) from None
        if real != shown:
            docs = [replace(d, source=str(shown)) if d.source == str(real) else d for d in docs]
        return docs
    try:
        with real.open("rb") as f:
            f.seek(s.start)
            data = f.read(s.end - s.start)
    except OSError as exc:
        raise ReaderError(str(shown), f"cannot be read: {exc.strerror or exc}") from None
    if not data.strip():
        return []
    try:
        with collecting((lambda e: skipped(e, s.line - 1)) if on_skip else None):
            return jsonl.read(shown, data)
    except ReaderError as exc:
        raise ReaderError(str(shown), _renumber(exc.problem, s.line - 1)) from None


def _renumber(problem: str, offset: int) -> str:
    """Line numbers counted from a range's start (``offset`` lines in) made the file's."""
    if not offset:
        return problem
    return _LINE.sub(lambda m: f"{m.group(1)} {int(m.group(2)) + offset}", problem)


def read_partition_documents(
    partition: Partition, base: str | None = None, format: str | None = None,
    failures: list[tuple[str, str]] | None = None,
    skipped: list[tuple[str, str]] | None = None,
) -> Iterator[Document]:
    """The documents of ``partition``; an unreadable input is added to ``failures`` (or raises).

    With ``skipped``, a bad record of a record format (a JSONL line) is added to it, with
    its line number, and the input's other records are read; without, it refuses its file.
    """

    def skip(exc: ReaderError) -> None:
        assert skipped is not None
        skipped.append((exc.path or "", exc.problem))

    for s in partition.slices:
        try:
            docs = _read_slice(s, base, format, skip if skipped is not None else None)
        except ReaderError as exc:
            if failures is None:
                raise
            failures.append((exc.path or s.path, exc.problem))
            continue
        yield from docs


# -- records <-> Arrow tables --------------------------------------------------------------


def _need_pyarrow() -> Any:
    try:
        import pyarrow as pa
    except ImportError:
        raise ActorGraphError(
            "Parquet shards need pyarrow: pip install 'actorgraph[dask]'"
        ) from None
    return pa


def _schemas() -> dict[str, Any]:
    pa = _need_pyarrow()
    s, i32 = pa.string(), pa.int32()
    head = [("doc_seq", i32), ("doc", s)]
    evidence = pa.struct([("doc", s), ("post", i32), ("start", i32), ("end", i32), ("text", s)])
    return {
        "events": codec.EVENT.arrow_schema(before=(("doc_seq", "int32"), ("doc", "string"))),
        "mentions": pa.schema(head + [
            ("post", i32), ("start", i32), ("end", i32), ("text", s), ("actor", s), ("how", s),
        ]),
        "actors": pa.schema(head + [
            ("id", s), ("name", s), ("kind", s), ("country", s), ("aliases", pa.list_(s)),
            ("affiliations", pa.list_(pa.struct([("actor", s), ("role", s), ("start", s),
                                                 ("end", s)]))),
            ("sector", s), ("wikidata", s), ("provisional", pa.bool_()),
        ]),
        "claims": pa.schema(head + [
            ("id", s), ("event", s), ("asserted_by", s), ("stance", s), ("evidence", evidence),
            ("asserted_by_text", s), ("topic", s), ("proposition", s),
            ("proposition_start", i32), ("proposition_end", i32),
        ]),
        "relations": codec.RELATION.arrow_schema(
            before=(("doc_seq", "int32"), ("doc", "string"))),
        "documents": pa.schema([("doc_seq", i32)] + [
            ("id", s), ("text", s), ("format", s), ("source", s), ("title", s), ("author", s),
            ("published", s), ("url", s),
            ("posts", pa.list_(pa.struct([
                ("index", i32), ("text", s), ("start", i32), ("end", i32), ("author", s),
                ("time", s), ("url", s), ("id", s), ("links", pa.list_(s)),
                ("forwarded_from", s), ("edited", s),
            ]))),
        ]),
    }


def _rows(coded: Iterable[CodedDocument]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for seq, c in enumerate(coded):
        doc = c.document
        head = {"doc_seq": seq, "doc": doc.id}
        rows["events"].extend(head | codec.EVENT.to_json(e, c.actors) for e in c.events)
        rows["mentions"].extend(head | m.to_dict() for m in c.mentions)
        rows["actors"].extend(head | a.to_dict() for a in c.actors.values())
        rows["claims"].extend(head | cl.to_dict() for cl in c.claims)
        rows["relations"].extend(head | codec.RELATION.to_json(r, c.actors) for r in c.relations)
        posts = []
        for p in doc.posts:
            post = p.to_dict()
            if doc.text[p.start:p.end] == p.text:
                post["text"] = None
            posts.append(post)
        record = {k: v for k, v in doc.to_dict().items() if k != "posts"}
        rows["documents"].append({"doc_seq": seq} | record | {"posts": posts})
    return rows


def to_tables(coded: Iterable[CodedDocument]) -> dict[str, Any]:
    """The six Arrow tables of a partition's coded documents (see the module docstring)."""
    pa = _need_pyarrow()
    schemas = _schemas()
    return {name: pa.Table.from_pylist(rows, schema=schemas[name])
            for name, rows in _rows(coded).items()}


def _actor(r: dict[str, Any]) -> Actor:
    return Actor(
        id=r["id"], name=r["name"], kind=r["kind"], country=r["country"],
        aliases=tuple(r["aliases"] or ()),
        affiliations=tuple(Affiliation(**a) for a in r["affiliations"] or ()),
        sector=r["sector"], wikidata=r["wikidata"], provisional=r["provisional"],
    )


def _document(r: dict[str, Any]) -> Document:
    text = r["text"]
    posts = tuple(
        Post(**(p | {"text": text[p["start"]:p["end"]] if p["text"] is None else p["text"],
                     "links": tuple(p["links"] or ())}))
        for p in r["posts"] or ()
    )
    return Document(id=r["id"], text=text, posts=posts, format=r["format"], source=r["source"],
                    title=r["title"], author=r["author"], published=r["published"], url=r["url"])


def from_tables(tables: dict[str, Any]) -> Iterator[CodedDocument]:
    """The coded documents of one partition's tables: the inverse of :func:`to_tables`."""
    rows = {name: tables[name].to_pylist() for name in TABLES}
    coded = [CodedDocument(_document(r)) for r in rows["documents"]]
    by_seq = {r["doc_seq"]: c for r, c in zip(rows["documents"], coded, strict=True)}
    for r in rows["events"]:
        by_seq[r["doc_seq"]].events.append(codec.EVENT.from_json(r))
    for r in rows["mentions"]:
        by_seq[r["doc_seq"]].mentions.append(Mention(
            doc=r["doc"], post=r["post"], start=r["start"], end=r["end"], text=r["text"],
            actor=r["actor"], how=r["how"]))
    for r in rows["actors"]:
        by_seq[r["doc_seq"]].actors[r["id"]] = _actor(r)
    for r in rows["claims"]:
        by_seq[r["doc_seq"]].claims.append(Claim(
            id=r["id"], event=r["event"], asserted_by=r["asserted_by"], stance=r["stance"],
            evidence=Evidence(**r["evidence"]), asserted_by_text=r.get("asserted_by_text"),
            topic=r.get("topic"), proposition=r.get("proposition"),
            proposition_start=r.get("proposition_start"),
            proposition_end=r.get("proposition_end")))
    for r in rows["relations"]:
        by_seq[r["doc_seq"]].relations.append(codec.RELATION.from_json(r))
    yield from coded


# -- coding and writing a partition --------------------------------------------------------


@dataclass
class PartitionResult:
    """What coding one partition gives: its tables, the inputs that failed to read and
    the bad records skipped in the others.

    Failures are ``(path, problem)`` pairs rather than exceptions so that the
    result pickles plainly between Dask workers and the driver.
    """

    partition: Partition
    tables: dict[str, Any]
    failures: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


def code_partition(
    partition: Partition, coder: DocumentCoder, base: str | None = None,
    format: str | None = None,
) -> PartitionResult:
    """Read and code ``partition`` with ``coder``; unreadable inputs become failures."""
    failures: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
    docs = read_partition_documents(partition, base, format, failures, skipped)
    coded = list(coder.code_many(docs))
    tables = to_tables(coded)
    return PartitionResult(partition, tables, failures, len(coded),
                           sum(len(c.events) for c in coded), skipped)


def _shard(out: Path, table: str, partition: str) -> Path:
    return out / table / f"{partition}.parquet"


def _failures_file(out: Path, partition: str) -> Path:
    return out / FAILURES / f"{partition}.json"


def is_done(out: str | Path, partition: Partition) -> bool:
    """Whether ``partition`` was written whole by an earlier run and had no failed input."""
    out = Path(out)
    return all(_shard(out, t, partition.name).is_file() for t in TABLES) and not (
        _failures_file(out, partition.name).exists()
    )


def _atomic_write(path: Path, write: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_TEMPORARY = re.compile(r"^\..+\.tmp-(\d+)$")


def remove_stale_temporaries(out: str | Path) -> list[Path]:
    """Delete the temporary files that killed runs left in ``out``; returns them.

    They are never read (shards are renamed into place whole), but a killed run
    leaves one behind, as big as a shard. Those of a process still running (a
    batch writing to the same folder) are kept.
    """
    out = Path(out)
    removed = []
    for folder in (out, out / FAILURES, *(out / t for t in TABLES)):
        for path in folder.glob(".*.tmp-*") if folder.is_dir() else ():
            m = _TEMPORARY.match(path.name)
            if m and not _running(int(m.group(1))):
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # not ours to signal (another user's): it exists
        return True
    return True


_SKIPPED_LINE = re.compile(r"line (\d+): ")


def _failure_record(path: str, problem: str, skipped: bool = False) -> dict[str, Any]:
    """A failures-file entry; a skipped record has ``"skipped": true`` and its ``line``."""
    record: dict[str, Any] = {"path": path, "problem": problem}
    if skipped:
        record["skipped"] = True
        if m := _SKIPPED_LINE.match(problem):
            record["line"] = int(m.group(1))
    return record


def write_partition(out: str | Path, result: PartitionResult) -> None:
    """Write a partition's shards (each atomically), and its failures if it had any."""
    import pyarrow.parquet as pq

    out = Path(out)
    name = result.partition.name
    failed = _failures_file(out, name)
    # The documents shard, written last, is what makes a partition readable. A partition
    # coded again (it had failures) replaces its shards one by one: drop that one first, so
    # that a run killed in between leaves the partition unread rather than a mix of old and
    # new shards whose rows do not match (read_shards would fail or mix up documents).
    _shard(out, "documents", name).unlink(missing_ok=True)
    if result.failures or result.skipped:
        # Written first: a run killed after it still knows the partition is unfinished.
        # Skipped records count too: a rerun after the lines are fixed codes them.
        records = [_failure_record(p, problem) for p, problem in result.failures]
        records += [_failure_record(p, problem, True) for p, problem in result.skipped]
        _atomic_write(failed, lambda f: f.write(json.dumps(records, indent=1).encode()))
    for table in TABLES:
        _atomic_write(_shard(out, table, name),
                      lambda f, t=table: pq.write_table(result.tables[t], f, compression="zstd"))
    if not (result.failures or result.skipped):
        failed.unlink(missing_ok=True)


def is_batch_output(path: str | Path) -> bool:
    """Whether ``path`` is a directory that ``actorgraph batch --out`` wrote (or is writing)."""
    p = Path(path)
    return p.is_dir() and ((p / "batch.json").is_file() or (p / "documents").is_dir())


def read_shards(out: str | Path) -> Iterator[CodedDocument]:
    """The coded documents of a batch output directory, partition by partition.

    Partitions missing any of their shards (a batch still running, or
    killed) are left out. Only one partition is held in memory at a time.

    >>> for coded in read_shards("shards/"):                   # doctest: +SKIP
    ...     store.write(coded)
    """
    import pyarrow.parquet as pq

    out = Path(out)
    if not is_batch_output(out):
        raise ActorGraphError(
            f"{out}: not a batch output directory (no batch.json or documents/); "
            "write one with `actorgraph batch CORPUS --out DIR`"
        )
    for shard in sorted((out / "documents").glob("part-*.parquet")):
        name = shard.stem
        paths = {t: _shard(out, t, name) for t in TABLES}
        if not all(p.is_file() for t, p in paths.items() if t not in _OPTIONAL):
            continue
        schemas = _schemas()
        yield from from_tables({t: pq.read_table(p) if p.is_file() else schemas[t].empty_table()
                                for t, p in paths.items()})
