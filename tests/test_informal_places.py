"""Towns in lower-case posts (tgt21, issue 13): a word the gazetteer knows as a place after
a place preposition takes a capital in the restored copy, so its country reaches a sector
noun ("civilians in <town>"); common words after the same prepositions stay as written."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_known_town_after_a_place_preposition_takes_a_capital(coder):
    copy = coder.restorer.restore("shells fell on houses in zhytomyr and near mopti today")
    assert "Zhytomyr" in copy
    assert "Mopti" in copy


def test_common_words_after_place_prepositions_stay_lower_case(coder):
    copy = coder.restorer.restore("the strike began in march, at dawn, near the market")
    assert copy is None or ("in march" in copy and "at dawn" in copy)


def test_a_town_in_a_lower_case_post_gives_the_struck_homes_its_country(code_text):
    # without the capital, "rafah" is no place and the homes are nobody's
    coded = code_text("israeli jets bombed houses in rafah this morning")
    assert "PSE.CIV" in {e.target for e in coded.events if e.type == "ASSAULT"}
