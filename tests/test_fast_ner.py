"""The recogniser's batch-at-once ``pipe`` finds the entities spaCy's own loop finds."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc, Span

from actorgraph.nlp.fast_ner import (
    _FastEntities,
    _Moves,
    _Recogniser,
    _valid,
    speed_up_entities,
)

_ENTS = [ENT_IOB, ENT_TYPE, ENT_KB_ID]

# Made-up news lines: names at the start and end of a line, names across a sentence
# break, runs of spaces (no entity may begin on one), one-word lines and an empty one.
TEXTS = [
    "Minister Alda Reyes met the Northland Defence Council in Port Avery on Tuesday.",
    "Troops from Eastmarch crossed the river.  Officials in Valdoria denied it.",
    "The Coastal League said 3,000 refugees had reached Kerrin by March 4.",
    "Protesters gathered.",
    "",
    "Talks between   the Free Hills Front and the government of Ostrava resumed in Geneva",
    "Reyes",
    "A spokesman for the United Nations said the convoy was held at the border for two days.",
]


def _entity_rows(docs: list[Doc]) -> list[list[list[int]]]:
    return [doc.to_array(_ENTS).tolist() for doc in docs]


def _toy_pipeline():  # type: ignore[no-untyped-def]
    """A blank English pipeline with sentence starts and an untrained recogniser of a
    few labels, its output layer given random weights (it starts at zero, which ties
    every move): they decode to something, and must decode alike both ways."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ner = nlp.add_pipe("ner")
    for label in ("GPE", "ORG", "PERSON", "DATE"):
        ner.add_label(label)
    spacy.util.fix_random_seed(7)  # the layers below the output start alike in every run
    nlp.initialize()
    upper = ner.model.get_ref("upper")
    rng = numpy.random.default_rng(7)
    upper.set_param("W", rng.normal(size=upper.get_param("W").shape).astype("f"))
    return nlp, ner


def test_untrained_recogniser_decodes_alike() -> None:
    nlp, ner = _toy_pipeline()
    before = [nlp.get_pipe("sentencizer")(nlp.make_doc(t)) for t in TEXTS * 3]
    own = list(ner.pipe([d.copy() for d in before], batch_size=8))
    assert speed_up_entities(nlp)
    fast = nlp.get_pipe("ner")
    assert isinstance(fast, _Recogniser) and isinstance(fast.pipe, _FastEntities)
    ours = list(fast.pipe([d.copy() for d in before], batch_size=8))
    assert _entity_rows(ours) == _entity_rows(own)
    assert any(len(d.ents) for d in own)  # the random weights do find some
    assert [d.text for d in nlp.pipe(TEXTS)] == TEXTS  # in input order, through nlp.pipe
    assert speed_up_entities(nlp)  # a second call leaves it as it is
    assert fast.labels == ner.labels  # the rest is the recogniser's own


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_valid_moves_read_from_the_table_as_computed(seed: int) -> None:
    _, ner = _toy_pipeline()
    moves = _Moves(ner)
    rng = numpy.random.default_rng(seed)
    n = 200
    opened, two_left, space, next_starts = (rng.random(n) < 0.5 for _ in range(4))
    code = rng.integers(0, len(moves.labels), n)
    rows, each = moves.valid(opened, code, two_left, space, next_starts)
    expected = _valid(opened, moves.labels[code], two_left, space, next_starts, moves)
    assert numpy.array_equal(rows, expected)
    assert each == bool(expected.any(axis=1).all())


def test_sentence_starts_read_at_the_right_token() -> None:
    """Output weights that favour beginning a two-word GPE wherever one may begin: the
    entities then follow the validity tests (no entity across a sentence start, none
    beginning on a space), here in sub-batches that hold empty Docs before others."""
    nlp, ner = _toy_pipeline()
    upper = ner.model.get_ref("upper")
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    upper.set_param("W", upper.get_param("W") * 0.001)
    upper.set_param("b", numpy.array(
        [10.0 if n == "B-GPE" else 5.0 if n == "L-GPE" else 0.0 for n in names], dtype="f"))
    # By length, in sub-batches of three: "", "" and "Rain fell...", then the others.
    texts = ["", "Rain fell. Troops left. Kerrin  fell. Ships sailed.", "",
             "Officials in Avery said the talks resumed.", "Rain fell. Troops left."]
    before = [nlp.get_pipe("sentencizer")(nlp.make_doc(t)) for t in texts]
    own = list(ner.pipe([d.copy() for d in before], batch_size=12))
    assert speed_up_entities(nlp)
    ours = list(nlp.get_pipe("ner").pipe([d.copy() for d in before], batch_size=12))
    assert _entity_rows(ours) == _entity_rows(own)
    assert {"Rain fell", "Troops left", "Ships sailed"} <= {e.text for e in own[1].ents}
    assert [e.text for e in own[4].ents] == ["Rain fell", ".", "Troops left", "."]
    assert not any(t.is_sent_start for d in own for e in d.ents for t in e[1:])


def test_no_recogniser_nothing_to_speed_up() -> None:
    assert not speed_up_entities(spacy.blank("en"))


@pytest.mark.slow
def test_model_entities_unchanged(nlp) -> None:
    fast = nlp.get_pipe("ner")
    assert isinstance(fast, _Recogniser)  # the coder's pipeline has it
    with nlp.select_pipes(disable=["ner", "actorgraph_actors"]):
        before = list(nlp.pipe(TEXTS))
    own = list(fast._ner.pipe([d.copy() for d in before]))
    ours = list(fast.pipe([d.copy() for d in before]))
    assert _entity_rows(ours) == _entity_rows(own)
    labels = {e.label_ for d in ours for e in d.ents}
    assert {"PERSON", "GPE", "ORG"} <= labels


@pytest.mark.slow
def test_entities_set_before_go_through_spacys_loop(nlp) -> None:
    fast = nlp.get_pipe("ner")
    with nlp.select_pipes(disable=["ner", "actorgraph_actors"]):
        [doc] = nlp.pipe(["Officials of the Coastal League met in Kerrin on Monday."])
    doc.set_ents([Span(doc, 3, 5, label="NORP")], default="unmodified")  # a preset one
    own = list(fast._ner.pipe([doc.copy()]))
    ours = list(fast.pipe([doc.copy()]))
    assert _entity_rows(ours) == _entity_rows(own)
    assert ("Coastal League", "NORP") in {(e.text, e.label_) for e in ours[0].ents}
