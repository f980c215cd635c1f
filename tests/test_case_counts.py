"""The array readings of a doc's words (``mostly_lower``, the prefilter's name test) give
what a walk over its Token objects gives."""

from __future__ import annotations

import pytest
import spacy

from actorgraph.coding.prefilter import _has_name, _Words
from actorgraph.nlp.actor_ruler import mostly_lower

_TEXTS = [
    "rsf shelled el fasher again, saf hit back",
    "The RSF shelled El Fasher again.",
    "THE ARMED FORCES DENIED THAT THEIR PLANES HAD BOMBED THE TOWN.",
    "uae denies arming them. McDonald's said nothing; i saw it\n\nbreaking: Hemedti speaks",
    "",
    "ok",
    "the army said it. The Army said it. the army said it, again and again and again",
    "Iran-backed militias fired 3 rockets at U.S. forces in al-Asad\nairbase on 5/12",
]


def _mostly_lower_by_tokens(tokens, max_share: float = 0.1) -> bool:  # type: ignore[no-untyped-def]
    lower = capitalised = 0
    for token in tokens:
        text = token.text
        if len(text) < 2 or not text.isalpha() or text.isupper():
            continue
        if text.islower():
            lower += 1
        elif text[0].isupper():
            capitalised += 1
    words = lower + capitalised
    return words >= 2 and capitalised <= max_share * words


def _has_name_by_tokens(tokens) -> bool:  # type: ignore[no-untyped-def]
    upper = lower = 0
    name = False
    first = True
    for t in tokens:
        if not t.is_alpha:
            if t.text in {".", "!", "?", "…"} or "\n" in t.text:
                first = True
            continue
        if t.is_upper and len(t) > 1:
            upper += 1
        elif t.is_lower:
            lower += 1
        elif t.is_title and not first:
            name = True
        first = False
    return name and lower > upper


@pytest.mark.parametrize("text", _TEXTS)
def test_mostly_lower_as_counted_token_by_token(text: str) -> None:
    doc = spacy.blank("en")(text)
    for share in (0.1, 0.3, 0.5):
        assert mostly_lower(doc, share) == _mostly_lower_by_tokens(doc, share)
        for a, b in ((0, len(doc) // 2), (len(doc) // 3, len(doc))):
            assert mostly_lower(doc[a:b], share) == _mostly_lower_by_tokens(doc[a:b], share)


def test_mostly_lower_can_be_false_and_true() -> None:
    nlp = spacy.blank("en")
    assert [mostly_lower(nlp(t)) for t in _TEXTS[:3]] == [True, False, False]


@pytest.mark.parametrize("text", _TEXTS)
def test_has_name_as_read_token_by_token(text: str) -> None:
    doc = spacy.blank("en")(text)
    words = _Words(doc)
    assert words.texts == [t.text for t in doc] and words.lower == [t.lower_ for t in doc]
    for a, b in ((0, len(doc)), (0, len(doc) // 2), (len(doc) // 3, len(doc))):
        assert _has_name(words, a, b) == _has_name_by_tokens(doc[a:b])


def test_has_name_can_be_false_and_true() -> None:
    nlp = spacy.blank("en")
    assert [_has_name(_Words(nlp(t))) for t in _TEXTS[:3]] == [False, True, False]
