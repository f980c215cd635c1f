"""Tokenize text of any shape in time linear in its length.

spaCy's tokenizer takes a whitespace-free run apart one prefix or suffix at
a time, searching the rest of the run again after each cut: a run of ``n``
characters costs about ``n * n`` (20 KB of ``!`` took two minutes, 40,000
emoji or 50 KB of joiners close to one). No word, number or link is
anywhere near :data:`MAX_RUN` characters long, so longer runs are cut into
pieces of that size and each piece is tokenized alone; the pieces are then
joined back into one ``Doc`` whose text is exactly the input, so every
offset still points into the post.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = make_doc(nlp, "Iran attacked. " + "!" * 1000)
>>> doc.text == "Iran attacked. " + "!" * 1000
True
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["MAX_RUN", "cut_points", "make_doc"]

#: Characters of a run without whitespace that the tokenizer sees at once.
MAX_RUN = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def cut_points(text: str) -> list[int]:
    """Offsets at which ``text`` is cut so that no piece holds a run over :data:`MAX_RUN`."""
    cuts: list[int] = []
    for m in _LONG_RUN.finditer(text):
        cuts.extend(range(m.start() + MAX_RUN, m.end(), MAX_RUN))
    return cuts


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, with runs longer than :data:`MAX_RUN` tokenized piece by piece."""
    cuts = cut_points(text)
    if not cuts:
        return nlp.make_doc(text)
    bounds = [0, *cuts, len(text)]
    docs = [nlp.make_doc(text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]
    # The pieces' own whitespace is kept as it is: joined, they give back ``text`` exactly.
    return Doc.from_docs(docs, ensure_whitespace=False)  # type: ignore[no-any-return]
