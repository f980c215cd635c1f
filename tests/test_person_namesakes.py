"""A dictionary person known by the surname alone is not every bearer of it: given names
before the surname that are none of the person's name another person ("LUIS ALBERTO ROSA
CHAVEZ" is no Hugo Chavez), while a title or the person's own given name keeps them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _ids(coded):
    return {i for e in coded.events for i in (e.source, e.target)}


def test_other_given_names_make_another_bearer_of_the_surname(code_text):
    ids = _ids(code_text("THE GUARDSMEN DETAINED LUIS ALBERTO ROSA CHAVEZ YESTERDAY."))
    assert "PER.HUGO_CHAVEZ" not in ids, ids
    assert "PRV.PER.LUIS_ALBERTO_ROSA_CHAVEZ" in ids, ids


@pytest.mark.parametrize("text", ["President Chavez criticized the United States.",
                                  "Hugo Chavez criticized the United States."])
def test_a_title_or_the_persons_own_given_name_keeps_the_person(code_text, text):
    assert "PER.HUGO_CHAVEZ" in _ids(code_text(text))
