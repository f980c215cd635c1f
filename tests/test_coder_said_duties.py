"""Duties laid on another actor (miss25b, issue 13): "X said Y must / should / ought to do Z"
is a REQUEST X->Y, as "X called on Y to do Z" is (docs/LABELLING.md), and the act asked for
is not coded; a main clause's "Y must do Z" is the author's own demand. Not the speaker's
own duty, a passive with no one asked, an inference ("must have"), a question, a
condition, a rule for anyone, advice to the public or a state ("should have cars")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _requests(coded):
    return [e for e in coded.events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya said Ethiopia ought to withdraw its troops from the border town.", "KEN", "ETH"),
        ("Brazil's foreign ministry stated that Venezuela should respect the vote in "
         "Essequibo.", "BRA.GOV", "VEN"),
        ("Iran should stop arming the militias in Yemen.", None, "IRN"),
    ],
)
def test_a_duty_laid_on_another_actor_is_a_request(code_text, text, source, target):
    requests = _requests(code_text(text))
    assert [(e.source, e.target) for e in requests] == [(source, target)]
    assert requests[0].modality == "asserted" and not requests[0].negated


def test_the_act_asked_for_is_not_coded(code_text):
    coded = code_text("Kenya said Ethiopia ought to withdraw its troops from the border town.")
    assert not [e for e in coded.events if e.type == "RETREAT"]


def test_a_duty_not_to_act_is_still_a_request_made(code_text):
    requests = _requests(code_text("Chile said Peru should not close the border crossing."))
    assert [(e.source, e.target, e.negated) for e in requests] == [("CHL", "PER", False)]


@pytest.mark.parametrize(
    "text",
    [
        "The party leader said we must defend the constitution.",
        "The mayor said the bridge must be repaired before winter.",
        "Analysts said the rebels must have received weapons from abroad.",
        "Ministers asked whether the navy should escort the grain ships.",
        "If the talks fail, the army must be ready.",
        "A minister who loses the vote must resign within a week.",
        "People should stay indoors during the curfew.",
        "The troops had to pull back from the ridge on Tuesday.",
        "Meanwhile Chrysler should have new cars on the market by 2011.",
    ],
)
def test_no_request_without_a_duty_laid_on_another_actor(code_text, text):
    assert not _requests(code_text(text))


def test_a_duty_told_after_according_to_is_the_speakers_demand(code_text):
    text = ("SALVADORAN VICE PRESIDENT FRANCISCO MERINO STATED TODAY THAT THE ARMY WILL "
            "NEGOTIATE. ACCORDING TO THE VICE PRESIDENT, THE FMLN MUST STOP ITS ATTACKS ON "
            "CIVILIANS.")
    requests = _requests(code_text(text))
    assert [(e.source, e.asserted_by, e.modality) for e in requests] == [
        ("PER.FRANCISCO_MERINO", None, "asserted")]
