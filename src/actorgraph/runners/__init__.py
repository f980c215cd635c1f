"""Batch coding of large corpora into Parquet shards, in this process or on Dask.

:func:`run_batch` is what ``actorgraph batch`` calls. It cuts the inputs
into numbered partitions (:func:`~actorgraph.runners.shards.plan_partitions`),
codes each partition with :class:`~actorgraph.coding.documents.DocumentCoder`
and writes its shards under ``out`` (the layout and schema are documented in
:mod:`actorgraph.runners.shards`). Engines:

- ``local`` (:mod:`actorgraph.runners.local`): one partition after another in
  this process, the reference;
- ``dask`` (:mod:`actorgraph.runners.dask`): partitions coded in parallel by
  the workers of a ``LocalCluster`` started for the run, or of a running
  cluster named by its scheduler address. Each worker loads the model once.

Both give the same shards for the same inputs: the plan depends only on
the inputs and the partition size, and only the driver writes shards.
A run is resumable: partitions already written whole are skipped. The
settings and inputs of a run are kept in ``out/batch.json``, and a rerun with
others is refused, since its partitions would not line up.

Memory stays flat whatever the corpus size: the driver plans lazily and
holds at most a few partitions' results at a time.

>>> report = run_batch(["corpus/"], "shards/", engine="dask", workers=4)  # doctest: +SKIP
>>> report.events                                                         # doctest: +SKIP
5120
>>> for coded in read_shards("shards/"):                                   # doctest: +SKIP
...     print(coded.document.id, len(coded.events))
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ActorGraphError, ConfigError, ReaderError, RecordError
from ..settings import Settings
from .shards import (
    Partition,
    PartitionResult,
    is_done,
    plan_partitions,
    read_shards,
    remove_stale_temporaries,
    write_partition,
)

if TYPE_CHECKING:
    from ..coding.documents import DocumentCoder

__all__ = ["ENGINES", "BatchReport", "plan_partitions", "read_shards", "run_batch"]

#: The engines :func:`run_batch` knows.
ENGINES: tuple[str, ...] = ("local", "dask")

#: The file that records what a batch output directory was made from.
MANIFEST = "batch.json"

OnError = Callable[[ActorGraphError], None]
#: How an engine hands a coded partition back to the driver, and reports a failed one.
Done = Callable[[PartitionResult], None]
Fail = Callable[[Partition, BaseException], None]


@dataclass
class BatchReport:
    """What a batch run did. ``setup_s`` is model (and cluster) start-up, ``coding_s`` the rest."""

    out: str
    partitions: int = 0
    written: int = 0
    skipped: int = 0
    documents: int = 0
    events: int = 0
    failures: list[ActorGraphError] = field(default_factory=list)
    setup_s: float = 0.0
    coding_s: float = 0.0


def _manifest(
    paths: list[str], settings: Settings, format: str | None, size: int
) -> dict[str, Any]:
    kept = {f.name: getattr(settings, f.name) for f in fields(settings)
            if f.name not in ("db", "batch_size")}  # neither changes what is coded
    return {"inputs": paths, "format": format, "partition_size": size, "settings": kept}


def _claim(out: Path, manifest: dict[str, Any]) -> None:
    """Record ``manifest`` in ``out``, or refuse when ``out`` holds another batch."""
    path = out / MANIFEST
    if path.exists():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ActorGraphError(
                f"{path}: cannot read ({exc}); delete it or use another --out"
            ) from None
        if old != manifest:
            diff = sorted(k for k in manifest.keys() | old.keys() if old.get(k) != manifest.get(k))
            raise ActorGraphError(
                f"{out} holds shards of a batch with other {', '.join(diff)} (see {path}); "
                "rerun with the same inputs and options to resume, or use another --out"
            )
        return
    try:
        out.mkdir(parents=True, exist_ok=True)
        tmp = out / f".{MANIFEST}.tmp-{os.getpid()}"
        tmp.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise ActorGraphError(f"{out}: cannot write ({exc.strerror or exc})") from None


def run_batch(
    paths: Iterable[str | Path],
    out: str | Path,
    settings: Settings | None = None,
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    format: str | None = None,
    partition_size: int = 100,
    on_error: OnError | None = None,
    coder: DocumentCoder | None = None,
) -> BatchReport:
    """Code ``paths`` into Parquet shards under ``out``; see the module docstring.

    Unreadable inputs and partitions that fail (after the Dask engine's
    retries) go to ``on_error`` and into the report; the other partitions are
    still coded. ``coder`` (local engine only) reuses an already loaded coder.
    """
    settings = settings or Settings()
    inputs = [str(p) for p in paths]
    out = Path(out)
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if engine == "local" and (workers is not None or scheduler is not None):
        raise ConfigError("--workers and --scheduler are options of --engine dask")
    if workers is not None and scheduler is not None:
        raise ConfigError("--workers sizes the local Dask cluster; with --scheduler the "
                          "cluster has the workers it has")
    if workers is not None and workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    _claim(out, _manifest(inputs, settings, format, partition_size))
    remove_stale_temporaries(out)  # what a killed run was writing when it died
    report = BatchReport(out=str(out))

    def error(exc: ActorGraphError) -> None:
        report.failures.append(exc)
        if on_error:
            on_error(exc)

    def todo() -> Iterator[Partition]:
        for partition in plan_partitions(inputs, partition_size, format):
            report.partitions += 1
            if is_done(out, partition):
                report.skipped += 1
            else:
                yield partition

    def done(result: PartitionResult) -> None:
        write_partition(out, result)
        report.written += 1
        report.documents += result.documents
        report.events += result.events
        for path, problem in result.failures:
            error(ReaderError(path, problem))
        for path, problem in result.skipped:
            error(RecordError(path, problem))

    def fail(partition: Partition, exc: BaseException) -> None:
        files = ", ".join(s.path for s in partition.slices[:3])
        files += ", ..." if len(partition.slices) > 3 else ""
        wrapped = ActorGraphError(
            f"{partition.name} ({files}): not coded: {type(exc).__name__}: {exc}"
        )
        wrapped.__cause__ = exc
        error(wrapped)

    base = os.getcwd()
    start = time.perf_counter()
    if engine == "local":
        from .local import run_local

        report.setup_s = run_local(todo(), done, fail, settings, base=base, format=format,
                                   coder=coder)
    else:
        from .dask import run_dask

        report.setup_s = run_dask(todo(), done, fail, settings, base=base, format=format,
                                  workers=workers, scheduler=scheduler)
    report.coding_s = time.perf_counter() - start - report.setup_s
    return report
