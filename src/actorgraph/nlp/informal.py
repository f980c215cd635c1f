"""Lower-case posts parsed as if they were written with capitals.

The statistical parser learned English with its capitals: in "uae denies arming them"
it reads "uae" as a noun modifying "denies". For a post written mostly in lower case
(:func:`~actorgraph.nlp.actor_ruler.mostly_lower`), :class:`CaseRestorer` writes a copy
with the capitals put back where they are certain (sentence starts, "i", the actor names
of the dictionary: "UAE", "Hemedti"); the copy has the same length, so every character
offset is the original's. The copy is parsed, then :func:`with_text` puts the post's
own words back on the parse, so events quote what the author wrote.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from .actor_ruler import mostly_lower

__all__ = ["CaseRestorer", "with_text"]

_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([a-z])")
_PRONOUN_I = re.compile(r"(?<![\w'])i(?=\b(?!['\u2019]?[a-z]{3}))")
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]


class CaseRestorer:
    """Puts capitals back into a lower-case post, keeping its length."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        name = "actorgraph_actors"
        self.ruler: Any = nlp.get_pipe(name) if name in nlp.pipe_names else None
        # Aliases the dictionary writes in capitals only ("RSF"), as lower-case posts do.
        informal = getattr(self.ruler, "informal", None)
        self.acronyms = frozenset(
            str(p["pattern"]) for p in (informal.patterns if informal is not None else ())
        )

    def restore(self, text: str) -> str | None:
        """The post with its capitals put back, or ``None`` when it needs none.

        >>> import spacy
        >>> CaseRestorer(spacy.blank("en")).restore("rsf shelled the camp. i saw it")
        'Rsf shelled the camp. I saw it'
        """
        if not _looks_lower(text):  # a cheap look first: most posts have their capitals
            return None
        doc = self.nlp.make_doc(text)
        if not mostly_lower(doc):
            return None
        chars = list(text)
        for m in _SENTENCE_START.finditer(text):
            chars[m.start(1)] = m.group(1).upper()
        for m in _PRONOUN_I.finditer(text):
            chars[m.start()] = "I"
        if self.ruler is not None:
            for span in self.ruler.match_dictionary(doc):
                self._capitalise(chars, span)
        out = "".join(chars)
        return out if out != text else None

    def _capitalise(self, chars: list[str], span: Span) -> None:
        acronym = span.text.casefold() in self.acronyms
        for token in span:
            if not token.text[:1].isalpha():
                continue
            if acronym:
                chars[token.idx : token.idx + len(token.text)] = list(token.text.upper())
            elif token.text.islower() and token.text not in _PARTICLES:
                chars[token.idx] = token.text[0].upper()


# Lower-case words inside names: "ahl al-haq", "el fasher", "bank of england".
_PARTICLES = frozenset({"of", "al", "the", "and", "el", "de", "la", "bin", "ibn", "ul"})


_WORD = re.compile(r"[^\W\d_]{2,}")


def _looks_lower(text: str, max_share: float = 0.1) -> bool:
    """:func:`mostly_lower` on the raw text, without tokenizing it."""
    lower = capitalised = 0
    for word in _WORD.findall(text):
        if word.isupper():
            continue
        if word.islower():
            lower += 1
        elif word[0].isupper():
            capitalised += 1
    return lower + capitalised >= 2 and capitalised <= max_share * (lower + capitalised)


def with_text(doc: Doc, text: str) -> Doc:
    """``doc``'s parse on the words of ``text`` (the same length, other capitals).

    Tags, lemmas, the dependency tree, sentences, entities and span groups are kept."""
    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    new = Doc(doc.vocab, words=words, spaces=spaces)
    new.from_array(_ATTRS, doc.to_array(_ATTRS))  # type: ignore[arg-type]
    for key, group in doc.spans.items():
        new.spans[key] = [Span(new, s.start, s.end, label=s.label_, span_id=s.id_)
                          for s in group]
    return new
