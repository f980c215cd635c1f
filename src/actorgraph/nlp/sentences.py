"""``token.sent`` and ``span.sent`` by a table of sentence starts made once per parse.

spaCy finds a token's sentence afresh each time: it slices the doc to a one-token span,
asks whether the doc has sentence starts at all (a Python call per token up to the first
start), walks back and forth to the nearest starts and slices again, some 7 microseconds a
call; the coder asks some 30,000 times on 0.3 MB of dense news. :func:`index_sentences`
gives a parsed doc the hooks spaCy offers for both (``user_token_hooks["sent"]``,
``user_span_hooks["sent"]``): the sentence is looked up among the starts read once, and
is the same span (a new one each call, as spaCy makes) that spaCy's walk finds: from the
nearest start at or before the token (or the span's first token) to the next start or
the doc's end.

The table is read when the hooks are set: a caller that changes the parse afterwards
(heads, merged tokens) sets them again or calls :func:`forget_sentences` first.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

__all__ = ["forget_sentences", "index_sentences"]

_HOOK = "sent"


def index_sentences(doc: Doc) -> None:
    """Set ``doc``'s sentence hooks from its sentence starts as they are now (nothing
    where the doc has none: spaCy's own error stays)."""
    forget_sentences(doc)
    if len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return
    flags = doc.to_array(SENT_START)  # 1 at a start (-1, elsewhere, read as unsigned)
    starts = [0, *(numpy.flatnonzero(flags[1:] == 1) + 1).tolist()]
    ends = [*starts[1:], len(doc)]

    # the hooks read the doc from their argument: a closure over ``doc`` itself would tie
    # every coded doc into a reference cycle that only the garbage collector frees
    def sentence(of: Doc, i: int) -> Span:
        k = bisect_right(starts, i) - 1
        return Span(of, starts[k], ends[k])

    def of_token(token: Token) -> Span:
        return sentence(token.doc, token.i)

    def of_span(span: Span) -> Span:
        return sentence(span.doc, span.start)

    doc.user_token_hooks[_HOOK] = of_token
    doc.user_span_hooks[_HOOK] = of_span


def forget_sentences(doc: Doc) -> None:
    """``doc`` without the hooks of :func:`index_sentences`: spaCy's own walk again."""
    doc.user_token_hooks.pop(_HOOK, None)
    doc.user_span_hooks.pop(_HOOK, None)
