"""Speed guards that must not change what is coded: the loaded objects kept out of the
garbage collector's walks, and the relation rules that open only at their own words."""

from __future__ import annotations

import gc

import pytest

pytestmark = pytest.mark.slow


def test_the_coder_leaves_what_it_loaded_out_of_collections(coder) -> None:
    # the model, dictionaries and lexicon: far more objects than any post makes
    assert gc.get_freeze_count() > 100_000
    assert coder.dictionary is not None


def test_only_cue_words_pro_and_hyphenated_words_open_the_compound_rule(coder) -> None:
    finder = coder.relations
    word = next(iter(finder.cues.compounds))
    assert finder._may_be_hyphenated(word)
    assert finder._may_be_hyphenated("pro")
    assert finder._may_be_hyphenated("moscow-led")
    assert not finder._may_be_hyphenated("soldiers")


def test_a_hyphenated_backer_still_backs_the_group(code_text) -> None:
    coded = code_text("Tehran-backed gunmen fired on a police station in Basra.")
    assert any(r.type == "backs" for r in coded.relations)


def test_the_coder_collects_young_objects_less_often(coder) -> None:
    # Python's 700 made the collector run every few sentences of dense news
    assert gc.get_threshold()[0] >= 10_000


def test_only_cue_words_open_the_adjective_noun_and_verb_rules(coder) -> None:
    finder = coder.relations
    opening = finder._opening_words
    cues = finder.cues
    assert set(cues.adjectives) <= opening.adjectives
    assert set(cues.nouns) | cues.support_nouns | cues.alliance_nouns <= opening.nouns
    assert set(cues.verbs) | cues.giving_verbs <= opening.verbs
    assert {"allegiance", "command"} <= opening.nouns
    for word in ("weather", "bridge", "yesterday"):
        assert word not in opening.adjectives | opening.nouns | opening.verbs


@pytest.mark.parametrize(("text", "rtype"), [
    ("Colonel Haddad, the commander of the Northern Brigade, inspected the border.",
     "leads"),
    ("The Northern Brigade is funded by the government of Syria.", "backs"),
    ("The rebels pledged allegiance to the Islamic State last year.", "member_of"),
])
def test_the_rules_behind_the_opening_words_still_relate(code_text, text, rtype) -> None:
    coded = code_text(text)
    assert any(r.type == rtype for r in coded.relations), coded.relations
