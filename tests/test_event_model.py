"""The trained event layer: shipped weights, proposals, calibration, training."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from actorgraph.nlp.event_model import NONE, EventModel, LinearModel, load_event_model, platt
from actorgraph.nlp.event_training import fit, fit_platt, reliability


def test_shipped_model_loads_from_package_data_with_its_card():
    model = load_event_model()
    card = model.card
    assert card["labels"][0] == NONE and len(card["labels"]) == 17
    assert isinstance(card["seed"], int) and card["data"]["train_items"] > 0
    assert 0.0 < model.threshold < 1.0 and 0.0 < model.threshold_alone < 1.0
    assert card["dev"]["token_model"]["dev_reliability"]["ece"] < 0.15


def test_component_registers_and_leaves_unparsed_docs_alone():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("actorgraph_event_model")
    assert nlp("Iran shelled the border town.")._.event_proposals == []


def test_linear_model_sums_the_rows_of_known_features():
    weights = np.array([[1.0, 0.0], [0.0, 2.0], [0.5, 0.5]], dtype=np.float32)
    model = LinearModel(["a", "b", "c"], weights, [NONE, "ASSAULT"])
    z = model.logits([["a", "b", "unknown"], ["c"], []])
    assert z.tolist() == [[1.0, 2.0], [0.5, 0.5], [0.0, 0.0]]
    assert np.allclose(model.softmax([["b"]]).sum(axis=1), 1.0)


def test_platt_is_monotone_and_stays_a_probability():
    values = [platt(p, 2.0, -1.0) for p in (1e-12, 0.1, 0.5, 0.9, 1.0)]
    assert values == sorted(values)
    assert all(0.0 <= v <= 1.0 for v in values)
    assert platt(0.99999, 500.0, 0.0) <= 1.0  # no overflow at steep slopes


def test_fit_platt_recovers_a_known_curve():
    rng = np.random.default_rng(0)
    raw = rng.uniform(0.01, 0.99, 4000)
    truth = [platt(p, 0.5, -0.5) for p in raw]
    hits = [bool(rng.random() < t) for t in truth]
    a, b = fit_platt(list(raw), hits)
    assert abs(a - 0.5) < 0.15 and abs(b + 0.5) < 0.15
    calibrated = [platt(p, a, b) for p in raw]
    assert reliability(calibrated, hits)["ece"] < 0.05
    assert reliability(list(raw), hits)["ece"] > 0.1  # the raw scores were not calibrated


def test_fit_platt_finds_a_steep_curve_on_scores_in_a_narrow_band():
    # A network's scores can crowd into a narrow band; the fitted slope must be steep, not 1.
    rng = np.random.default_rng(1)
    raw = rng.uniform(0.495, 0.505, 3000)
    truth = [platt(p, 300.0, 0.0) for p in raw]
    hits = [bool(rng.random() < t) for t in truth]
    a, b = fit_platt(list(raw), hits)
    assert 200.0 < a < 400.0 and abs(b) < 0.5
    assert reliability([platt(p, a, b) for p in raw], hits)["ece"] < 0.05


def test_fit_is_deterministic_for_a_seed_and_learns_a_separable_set():
    from actorgraph.nlp.event_training import TrainConfig

    rows = [[0, 1], [0, 2], [0, 1], [0, 2]] * 10
    y = np.array([[1, 0], [0, 1], [1, 0], [0, 1]] * 10, dtype=float)
    one = fit(rows, y, 3, "softmax", TrainConfig(seed=3, epochs=5))
    two = fit(rows, y, 3, "softmax", TrainConfig(seed=3, epochs=5))
    other = fit(rows, y, 3, "softmax", TrainConfig(seed=4, epochs=5, batch=7))
    assert np.array_equal(one, two)
    assert not np.array_equal(one, other)
    assert one[1, 0] > one[1, 1] and one[2, 1] > one[2, 0]


# -- with the spaCy model -------------------------------------------------------------------

# Our own sentences, each with one event whose trigger the rule coder knows or not.
_TINY = [
    ("Iran armed Hezbollah in 1982.", "AID", "Iran", "Hezbollah"),
    ("Israel struck Hamas positions in Gaza.", "ASSAULT", "Israel", "Hamas"),
    ("Russia shelled Kharkiv on Monday.", "ASSAULT", "Russia", "Kharkiv"),
    ("The United States sanctioned Iran.", "SANCTION", "The United States", "Iran"),
    ("Turkey condemned Israel for the raid.", "ACCUSE", "Turkey", "Israel"),
    ("Qatar hosted talks between Hamas and Israel.", "CONSULT", "Qatar", "Hamas"),
    ("Egypt urged Ethiopia to stop filling the dam.", "REQUEST", "Egypt", "Ethiopia"),
    ("Sudan expelled the UN envoy.", "SANCTION", "Sudan", "the UN envoy"),
    ("Mali's junta welcomed Russian instructors.", "SUPPORT", "Mali's junta", "Russian"),
    ("France withdrew its troops from Niger.", "RETREAT", "France", "Niger"),
]


def _items(rows):
    return [
        {"id": f"x{n}", "text": text, "published": "2024-01-10",
         "events": [{"type": t, "mode": None, "source": s, "target": g}]}
        for n, (text, t, s, g) in enumerate(rows)
    ]


@pytest.mark.slow
def test_training_runs_on_a_tiny_set_and_is_deterministic(coder, tmp_path):
    from actorgraph.nlp.event_training import TrainConfig, check_model, save, train

    items = _items(_TINY)
    cfg = TrainConfig(seed=7, epochs=3)
    one = train(items[:7], items[7:], coder, cfg)
    two = train(items[:7], items[7:], coder, cfg)
    assert one.vocab == two.vocab and np.array_equal(one.weights, two.weights)
    assert np.array_equal(one.sentence_weights, two.sentence_weights)
    assert one.card == two.card
    card1 = one.card
    assert card1["seed"] == 7 and card1["data"]["train_items"] == 7
    assert card1["data"]["train_trigger_tokens"] >= 5  # most events found a trigger
    save(tmp_path, one)
    card = json.loads((tmp_path / "event_model.json").read_text("utf-8"))
    assert card["data"]["train_hash"] == card1["data"]["train_hash"]
    model = check_model(tmp_path)
    assert isinstance(model, EventModel)
    doc = coder.nlp("Israel struck Hamas positions in Gaza.")
    assert any(p.type == "ASSAULT" for p in model.propose(doc, threshold=0.0))


@pytest.mark.slow
def test_proposals_carry_a_type_a_token_and_a_probability(coder):
    model = load_event_model()
    doc = coder.nlp("Russian forces pounded Kharkiv overnight. Ukraine asked NATO for help.")
    proposals = model.propose(doc, threshold=0.0)
    assert proposals
    for p in proposals:
        assert 0.0 <= p.probability <= 1.0
        assert doc[p.token].sent.start == p.sentence
        assert p.lemma == doc[p.token].lemma_.lower()
    assert ("ASSAULT", "pound") in {(p.type, p.lemma) for p in proposals}


@pytest.mark.slow
@pytest.mark.parametrize("layer", ["model", "both"])
def test_layered_coder_says_which_layer_made_each_event(coder, layer):
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.models import Document, Post
    from actorgraph.settings import Settings

    layered = DocumentCoder(Settings.from_overrides(layer=layer), nlp=coder.nlp)
    text = "Russian forces pounded Kharkiv overnight. Iran armed Hezbollah in 1982."
    doc = Document(id="d", text=text, posts=(Post(1, text, 0, len(text)),), format="text")
    events = layered.code(doc).events
    assert {e.type for e in events} >= {"ASSAULT"}
    for e in events:
        assert 0.0 <= e.confidence <= 1.0
        assert e.method in ({"model"} if layer == "model" else {"rule", "model", "both"})


def test_unknown_layer_is_a_config_error():
    from actorgraph.coding.model_layer import layered_coder
    from actorgraph.errors import ConfigError

    with pytest.raises(ConfigError, match="layer"):
        layered_coder(None, None, None, "transformer")


@pytest.mark.slow
def test_the_model_codes_a_clear_event_the_lexicon_has_no_word_for(coder):
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.models import Document, Post
    from actorgraph.settings import Settings

    text = "Thousands of protesters converged on Khartoum."
    doc = Document(id="d", text=text, posts=(Post(1, text, 0, len(text)),), format="text")
    rules = DocumentCoder(Settings.from_overrides(layer="rules"), nlp=coder.nlp)
    assert rules.code(doc).events == []
    both = DocumentCoder(Settings.from_overrides(layer="both"), nlp=coder.nlp)
    [event] = both.code(doc).events  # the prefilter lets it through: a learned trigger word
    assert (event.type, event.method, event.trigger) == ("PROTEST", "model", "converged")
    assert event.source is not None and event.source.startswith("SDN")
    assert 0.0 < event.confidence < 1.0


@pytest.mark.slow
def test_code_accurate_marks_each_event_with_its_layer(coder):
    from click.testing import CliRunner

    from actorgraph.cli import cli

    example = Path(__file__).parents[1] / "src" / "actorgraph" / "examples"
    result = CliRunner().invoke(cli, ["code", str(example / "iran-iraq-thread.txt"),
                                      "--accurate", "--min-confidence", "0.2"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and {r["method"] for r in rows} <= {"rule", "model", "both"}
    assert {"both", "model"} <= {r["method"] for r in rows}
    assert all(0.2 <= r["confidence"] <= 1.0 for r in rows)
