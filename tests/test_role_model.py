"""The trained role classifier (nlp/role_model.py) and its training (nlp/role_training.py):
the shipped weights load, the decision rules fill and replace as the card says, labels come
from the gold surfaces, training is reproducible, and the coder uses the model."""

from __future__ import annotations

import numpy as np
import pytest

from actorgraph.nlp.event_training import TrainConfig
from actorgraph.nlp.role_model import ROLES, RoleModel, load_role_model
from actorgraph.nlp.role_training import Record, label, train_weights


def test_the_shipped_model_loads_with_its_card():
    model = load_role_model()
    assert model is not None
    assert model.weights.shape == (len(model.index), 2)
    card = model.card
    assert card["data"]["train_items"] > 0 and "test" not in card["data"]
    assert set(card["thresholds"]) >= {f"{r}_fill" for r in ROLES}
    # rules alone, the model alone and both were measured on dev
    assert {"rules", "model_alone", "rules_and_model"} <= set(card["dev"])


def test_a_missing_model_is_none_and_a_broken_one_says_so(tmp_path):
    from actorgraph.errors import ModelError

    assert load_role_model(str(tmp_path)) is None
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "role_model.json").write_text('{"features_version": 1}', "utf-8")
    (broken / "role_model.npz").write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="role_model.npz"):
        load_role_model(str(broken))


def test_probabilities_are_the_two_logistic_regressions():
    model = RoleModel(["a", "b"], np.array([[2.0, -1.0], [0.0, 3.0]]), {})
    probs = model.probabilities([["a"], ["a", "b"], ["unknown"]])
    expected = 1 / (1 + np.exp(-np.array([[2.0, -1.0], [2.0, 2.0], [0.0, 0.0]])))
    assert np.allclose(probs, expected)


def _record(item: str, start: int, end: int, actor: str | None, trigger: int = 0,
            etype: str = "ASSAULT") -> Record:
    return Record(item, trigger, etype, start, end, actor, ["bias"])


def test_labels_come_from_the_gold_surfaces_and_ids():
    text = "Iran's forces shelled Kurdish villages and Iraq protested."
    item = {"id": "x", "text": text, "events": [
        {"type": "ASSAULT", "source": "Iran's forces", "source_id": "IRN.MIL",
         "target": "Kurdish villages", "target_id": "IRQ.KURD"}]}
    iran = _record("x", 0, 4, "IRN")
    forces = _record("x", 7, 13, "IRN.MIL")
    kurdish = _record("x", 22, 29, "KURD")  # the right words, another id: still the target
    iraq = _record("x", 43, 47, "IRQ")
    other_type = _record("x", 43, 47, "IRQ", trigger=48, etype="ACCUSE")
    records = [iran, forces, kurdish, iraq, other_type]
    label(records, [item])
    assert forces.labels == [1, 0]  # the gold id inside the surface wins over "Iran"
    assert iran.labels == [0, 0]
    assert kurdish.labels == [0, 1]
    assert iraq.labels == [0, 0] and other_type.labels == [0, 0]


def test_training_is_reproducible_and_learns_the_signal():
    rng = np.random.default_rng(0)
    records = []
    for k in range(200):
        side = "after" if rng.random() < 0.5 else "before"
        r = Record("i", k, "ASSAULT", 0, 1, None, ["bias", f"side={side}", f"noise={k % 7}"])
        r.labels = [int(side == "before"), int(side == "after")]
        records.append(r)
    cfg = TrainConfig(seed=5, epochs=30, lr=0.2, l2=1e-4, min_count=2)
    vocab, w1 = train_weights(records, cfg)
    _, w2 = train_weights(records, cfg)
    assert np.array_equal(w1, w2)
    model = RoleModel(vocab, w1, {})
    p = model.probabilities([["bias", "side=before"], ["bias", "side=after"]])
    assert p[0, 0] > 0.8 and p[0, 1] < 0.2 and p[1, 1] > 0.8 and p[1, 0] < 0.2


# -- in the coder (slow: the loaded pipeline) ----------------------------------------------


@pytest.fixture()
def roles_off(coder):
    reader = coder.coder.reader
    saved = reader.roles
    reader.roles = None
    yield
    reader.roles = saved


def _triples(coded):
    return {(e.type, e.source, e.target) for e in coded.events}


@pytest.mark.slow
def test_a_policy_that_fills_an_empty_target(coder, code_text):
    # a stand-in model: every candidate after the trigger is the target
    reader = coder.coder.reader
    saved = reader.roles
    reader.roles = RoleModel(["side=after"], np.array([[-6.0, 6.0]]),
                             {"thresholds": {"target_fill": 0.9}})
    try:
        found = _triples(code_text("Bahrain cut trade links with Qatar."))
    finally:
        reader.roles = saved
    assert ("SANCTION", "BHR", "QAT") in found, found


@pytest.mark.slow
def test_a_policy_never_makes_an_actor_its_own_target(coder, code_text):
    reader = coder.coder.reader
    saved = reader.roles
    # every candidate looks like the target, the source included: the source is left out
    reader.roles = RoleModel(["bias"], np.array([[0.0, 6.0]]),
                             {"thresholds": {"target_fill": 0.5, "target_margin": 0.0}})
    try:
        coded = code_text("Bahrain cut trade links.")
    finally:
        reader.roles = saved
    assert all(e.source != e.target for e in coded.events)


def _with_policy(coder, code_text, text, vocabulary, weights, thresholds):
    reader = coder.coder.reader
    saved = reader.roles
    reader.roles = RoleModel(vocabulary, np.array(weights), {"thresholds": thresholds})
    try:
        return code_text(text)
    finally:
        reader.roles = saved


@pytest.mark.slow
def test_a_policy_does_not_fill_a_side_with_what_it_reads_as_the_other(coder, code_text):
    # a stand-in model: a candidate after the trigger is surely the target (0.998) and
    # barely the source (0.18, over the fill threshold 0.1); the rules read the one sent as
    # the target and no source, so the receiver would otherwise fill the empty source
    text = "Ivan Petrenko was extradited to Norway last week."
    coded = _with_policy(coder, code_text, text, ["side=after"], [[-1.5, 6.0]],
                         {"source_fill": 0.1})
    assert [e for e in coded.events if e.source == "NOR"] == [], _triples(coded)
    # what it reads as this side more surely than the other still fills it
    coded = _with_policy(coder, code_text, text, ["side=after"], [[6.0, -1.5]],
                         {"source_fill": 0.1})
    assert any(e.source == "NOR" for e in coded.events), _triples(coded)


@pytest.mark.slow
def test_a_verb_with_an_object_of_its_own_takes_no_target_from_its_partner(coder, code_text):
    # a stand-in model: every candidate is surely the target; "declared" has its own object
    # ("a state of emergency", no actor), so the diplomats "detained" acts on are not its
    text = "Kenya detained two Somali diplomats and declared a state of emergency."
    coded = _with_policy(coder, code_text, text, ["bias"], [[-6.0, 6.0]],
                         {"target_fill": 0.5, "target_create": 0.5})
    declared = [e for e in coded.events if e.trigger == "declared"]
    assert declared and all(e.target is None for e in declared), _triples(coded)
    assert any(e.trigger == "detained" and e.target for e in coded.events), _triples(coded)


@pytest.mark.slow
def test_a_reciprocal_act_still_takes_a_second_source_as_its_target(coder, code_text):
    # the rules read the first of two coordinated sides as the source; the stand-in reads
    # the second more surely a source (0.998) than the first (0.5) and barely a target
    # (0.18): in an act two sides do to each other it is the first's target all the same
    coded = _with_policy(coder, code_text, "Envoys from Armenia and Azerbaijan agreed on a "
                         "prisoner exchange.", ["cand_dep=conj"], [[6.0, -1.5]],
                         {"target_fill": 0.1})
    pairs = {(e.source, e.target) for e in coded.events if e.type == "AGREE"}
    assert ("ARM", "AZE") in pairs, _triples(coded)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a target through "with" or "from" after an object noun the rules do not read
        # (the rules read a tie noun's "with": "cut trade links with Qatar"): the model
        ("Bahrain halted trade with Qatar on Monday.", ("SANCTION", "BHR", "QAT")),
        ("Kenya suspended its imports from Uganda.", ("SANCTION", "KEN", "UGA")),
        # the rules read the object "the ambush" (no actor) as the target; the card's
        # target_over 0.5 lets the one blamed replace it
        ("Turkey blamed the ambush on the PKK.", ("ACCUSE", "TUR", "GRP.PKK")),
        ("Ankara blamed the bombing on the PKK on Sunday.", ("ACCUSE", "TUR", "GRP.PKK")),
    ],
)
def test_the_shipped_model_fills_targets_the_rules_miss(code_text, text, expected):
    assert expected in _triples(code_text(text))


@pytest.mark.slow
def test_without_the_model_the_rules_alone_read(roles_off, code_text):
    found = _triples(code_text("Bahrain halted trade with Qatar on Monday."))
    assert ("SANCTION", "BHR", None) in found, found


def test_adjust_scores_only_where_a_threshold_on_the_card_can_fire(monkeypatch):
    # A chance is at most 1.0: a side whose threshold is over 1.0 (the card's default) is
    # never changed, so the candidates are not even read for it.
    import spacy

    from actorgraph.coding.reading import Argument, Arguments

    doc = spacy.blank("en")("Iran warned the world")
    iran, world = Argument(doc[0], doc[0:1]), Argument(doc[3], None)

    def scored(*_args, **_kwargs):
        raise LookupError("scored")

    model = RoleModel(["bias"], np.array([[0.0, 0.0]]), {"thresholds": {"target_fill": 0.5}})
    monkeypatch.setattr(model, "score", scored)
    # a source with an actor (no margin) and a target of words naming none (no `over`)
    args = Arguments([iran], [world])
    assert model.adjust(None, None, None, args) is args  # type: ignore[arg-type]
    # an empty target can be filled (`target_fill` 0.5): the model is asked
    with pytest.raises(LookupError):
        model.adjust(None, None, None, Arguments([iran], []))  # type: ignore[arg-type]
    over = RoleModel(["bias"], np.array([[0.0, 0.0]]), {"thresholds": {"target_over": 0.5}})
    monkeypatch.setattr(over, "score", scored)
    with pytest.raises(LookupError):
        over.adjust(None, None, None, args)  # type: ignore[arg-type]
