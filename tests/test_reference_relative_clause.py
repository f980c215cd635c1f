"""A subject pronoun of a relative clause (src21, issue 13): never the noun the clause
qualifies nor an actor named inside that noun's phrase, but the subject of the clause
above it ("the herders it accused", "a militia it armed"), else the sentence's first
subject. Made-up sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sources(coded, trigger):
    return {e.source for e in coded.events if e.trigger.lower() == trigger}


def test_the_pronoun_is_not_an_actor_inside_the_qualified_noun(code_text):
    coded = code_text("Sudan expelled the Chadian traders it accused of smuggling rifles.")
    assert _sources(coded, "accused") == {"SDN"}


def test_the_pronoun_is_not_the_noun_in_apposition(code_text):
    coded = code_text("Iran no longer pays Hezbollah, the movement it armed for decades.")
    assert _sources(coded, "armed") == {"IRN"}


def test_the_pronoun_is_not_the_place_the_clause_qualifies(code_text):
    coded = code_text("The Houthis flew drones into Saudi Arabia, where they attacked an oil "
                      "depot.")
    assert _sources(coded, "attacked") == {"GRP.HOUTHIS"}


def test_the_nearest_clause_subject_above_the_noun_wins(code_text):
    coded = code_text("The PKK lost ground in Iraq, with Syria no longer shielding "
                      "the PKK fighters it once trained.")
    assert _sources(coded, "trained") == {"SYR"}
