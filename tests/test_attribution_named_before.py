"""Who says what, named before: a speaker named by "the" and a title alone ("THE MINISTER
ADDED THAT ...") is the person the post named before with that title, whether or not that
person spoke then; a report named by "the" alone ("the report says") speaks for the owner of
the report the post named before ("Amnesty released its report"); and wire text in capitals
makes no name of a common noun ("THE PRESIDENT SAID THAT ...")."""

from __future__ import annotations

import pytest
from helpers import event_at


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "asserted_by"), [
    # a title alone: the person named before with that title, who did not speak there
    ("INTERIOR MINISTER JOSE PABLO ARANDA INSPECTED THE PRISON IN SANTA TECLA. THE MINISTER "
     "SAID THAT THE GUERRILLAS HAD BURNED THREE TRUCKS.", "ASSAULT", "BURNED",
     "PRV.PER.JOSE_PABLO_ARANDA"),
    ("Defence Minister Tomas Varela toured the northern garrison on Friday. The minister said "
     "rebels had shelled the airport overnight.", "ASSAULT", "shelled",
     "PRV.PER.TOMAS_VARELA"),
    # the words before the title must be the title's too ("THE VICE PRESIDENT")
    ("VICE PRESIDENT FRANCISCO MERINO OPENED THE SESSION. THE VICE PRESIDENT STATED THAT "
     "FMLN UNITS DYNAMITED A BRIDGE.", "ASSAULT", "DYNAMITED", "PER.FRANCISCO_MERINO"),
    # a report named by "the" alone: the owner of the report put out before
    ("AMNESTY INTERNATIONAL PUBLISHED ITS ANNUAL REPORT ON TUESDAY. THE REPORT SAYS THAT "
     "SOLDIERS TORTURED 30 PRISONERS.", "ASSAULT", "TORTURED", "NGO.AMNESTY"),
    ("Human Rights Watch released a report on the border on Monday. The report said troops "
     "had shot dozens of migrants.", "ASSAULT", "shot", "NGO.HRW"),
])
def test_a_speaker_named_before(code_text, text, type_, trigger, asserted_by):
    assert event_at(code_text(text), type_, trigger).asserted_by == asserted_by


@pytest.mark.slow
def test_a_title_of_another_office_is_not_the_person(code_text):
    # a president named before is no minister
    coded = code_text("PRESIDENT FRANCISCO MERINO OPENED THE SESSION. THE MINISTER SAID THAT "
                      "FMLN UNITS DYNAMITED A BRIDGE.")
    assert event_at(coded, "ASSAULT", "DYNAMITED").asserted_by != "PER.FRANCISCO_MERINO"


@pytest.mark.slow
def test_a_body_is_no_title(code_text):
    # "the police" speak for the police, not for the police chief named before
    coded = code_text("POLICE CHIEF ROBERTO ALVARADO VISITED THE MARKET. THE POLICE SAID THAT "
                      "GUNMEN KILLED TWO MERCHANTS.")
    assert event_at(coded, "ASSAULT", "KILLED").asserted_by != "PRV.PER.ROBERTO_ALVARADO"


@pytest.mark.slow
def test_a_report_with_no_owner_before_keeps_its_words(code_text):
    event = event_at(code_text("THE REPORT SAYS THAT SOLDIERS TORTURED 30 PRISONERS."),
                     "ASSAULT", "TORTURED")
    assert event.asserted_by is None and event.asserted_by_text == "REPORT"
