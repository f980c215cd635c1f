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
