"""The Dask engine: partitions coded in parallel on a ``dask.distributed`` cluster.

With no scheduler address it starts a ``LocalCluster`` for the run: one
process per worker, one thread each, bound to 127.0.0.1, no dashboard. With
``scheduler="tcp://host:8786"`` it connects to a running cluster (such as
those ``dask-jobqueue`` starts on SLURM or ``dask-kubernetes`` on
Kubernetes); its workers must see the inputs at the same paths (relative
inputs are read from the driver's working directory) and have actorgraph
and the model installed.

:class:`CoderPlugin` loads the :class:`~actorgraph.coding.documents.DocumentCoder`
once per worker, when the worker joins. Workers read and code a partition
and send back its Arrow tables; the driver alone writes shards. A partition
whose task fails is retried (``retries``) on any worker; one that still
fails is reported and the batch goes on.

This module is only imported for ``--engine dask``: ``import actorgraph``
never imports Dask.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterable
from contextlib import ExitStack
from itertools import islice
from typing import TYPE_CHECKING, Any

from ..errors import ActorGraphError
from ..models import stable_id
from ..settings import Settings
from .shards import Partition, PartitionResult, code_partition

try:
    from distributed import WorkerPlugin
except ImportError:  # pragma: no cover - exercised without the extra installed
    raise ActorGraphError(
        "the dask engine needs dask.distributed: pip install 'actorgraph[dask]'"
    ) from None

if TYPE_CHECKING:
    from . import Done, Fail

__all__ = ["CoderPlugin", "run_dask"]

#: How many times a failed partition task is tried again before it is reported.
RETRIES = 2


class CoderPlugin(WorkerPlugin):  # type: ignore[misc]
    """Loads one DocumentCoder per worker, for the settings it was made with."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = "actorgraph-coder-" + stable_id(repr(settings), length=12)
        self.coder: Any = None

    def setup(self, worker: Any) -> None:
        from ..coding.documents import DocumentCoder

        self.coder = DocumentCoder(self.settings)

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings, "name": self.name, "coder": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


def code_on_worker(
    partition: Partition, plugin: str, base: str | None, format: str | None
) -> PartitionResult:
    """The task: code ``partition`` with the coder the worker's plugin loaded."""
    from distributed import get_worker

    coder = get_worker().plugins[plugin].coder  # type: ignore[attr-defined]
    return code_partition(partition, coder, base, format)


def _settings_for_workers(settings: Settings) -> Settings:
    from dataclasses import replace
    from pathlib import Path

    # Workers may start elsewhere: name the user's actor and lexicon files absolutely.
    if settings.actors and not Path(settings.actors).is_absolute():
        settings = replace(settings, actors=str(Path(settings.actors).resolve()))
    if settings.lexicon and not Path(settings.lexicon).is_absolute():
        settings = replace(settings, lexicon=str(Path(settings.lexicon).resolve()))
    return settings


def run_dask(
    partitions: Iterable[Partition], done: Done, fail: Fail, settings: Settings, *,
    base: str | None = None, format: str | None = None, workers: int | None = None,
    scheduler: str | None = None, retries: int = RETRIES, window: int | None = None,
) -> float:
    """Code ``partitions`` on Dask, handing each result to ``done``; returns the set-up seconds.

    At most ``window`` partitions (default: twice the worker threads) are in flight,
    so the driver's memory does not grow with the corpus.
    """
    from distributed import Client, LocalCluster, as_completed

    start = time.perf_counter()
    with ExitStack() as stack:
        try:
            if scheduler:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
            else:
                cluster = stack.enter_context(LocalCluster(
                    n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                    processes=True, dashboard_address=None, host="127.0.0.1",
                ))
                client = stack.enter_context(Client(cluster))
        except (OSError, TimeoutError) as exc:
            where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
            raise ActorGraphError(f"cannot start or reach {where}: {exc}") from None
        plugin = CoderPlugin(_settings_for_workers(settings))
        try:
            client.register_plugin(plugin, name=plugin.name)
        except ActorGraphError:
            raise
        except Exception as exc:
            raise ActorGraphError(
                f"the Dask workers cannot load the coder: {type(exc).__name__}: {exc}"
            ) from None
        setup = time.perf_counter() - start
        threads = sum(client.nthreads().values()) or 1
        window = window or 2 * threads
        run = uuid.uuid4().hex[:8]

        def submit(p: Partition) -> Any:
            future = client.submit(code_on_worker, p, plugin.name, base, format,
                                   key=f"actorgraph-{p.name}-{run}", retries=retries, pure=False)
            owner[future.key] = p
            return future

        owner: dict[str, Partition] = {}
        todo = iter(partitions)
        queue = as_completed([submit(p) for p in islice(todo, window)])
        for future in queue:
            partition = owner.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:  # retries spent: report it and go on
                fail(partition, exc)
            else:
                done(result)
            future.release()
            for p in islice(todo, 1):
                queue.add(submit(p))
        return setup
