"""Texts of pathological shapes, for checking that coding time grows linearly with size.

Each shape is a function ``(size in bytes, random.Random) -> str`` giving one post of
about that size. ``prose`` (ordinary sentences in paragraphs) is the yardstick; the
others are the shapes that once made coding quadratic (issue 20): one long post without
paragraph breaks, one endless sentence of clauses joined by commas, a run of one
punctuation mark, emoji without spaces, and right-to-left marks with joiners. Used by
``bench/fuzz.py --shapes`` and ``tests/test_shapes.py``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

__all__ = ["SHAPES", "per_kb", "post"]

_SENTENCES = (
    "Iran attacked Iraq.", "Hezbollah fired rockets at Israel on Monday.",
    "The United States imposed sanctions on Russia.", "Turkey and Syria signed an agreement.",
    "Protesters gathered in Baghdad.", "Egypt mediated talks between Hamas and Israel.",
)
_PUNCT = "!?.,;:-*#~=/|"
_EMOJI = "😀🔥🇮🇷💥🙏🏽👍🏿🚀❤️✅"
_INVISIBLE = "\u200f\u200e\u200d\u200c\u2066\u2067\u2069\u061c"


def _fill(size: int, unit: Callable[[], str], sep: str) -> str:
    parts: list[str] = []
    n = 0
    while n < size:
        piece = unit()
        parts.append(piece)
        n += len(piece.encode("utf-8")) + len(sep)
    return sep.join(parts)


def prose(size: int, rng: random.Random) -> str:
    """Ordinary sentences, three to a paragraph: the yardstick."""
    return _fill(size, lambda: " ".join(rng.choice(_SENTENCES) for _ in range(3)), "\n\n")


def long_post(size: int, rng: random.Random) -> str:
    """The same sentences as one post, with no paragraph break at all."""
    return _fill(size, lambda: rng.choice(_SENTENCES), " ")


def run_on(size: int, rng: random.Random) -> str:
    """One sentence without end: clauses joined by commas and "and", never a full stop."""
    clauses = [c.rstrip(".") for c in _SENTENCES]
    return _fill(size, lambda: rng.choice(clauses) + rng.choice([",", " and"]), " ")


def punctuation(size: int, rng: random.Random) -> str:
    """One run of a single punctuation mark (``!!!!...``), no space anywhere."""
    return rng.choice(_PUNCT) * size


def emoji(size: int, rng: random.Random) -> str:
    """Emoji, skin tones and flags with no space between them."""
    return _fill(size, lambda: rng.choice(_EMOJI), "")


def joiners(size: int, rng: random.Random) -> str:
    """Right-to-left marks, joiners and isolates: invisible, and no whitespace."""
    return _fill(size, lambda: rng.choice(_INVISIBLE), "")


def mixed_run(size: int, rng: random.Random) -> str:
    """Sentences glued by long runs of punctuation and emoji, never a space between runs."""
    return _fill(size, lambda: rng.choice(_SENTENCES) + rng.choice(_PUNCT) * 300
                 + rng.choice(_EMOJI) * 50, "")


#: Shape name -> generator; ``prose`` first, the yardstick.
SHAPES: dict[str, Callable[[int, random.Random], str]] = {
    "prose": prose, "long_post": long_post, "run_on": run_on, "punctuation": punctuation,
    "emoji": emoji,
    "joiners": joiners, "mixed_run": mixed_run,
}


def post(shape: str, size: int, seed: int = 0) -> str:
    """A text of ``shape`` and about ``size`` bytes; the same seed gives the same text."""
    # A salt of varying length: spaCy's tokenizer caches what it has seen, and a repeat
    # of the very same run would hide its first cost.
    rng = random.Random(f"{shape}-{size}-{seed}")
    return "x" * rng.randrange(1, 50) + " " + SHAPES[shape](size, rng)


def per_kb(coder: Any, text: str) -> float:
    """Seconds per KiB that ``coder`` (a DocumentCoder) takes to code ``text`` as one post."""
    from actorgraph.models import Document, Post

    doc = Document(id="shape", text=text, posts=(Post(1, text, 0, len(text)),), format="text")
    start = time.perf_counter()
    coder.code(doc)
    return (time.perf_counter() - start) / (len(text.encode("utf-8")) / 1024)


def work(coder: Any, text: str) -> dict[str, Any]:
    """The work ``coder`` (a DocumentCoder) does to code ``text`` as one post, counted, not
    timed, so that a loaded machine cannot change it:

    * ``lines``: lines of actorgraph's own Python code executed (a line run again by a
      loop counts again): the work of every rule, pass and look-up of the package;
    * ``functions``: the same by function (``"file.py:line name"`` -> lines), to say
      where a growth is;
    * ``tokenizer``: what spaCy's tokenizer reads, the sum of the squared lengths of the
      whitespace-free runs of each text it is given (it takes a run apart one prefix or
      suffix at a time, searching the rest of the run again after each cut).

    The statistical layers (tagger, parser, entity recogniser) are linear in the tokens
    they are given and are not counted."""
    import os
    import re
    import sys
    from collections import Counter

    import actorgraph
    from actorgraph.models import Document, Post

    package = os.path.dirname(actorgraph.__file__)
    lines: Counter[Any] = Counter()
    read = [0]

    def local(frame: Any, event: str, arg: Any) -> Any:
        if event == "line":
            lines[frame.f_code] += 1
        return local

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(package) else None

    nlp = coder.nlp
    tokenizer = nlp.tokenizer

    class Counting:
        """The pipeline's tokenizer, counting what it reads."""

        def __call__(self, string: str) -> Any:
            read[0] += sum(len(run) ** 2 for run in re.findall(r"\S+", string))
            return tokenizer(string)

        def __getattr__(self, name: str) -> Any:
            return getattr(tokenizer, name)

    doc = Document(id="shape", text=text, posts=(Post(1, text, 0, len(text)),), format="text")
    nlp.tokenizer = Counting()
    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        coder.code(doc)
    finally:
        sys.settrace(previous)
        nlp.tokenizer = tokenizer
    functions: Counter[str] = Counter()
    for code, n in lines.items():
        functions[f"{os.path.basename(code.co_filename)}:{code.co_firstlineno} {code.co_name}"] += n
    return {"lines": sum(functions.values()), "functions": functions, "tokenizer": read[0]}
