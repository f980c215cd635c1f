"""The in-process engine: one partition after another, the reference the others must match."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..settings import Settings
from .shards import Partition, code_partition

if TYPE_CHECKING:
    from ..coding.documents import DocumentCoder
    from . import Done, Fail

__all__ = ["run_local"]


def run_local(
    partitions: Iterable[Partition], done: Done, fail: Fail, settings: Settings, *,
    base: str | None = None, format: str | None = None, coder: DocumentCoder | None = None,
) -> float:
    """Code ``partitions`` here, handing each result to ``done``; returns the set-up seconds.

    A partition that raises is reported to ``fail`` and the batch goes on,
    as the Dask engine does once its retries are spent.
    """
    start = time.perf_counter()
    if coder is None:
        from ..coding.documents import DocumentCoder

        coder = DocumentCoder(settings)
    setup = time.perf_counter() - start
    for partition in partitions:
        try:
            result = code_partition(partition, coder, base, format)
        except Exception as exc:  # one bad partition never stops a batch
            fail(partition, exc)
            continue
        done(result)
    return setup
