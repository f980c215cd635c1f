"""The fine-tuned transformer event layer: shipped files, selection, proposals."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import click
import pytest
from click.testing import CliRunner

from actorgraph.nlp.neural_model import word_pieces
from actorgraph.settings import ACCURATE_LAYER, LAYERS

DATA = resources.files("actorgraph").joinpath("data")


def _neural_runtime() -> bool:
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        return False
    return True


needs_runtime = pytest.mark.skipif(not _neural_runtime(),
                                   reason="onnxruntime/tokenizers (actorgraph[neural]) missing")


def test_word_pieces_finds_each_words_first_piece():
    # "[CLS] shell ##ed the port [SEP]": words at 0 ("shelled"), 8 ("the"), 12 ("port")
    offsets = [(0, 0), (0, 5), (5, 7), (8, 11), (12, 16), (0, 0)]
    assert word_pieces(offsets, [0, 8, 12]) == [1, 3, 4]
    assert word_pieces(offsets[:3] + [(0, 0)], [0, 8]) == [1, -1]  # cut off by the limit


def test_shipped_files_fit_the_budget_and_the_card_says_how_they_were_made():
    onnx = DATA.joinpath("neural_event_model.onnx")
    tokenizer = DATA.joinpath("neural_tokenizer.json")
    card = json.loads(DATA.joinpath("neural_event_model.json").read_text("utf-8"))
    size = len(onnx.read_bytes()) + len(tokenizer.read_bytes())
    assert size <= 30 * 1024 * 1024
    assert isinstance(card["seed"], int) and len(card["data"]["train_hash"]) == 16
    assert card["labels"][0] == "O" and len(card["labels"]) == 17
    assert card["combine"] in ("token", "product", "sentence")
    assert set(card["dev"]["combines"]) == {"token", "product", "sentence"}
    assert 0.0 < card["threshold"] < 1.0 and 0.0 < card["threshold_alone"] < 1.0


def test_importing_the_package_loads_no_onnxruntime():
    # (not torch: thinc imports it by itself wherever the training extra is installed)
    code = ("import sys, actorgraph, actorgraph.coding.model_layer, actorgraph.nlp.neural_model;"
            " print(sorted(m for m in ('onnxruntime', 'tokenizers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(("args", "layer"), [
    ([], None),
    (["--accurate"], ACCURATE_LAYER),
    (["--layer", "neural"], "neural"),
    (["--layer", "rules+neural"], "rules+neural"),
    (["--layer", "both", "--accurate"], "both"),  # the explicit layer wins
])
def test_layer_and_accurate_options_select_the_layer(args, layer):
    from actorgraph.cli import layer_option

    @click.command()
    @layer_option
    def show(layer: str | None) -> None:
        click.echo(repr(layer))

    result = CliRunner().invoke(show, args)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == repr(layer)


def test_unknown_layer_is_refused_by_the_option():
    from actorgraph.cli import layer_option

    @click.command()
    @layer_option
    def show(layer: str | None) -> None:
        click.echo(layer)

    result = CliRunner().invoke(show, ["--layer", "transformer"])
    assert result.exit_code == 2 and "transformer" in result.output
    assert {"neural", "rules+neural"} <= set(LAYERS)


@pytest.mark.slow
@needs_runtime
def test_neural_layer_loads_offline_and_codes_a_written_event(coder):
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.models import Document, Post
    from actorgraph.settings import Settings

    neural = DocumentCoder(Settings.from_overrides(layer="neural", prefilter=False),
                           nlp=coder.nlp)
    assert type(neural.coder.event_model).__name__ == "NeuralEventModel"
    text = "Russian artillery shelled the outskirts of Kharkiv on Monday."
    doc = Document(id="d", text=text, posts=(Post(1, text, 0, len(text)),), format="text",
                   published="2024-03-05")
    events = neural.code(doc).events
    assert [(e.type, e.method) for e in events if e.type == "ASSAULT"] == [("ASSAULT", "model")]
    event = next(e for e in events if e.type == "ASSAULT")
    assert event.trigger == "shelled" and event.source is not None
    assert event.source.startswith("RUS") and 0.0 < event.confidence < 1.0


@pytest.mark.slow
@needs_runtime
def test_rules_and_neural_together_mark_each_events_layer(coder):
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.models import Document, Post
    from actorgraph.settings import Settings

    both = DocumentCoder(Settings.from_overrides(layer="rules+neural"), nlp=coder.nlp)
    # "shelled": both layers find it (the neural-alone test above); "armed": the rules alone
    text = ("Russian artillery shelled the outskirts of Kharkiv on Monday. Iran armed "
            "Hezbollah in 1982.")
    doc = Document(id="d", text=text, posts=(Post(1, text, 0, len(text)),), format="text")
    events = both.code(doc).events
    assert "ASSAULT" in {e.type for e in events}
    assert {e.method for e in events} <= {"rule", "model", "both"}
    assert "both" in {e.method for e in events}
