"""The model layer beside the lexicon: what it rescues, and how its thresholds are tuned."""

from __future__ import annotations

import pytest

from actorgraph.nlp import event_training
from actorgraph.nlp.event_model import RESCUE, CardModel, Proposal, platt
from actorgraph.nlp.event_training import best_threshold, rescue_card, tune_rescue


def test_best_threshold_takes_the_middle_of_a_plateau_between_coarse_steps():
    # a coarse grid sees two equal F1 five points apart; the peak lies between them
    def f1(t: float) -> float:
        return 0.55 - 2 * abs(t - 0.62)

    assert best_threshold(f1, [0.5, 0.55, 0.6, 0.65, 0.7]) == pytest.approx(0.62)


def test_best_threshold_does_not_take_a_lone_spike():
    def f1(t: float) -> float:
        if abs(t - 0.57) < 1e-9:
            return 0.555  # one lucky value, above the true best
        return 0.55 - abs(t - 0.6)

    assert best_threshold(f1, [0.5, 0.55, 0.6, 0.65]) == pytest.approx(0.6)


def test_tune_rescue_takes_the_strictest_value_about_as_good_as_the_best():
    scores = {0.5: 0.687, 0.6: 0.688, 0.7: 0.687, 0.8: 0.684, 0.9: 0.681, 1.01: 0.681}
    assert tune_rescue(scores.__getitem__) == 0.7
    assert tune_rescue(scores.__getitem__, margin=0.0) == 0.6
    flat = dict.fromkeys(scores, 0.5)
    assert tune_rescue(flat.__getitem__) == 1.01  # nothing gained: never rescue


def test_rescue_card_with_one_value_keeps_it_and_codes_dev_once(monkeypatch):
    tried: list[float] = []

    class Model:
        rescue = 1.01

    def code_dev(items, docs, coder):  # type: ignore[no-untyped-def]
        tried.append(coder.rescue)
        return {"f1": 0.9 if coder.rescue > 1 else 0.5}, []

    monkeypatch.setattr(event_training, "_layered", lambda coder, model, layer: model)
    monkeypatch.setattr(event_training, "code_dev", code_dev)
    card = rescue_card([], [], None, Model(), grid=(0.7,))
    assert card["rescue"] == 0.7  # kept, though "never" scores better here
    assert tried == [0.7]
    tried.clear()
    assert rescue_card([], [], None, Model())["rescue"] == 1.01  # the full grid tunes


def _card(card: dict) -> CardModel:
    model = CardModel()
    model.read_card(card, lexicon=None)
    return model


def test_rescued_events_take_their_own_curve_where_the_card_has_one():
    curves = {"both": {"a": 1.0, "b": 0.0}, "rescue": {"a": 1.0, "b": -2.0}}
    model = _card({"event_calibration": curves, "rescue": 0.6})
    assert model.rescue == 0.6
    assert model.event_confidence("both", 0.8) == 0.8
    assert model.event_confidence("both", 0.8, rescued=True) == round(platt(0.8, 1.0, -2.0), 2)
    older = _card({"event_calibration": {"both": {"a": 1.0, "b": 0.0}}})
    assert older.rescue == RESCUE  # a card from before: the default, the method's curve
    assert older.event_confidence("both", 0.8, rescued=True) == 0.8


class _Stub:
    """A model that proposes what it is told, at the words it is told."""

    threshold = 0.95
    threshold_alone = 0.95
    override = 1.01

    def __init__(self, says: dict[str, tuple[str, float]], rescue: float) -> None:
        self.says = says  # word -> (type, probability)
        self.rescue = rescue

    def sentence(self, sent, actors, threshold=0.0):
        out = [Proposal(sent.start, t.i, etype, None, p, t.lemma_.lower())
               for t in sent if t.lower_ in self.says
               for etype, p in [self.says[t.lower_]] if p >= threshold]
        return out, {}

    def rule_confidence(self, probs, etype):
        return None

    def event_confidence(self, method, confidence, rescued=False):
        return confidence


def _code(coder, text: str, model: _Stub):
    from actorgraph.coding.model_layer import layered_coder
    from actorgraph.coding.reading import PostContext

    inner = coder.coder
    layered = layered_coder(inner.dictionary, inner.lexicon, inner.gazetteer, "both", model)
    return layered.code(coder.nlp(text), PostContext(doc="d")).events


@pytest.mark.slow
def test_a_type_the_model_is_sure_of_is_coded_where_the_coder_dropped_its_word(coder):
    # "bombing" is the object of "suspended": the coder makes no event of it on its own
    text = "NATO suspended its bombing of Yugoslavia on Thursday."
    says = {"bombing": ("ASSAULT", 0.9)}
    before = _code(coder, text, _Stub(says, rescue=1.01))
    assert "ASSAULT" not in {e.type for e in before}
    after = _code(coder, text, _Stub(says, rescue=0.8))
    [assault] = [e for e in after if e.type == "ASSAULT"]
    assert (assault.trigger, assault.method) == ("bombing", "both")  # the lexicon's word too
    assert {(e.type, e.trigger) for e in before} <= {(e.type, e.trigger) for e in after}
    # below the card's rescue, nothing more
    assert _code(coder, text, _Stub(says, rescue=0.95)) == before


@pytest.mark.slow
def test_the_rescue_adds_a_type_on_a_lexicon_word_of_another_and_never_a_coded_type(coder):
    text = "NATO suspended its bombing of Yugoslavia on Thursday."
    before = {e.type for e in _code(coder, text, _Stub({}, rescue=0.5))}
    assert "CONCEDE" in before
    # the model puts a REJECT on the lexicon's CONCEDE word: a second event there, its own
    events = _code(coder, text, _Stub({"suspended": ("REJECT", 0.9)}, rescue=0.5))
    [reject] = [e for e in events if e.type == "REJECT"]
    assert (reject.trigger, reject.method) == ("suspended", "model")
    # a type already coded in the sentence is not coded twice by the rescue
    again = _code(coder, text, _Stub({"thursday": ("CONCEDE", 0.99)}, rescue=0.5))
    assert sum(e.type == "CONCEDE" for e in again) == sum(
        e.type == "CONCEDE" for e in _code(coder, text, _Stub({}, rescue=0.5)))
