"""The fine-tuned transformer event layer (``layer=neural`` and ``rules+neural``).

all-MiniLM-L6-v2 (Apache-2.0), fine-tuned on the train split of the labelled
corpus with two heads (``scripts/train_neural.py``):

* a **sentence head**: one sigmoid per PLOVER type over the mean of the
  sentence's word-piece vectors ("does this sentence tell an event of type T");
* a **token head**: a softmax over the 16 types and "no event" at each word's
  first word piece ("is this word the trigger of an event of type T").

The network ships as int8 ONNX (``data/neural_event_model.onnx``) with its
word-piece tokenizer (``data/neural_tokenizer.json``) and a card
(``data/neural_event_model.json``: training data hash, seed, dev figures, the
way the two heads combine, calibration and thresholds). ``onnxruntime`` and
``tokenizers`` are imported only when the layer is first used, so
``import actorgraph`` and the default ``rules`` layer never load them.

:class:`NeuralEventModel` answers what :class:`~actorgraph.nlp.event_model.EventModel`
answers (``sentence``, ``rule_confidence``, ``event_confidence``, ``trigger_words``,
the thresholds), so the coder's :class:`~actorgraph.coding.model_layer.ModelProposer`
and :class:`~actorgraph.coding.model_layer.LayeredProposer` drive it unchanged: its
proposals go through the same argument reader as the lexicon's triggers.

How a word's score for a type is made is the card's ``combine``:

* ``token``: the token head's probability;
* ``product``: the token head's probability times the sentence head's;
* ``sentence``: the sentence head's probability, placed on the word the token head
  likes best for that type (every type from the threshold on gets a trigger).

The card's ``blend_linear`` (a weight, 0 for none) mixes the linear layer's token
scores (:mod:`actorgraph.nlp.event_model`: parse features, actor arguments, the
lexicon) into the network's before the type is chosen, when dev says it helps.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Span

from ..errors import ModelError
from .event_model import NONE, CardModel, Proposal, candidate, sigmoid

__all__ = ["COMBINES", "NeuralEventModel", "load_neural_model", "word_pieces"]

COMBINES = ("token", "product", "sentence")
NAME = "neural_event_model"
_CACHE = "actorgraph.neural_heads"
_BATCH = 32
TOKENIZER = "neural_tokenizer.json"


def word_pieces(offsets: list[tuple[int, int]], starts: list[int]) -> list[int]:
    """For each word starting at character ``starts[k]``, the index of its first word
    piece in ``offsets`` (``(start, end)`` per piece, ``(0, 0)`` for special pieces), or -1
    when the word was cut off by the length limit.

    >>> word_pieces([(0, 0), (0, 4), (5, 8), (8, 10), (0, 0)], [0, 5])
    [1, 2]
    """
    out, k = [], 0
    real = [(i, a, b) for i, (a, b) in enumerate(offsets) if b > a]
    for start in starts:
        while k < len(real) and real[k][2] <= start:
            k += 1
        out.append(real[k][0] if k < len(real) else -1)
    return out


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


class NeuralEventModel(CardModel):
    """The ONNX network, its tokenizer and its card; scores sentences for the coder."""

    def __init__(self, onnx_path: Path, tokenizer_path: Path, card: dict[str, Any],
                 lexicon: Any = None, threads: int = 1) -> None:
        from ..coding.lexicon import load_lexicon

        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelError(
                f"the neural event layer needs onnxruntime and tokenizers ({exc}); "
                "install them with `pip install 'actorgraph[neural]'`"
            ) from None
        self.labels = tuple(card["labels"])  # "O" first, then the types
        self.types = self.labels[1:]
        self.none = self.labels.index(NONE)
        self.max_length = int(card.get("max_length", 128))
        self.combine = str(card.get("combine", "product"))
        if self.combine not in COMBINES:
            raise ModelError(f"neural event model card: combine {self.combine!r} is not one of "
                             f"{', '.join(COMBINES)}")
        #: weight of the linear layer's token scores blended into the network's (0: none)
        self.blend = float(card.get("blend_linear", 0.0))
        self._linear_model: Any = None
        self.read_card(card, lexicon if lexicon is not None else load_lexicon())
        try:
            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            self.session = ort.InferenceSession(str(onnx_path), options,
                                                providers=["CPUExecutionProvider"])
            self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelError(f"cannot load the neural event model {onnx_path} ({exc}); "
                             "rebuild it with `make train-neural`") from None
        #: text -> the heads' output, when set (``make train-neural`` codes dev many times)
        self.memo: dict[str, tuple[np.ndarray, np.ndarray, list]] | None = None
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_length)

    @classmethod
    def from_dir(cls, folder: Path | None = None, name: str = NAME) -> NeuralEventModel:
        """Load ``name.onnx``, ``name.json`` and the tokenizer from ``folder`` (default: the
        package data)."""
        if folder is None:
            folder = Path(str(resources.files("actorgraph").joinpath("data")))
        try:
            card = json.loads((folder / f"{name}.json").read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot read the neural event model's card ({exc}); rebuild it "
                             "with `make train-neural`") from None
        return cls(folder / f"{name}.onnx", folder / card.get("tokenizer", TOKENIZER), card)

    # -- the network ------------------------------------------------------------------------

    def heads(self, texts: list[str]) -> list[tuple[np.ndarray, np.ndarray, list]]:
        """(sentence-head probabilities (types), token-head probabilities (pieces x labels),
        piece offsets) for each text, one padded batch through the network."""
        if not texts:
            return []
        if self.memo is not None:  # training: dev is coded many times over
            todo = list(dict.fromkeys(t for t in texts if t not in self.memo))
            self.memo.update(zip(todo, self._run(todo), strict=True))
            return [self.memo[t] for t in texts]
        return self._run(texts)

    def _run(self, texts: list[str]) -> list[tuple[np.ndarray, np.ndarray, list]]:
        if not texts:
            return []
        encs = self.tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encs)
        ids = np.zeros((len(encs), width), dtype=np.int64)
        mask = np.zeros((len(encs), width), dtype=np.int64)
        for k, e in enumerate(encs):
            ids[k, : len(e.ids)] = e.ids
            mask[k, : len(e.ids)] = 1
        sent, tok = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
        return [(sigmoid(sent[k]), _softmax(tok[k, : len(e.ids)]), e.offsets)
                for k, e in enumerate(encs)]

    def _heads_of(self, sent: Span) -> tuple[np.ndarray, np.ndarray, list]:
        """The heads' output for ``sent``. The first sentence asked of a doc runs the network
        on all the doc's sentences at once (one batch is much cheaper than one call per
        sentence) and leaves the others in ``doc.user_data`` until they are asked for."""
        doc = sent.doc
        key = f"{_CACHE}:{id(self)}"
        cached = doc.user_data.get(key)
        if cached is None or sent.start not in cached:
            sents = list(doc.sents)
            cached = {}
            for k in range(0, len(sents), _BATCH):
                chunk = sents[k : k + _BATCH]
                for s, out in zip(chunk, self.heads([s.text for s in chunk]), strict=True):
                    cached[s.start] = out
            doc.user_data[key] = cached
        out = cached.pop(sent.start)
        if not cached:
            del doc.user_data[key]
        return out

    def token_scores(self, sent: Span, actor_tokens: frozenset[int] | set[int]) -> tuple[
        dict[int, np.ndarray], np.ndarray
    ]:
        """(candidate token index -> raw score per label, "no event" first; the sentence
        head's type probabilities) of ``sent``, combined as the card says."""
        s_probs, t_probs, offsets = self._heads_of(sent)
        base = sent.start_char
        tokens = [t for t in sent if candidate(t, actor_tokens)]
        first = word_pieces(list(offsets), [t.idx - base for t in tokens])
        out: dict[int, np.ndarray] = {}
        for token, piece in zip(tokens, first, strict=True):
            if piece < 0:
                continue
            probs = t_probs[piece].copy()
            if self.combine == "product":
                probs[1:] *= s_probs
            out[token.i] = probs
        if self.blend > 0.0 and out:
            linear = self._linear()
            w = self.blend
            for token, probs in linear.scores(sent, actor_tokens):
                if token.i in out:
                    out[token.i] = (1.0 - w) * out[token.i] + w * probs
        return out, s_probs

    def _linear(self) -> Any:
        """The linear layer's model, whose token scores the card may blend in."""
        if self._linear_model is None:
            from .event_model import load_event_model

            model = load_event_model()
            if tuple(model.model.labels) != self.labels:
                raise ModelError("the neural and linear event models disagree on their labels; "
                                 "rebuild the neural one with `make train-neural`")
            self._linear_model = model
        return self._linear_model

    # -- what the coder asks ----------------------------------------------------------------

    def raw_proposals(self, sent: Span, actor_tokens: frozenset[int] | set[int]) -> tuple[
        list[tuple[int, str, float]], dict[int, np.ndarray]
    ]:
        """(token, type, raw score) of every proposal the combine rule makes in ``sent``,
        before calibration and thresholds; and the raw scores by token."""
        scores, s_probs = self.token_scores(sent, actor_tokens)
        out: list[tuple[int, str, float]] = []
        if not scores:
            return out, scores
        if self.combine == "sentence":
            order = list(scores)
            table = np.stack([scores[i] for i in order])
            for k, etype in enumerate(self.types, start=1):
                where = order[int(table[:, k].argmax())]
                out.append((where, etype, float(s_probs[k - 1])))
            return out, scores
        for i, probs in scores.items():
            types = probs.copy()
            types[self.none] = -1.0  # the most likely type, however likely "no event" is
            best = int(types.argmax())
            out.append((i, self.labels[best], float(types[best])))
        return out, scores

    def sentence(self, sent: Span, actor_tokens: frozenset[int] | set[int],
                 threshold: float = 0.0) -> tuple[list[Proposal], dict[int, np.ndarray]]:
        """(proposals from ``threshold`` on, raw scores by token) of ``sent``: the same
        answer as :meth:`EventModel.sentence`."""
        raw_props, raw = self.raw_proposals(sent, actor_tokens)
        doc = sent.doc
        out = []
        for i, etype, score in raw_props:
            p = self.calibrated(score)
            if p < threshold:
                continue
            lemma = doc[i].lemma_.lower()
            out.append(Proposal(sent.start, i, etype, self.mode(etype, lemma), round(p, 4),
                                lemma))
        out.sort(key=lambda p: p.probability)  # the coder keeps the last per token
        return out, raw


@lru_cache(maxsize=2)
def load_neural_model(folder: str | None = None) -> NeuralEventModel:
    """The shipped network (or the one in ``folder``), loaded once per process."""
    return NeuralEventModel.from_dir(Path(folder) if folder else None)
