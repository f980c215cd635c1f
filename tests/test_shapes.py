"""Coding time grows linearly with the size of a post, whatever its shape (issue 20, item 2).

Before the fix one post of ``"Iran attacked Iraq. "`` repeated took 8.7 s at 20 KB and 108 s
at 100 KB, 20 KB of ``!`` took 128 s, 40,000 emoji 159 s: the prefilter scanned every
span and copied the whole doc for each sentence, and spaCy's tokenizer takes a run without
spaces apart one character at a time. The shapes come from ``bench/shapes.py`` (the same
ones ``python bench/fuzz.py --shapes 16 --shapes 64`` reports); hypothesis picks the shape
and the seed. Each example codes two texts of 4 and 16 KB, a few seconds in all.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_spec = importlib.util.spec_from_file_location(
    "bench_shapes", Path(__file__).parents[1] / "bench" / "shapes.py")
assert _spec and _spec.loader
shapes = importlib.util.module_from_spec(_spec)
sys.modules["bench_shapes"] = shapes
_spec.loader.exec_module(shapes)

SMALL, LARGE = 4 * 1024, 16 * 1024
#: Slack for a shared, noisy machine; quadratic growth from 4 to 16 KB is fourfold.
GROWTH, FACTOR = 2.5, 4.0


@pytest.fixture(scope="module")
def prose_per_kb(coder) -> float:
    shapes.per_kb(coder, shapes.post("prose", 2048))  # warm-up
    return min(shapes.per_kb(coder, shapes.post("prose", LARGE, seed)) for seed in (1, 2))


@pytest.mark.slow
@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(shape=st.sampled_from([s for s in shapes.SHAPES if s != "prose"]),
       seed=st.integers(0, 10_000))
def test_time_per_kb_stays_flat_for_every_shape(coder, prose_per_kb, shape, seed) -> None:
    small = shapes.per_kb(coder, shapes.post(shape, SMALL, seed))
    large = shapes.per_kb(coder, shapes.post(shape, LARGE, seed))
    floor = 0.2 * prose_per_kb  # below this a time is noise, not growth
    assert large <= GROWTH * max(small, floor), (shape, small, large)
    assert large <= FACTOR * prose_per_kb, (shape, large, prose_per_kb)


def test_long_runs_are_cut_and_the_text_kept_exactly() -> None:
    """Without the model: the tokenizer sees no run longer than MAX_RUN, offsets unchanged."""
    import spacy

    from actorgraph.coding.runs import MAX_RUN, make_doc

    nlp = spacy.blank("en")
    text = "Iran said " + "!" * 5000 + " then " + "😀" * 3000 + "\u200d" * 700 + " end."
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) <= MAX_RUN
    assert [t.idx for t in doc] == [text.index(t.text, t.idx) for t in doc]
    ordinary = "Iran attacked Iraq on Monday, officials said."
    assert [t.text for t in make_doc(nlp, ordinary)] == [t.text for t in nlp.make_doc(ordinary)]
