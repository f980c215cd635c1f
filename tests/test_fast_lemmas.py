"""The lemmatizer's array ``pipe`` gives the lemmas its own ``__call__`` gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from actorgraph.nlp.fast_lemmas import _FastLemmas, speed_up_lemmatizer


def _lookup_nlp():
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    from spacy.lookups import Lookups

    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"fought": "fight", "troops": "troop", "was": "be"})
    lemmatizer.initialize(lookups=lookups)
    return nlp, lemmatizer


def test_lookup_lemmas_as_the_lemmatizer_gives_them() -> None:
    nlp, lemmatizer = _lookup_nlp()
    words = ["Troops", "fought", "troops", "and", "fought", "again", "was"]
    expected = [t.lemma_ for t in lemmatizer(Doc(nlp.vocab, words=words))]
    assert expected[2] == "troop" and expected[0] == "Troops"  # the table is case-sensitive
    assert speed_up_lemmatizer(nlp) and isinstance(lemmatizer.pipe, _FastLemmas)
    [doc] = nlp.pipe([Doc(nlp.vocab, words=words)])
    assert [t.lemma_ for t in doc] == expected


def test_a_lemma_set_before_is_kept() -> None:
    nlp, lemmatizer = _lookup_nlp()
    speed_up_lemmatizer(nlp)
    doc = Doc(nlp.vocab, words=["troops", "fought"])
    doc[1].lemma_ = "battle"  # as the attribute ruler's exceptions set one
    [doc] = lemmatizer.pipe([doc])
    assert [t.lemma_ for t in doc] == ["troop", "battle"]


def test_only_lemmatizers_that_read_form_and_tags() -> None:
    assert not speed_up_lemmatizer(spacy.blank("en"))

    class Other(spacy.pipeline.Lemmatizer):
        def rule_lemmatize(self, token):  # type: ignore[no-untyped-def]
            return [token.text]

    nlp = spacy.blank("en")
    assert not speed_up_lemmatizer(_with(nlp, Other(nlp.vocab, None, mode="rule")))


def _with(nlp, component):  # type: ignore[no-untyped-def]
    nlp._components.append(("lemmatizer", component))
    nlp._link_components()
    return nlp


@pytest.mark.slow
def test_model_lemmas_unchanged(nlp) -> None:
    text = ("The army said it had got nothin' to do with it. Y'all gonna see: the rebels "
            "didn't sign it, and their leaders were seized. Iran's forces shelled the towns; "
            "better-armed militias fought on. Their leaves were cancelled and the army leaves "
            "the town.\n\nIt was signed by   them.")
    lemmatizer = nlp.get_pipe("lemmatizer")
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        before = nlp(text)
    plain = [t.lemma_ for t in lemmatizer(before.copy())]
    fast = _FastLemmas(lemmatizer)
    assert [t.lemma_ for t in fast.lemmatize(before.copy())] == plain
    assert [t.lemma_ for t in fast.lemmatize(before.copy())] == plain  # from its memo
    assert "seize" in plain and "militia" in plain
    assert "leaf" in plain and "leave" in plain  # one form, two parts of speech, two lemmas


def _rule_nlp(index: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    """A blank English pipeline with a rule lemmatizer over small tables."""
    from spacy.lookups import Lookups

    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["ies", "y"], ["s", ""]], "verb": [["ed", ""],
                                                                                  ["ed", "e"]]})
    lookups.add_table("lemma_index", index)
    lookups.add_table("lemma_exc", {"noun": {"leaves": ["leaf"]}})
    lemmatizer.initialize(lookups=lookups)
    return nlp, lemmatizer


_WORDS = ["militias", "seized", "leaves", "raided", "armies", "troops"]
_POS = ["NOUN", "VERB", "NOUN", "VERB", "NOUN", "NOUN"]


def _lemmas(nlp, fast: _FastLemmas) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.lemma_ for t in fast.lemmatize(Doc(nlp.vocab, words=_WORDS, pos=_POS))]


def test_rule_lemmas_from_set_tables_as_from_the_lists() -> None:
    nlp, lemmatizer = _rule_nlp({"noun": ["militia", "army"], "verb": ["seize", "raid"]})
    plain = [t.lemma_ for t in lemmatizer(Doc(nlp.vocab, words=_WORDS, pos=_POS))]
    assert plain == ["militia", "seize", "leaf", "raid", "army", "troop"]
    fast = _FastLemmas(lemmatizer)
    assert isinstance(fast._asked().lookups.get_table("lemma_index")["noun"], frozenset)
    assert _lemmas(nlp, fast) == plain
    off = _FastLemmas(lemmatizer, set_index=False)  # the switch: the lemmatizer itself asked
    assert off._asked() is lemmatizer and _lemmas(nlp, off) == plain


def test_set_tables_follow_the_lemmatizers_tables() -> None:
    from spacy.lookups import Lookups, Table

    nlp, lemmatizer = _rule_nlp({"noun": ["militia"], "verb": ["seize"]})
    fast = _FastLemmas(lemmatizer)
    # "raided": neither "raid" nor "raide" is in the index, the first rule's form wins
    assert _lemmas(nlp, fast)[3] == "raid"
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        lookups.set_table(name, lemmatizer.lookups.get_table(name))
    lookups.set_table("lemma_index", Table.from_dict({"verb": ["raide"]}, name="lemma_index"))
    lemmatizer.initialize(lookups=lookups)  # new tables: the sets are made again
    assert _lemmas(nlp, fast)[3] == "raide"
    assert [t.lemma_ for t in lemmatizer(Doc(nlp.vocab, words=_WORDS, pos=_POS))][3] == "raide"
