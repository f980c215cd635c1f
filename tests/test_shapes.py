"""Coding work grows linearly with the size of a post, whatever its shape (issue 20, item 2).

Before the fix one post of ``"Iran attacked Iraq. "`` repeated took 8.7 s at 20 KB and 108 s
at 100 KB, 20 KB of ``!`` took 128 s, 40,000 emoji 159 s: the prefilter scanned every
span and copied the whole doc for each sentence, and spaCy's tokenizer takes a run without
spaces apart one character at a time. The shapes come from ``bench/shapes.py`` (the same
ones ``python bench/fuzz.py --shapes 16 --shapes 64`` reports); hypothesis picks the shape
and the seed. Each example codes two texts of 4 and 16 KB.

The work is counted, not timed (``shapes.work``: lines of the package's code run, by
function, and what the tokenizer reads), so the test gives the same answer on a loaded
machine as on a quiet one: four times the text may cost at most ``GROWTH`` times four the
work in all, and no function that does a share of it may grow faster than ``FUNCTION``
times four (a quadratic one grows sixteen times).
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
RATIO = LARGE / SMALL
#: Linear growth is RATIO (texts of one shape differ a little in what they hold); a function
#: that runs at least SHARE of the lines, and LEAST of them, may grow FUNCTION times RATIO;
#: per KB, no shape may cost more than FACTOR times prose.
GROWTH, FUNCTION, SHARE, LEAST, FACTOR = 1.3, 2.0, 0.01, 5_000, 6.0


def growth_problems(small: dict, large: dict, ratio: float = RATIO) -> list[str]:
    """What grows faster than linearly from ``small`` to ``large`` (``shapes.work`` counts
    of texts ``ratio`` times apart in size)."""
    problems = []
    for key in ("lines", "tokenizer"):
        if large[key] > GROWTH * ratio * max(small[key], 1):
            problems.append(f"{key}: {small[key]:,} -> {large[key]:,}")
    floor = max(SHARE * large["lines"], LEAST)
    for name, n in large["functions"].most_common():
        if n < floor:
            break
        if n > FUNCTION * ratio * max(small["functions"].get(name, 0), 1):
            problems.append(f"{name}: {small['functions'].get(name, 0):,} -> {n:,} lines")
    return problems


@pytest.fixture(scope="module")
def prose_lines_per_kb(coder) -> float:
    shapes.work(coder, shapes.post("prose", 2048))  # warm-up: caches and lazy tables
    # the converted persons' surname index is built the first time a text names someone by
    # a surname alone: a one-off cost, which a large text alone would count as growth
    coder.dictionary.surnames().is_common("smith")
    return max(shapes.work(coder, shapes.post("prose", LARGE, seed))["lines"]
               for seed in (1, 2)) / (LARGE / 1024)


@pytest.mark.slow
@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(shape=st.sampled_from(list(shapes.SHAPES)), seed=st.integers(0, 10_000))
def test_work_per_kb_stays_flat_for_every_shape(coder, prose_lines_per_kb, shape, seed) -> None:
    small = shapes.work(coder, shapes.post(shape, SMALL, seed))
    large = shapes.work(coder, shapes.post(shape, LARGE, seed))
    assert not growth_problems(small, large), (shape, seed, growth_problems(small, large))
    assert large["lines"] / (LARGE / 1024) <= FACTOR * prose_lines_per_kb, (shape, large["lines"])


def test_growth_problems_tells_quadratic_from_linear() -> None:
    """The check itself, on made-up counts: linear growth passes; a quadratic function
    fails, even one too small to move the total much; so does a quadratic tokenizer; a
    quadratic function of a negligible share of the work is no concern."""
    from collections import Counter

    def counts(n: int, quadratic: int = 0, tokens: bool = False) -> dict:
        functions = Counter({"coder.py:1 code": 100 * n, "dates.py:1 date": 3 * n + 50,
                             "tiny.py:1 f": n * n // 10_000})
        if quadratic:
            functions["attribution.py:1 rebuttals"] = n * n // quadratic
        return {"lines": sum(functions.values()), "functions": functions,
                "tokenizer": n * n if tokens else 7 * n}

    assert growth_problems(counts(400), counts(1600)) == []
    assert growth_problems(counts(400, quadratic=200), counts(1600, quadratic=200)) == [
        "attribution.py:1 rebuttals: 800 -> 12,800 lines"]  # the total grows 4.3 times
    problems = growth_problems(counts(400, quadratic=1), counts(1600, quadratic=1))
    assert problems[0].startswith("lines") and "attribution.py:1 rebuttals" in problems[1]
    assert growth_problems(counts(400, tokens=True), counts(1600, tokens=True)) == [
        "tokenizer: 160,000 -> 2,560,000"]


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
