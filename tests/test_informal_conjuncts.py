"""Posts' shortcuts (thr22b, issue 13): a second verb told without "and" or in a sentence
of its own with no subject shares the doer before it; a bare "junta" is its country's
government; people killed in a post whose places lie in one country are its civilians; a
town whose name only looks like an inflected word ("-ing") takes a capital."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sides(coded, trigger):
    return [(e.source, e.target) for e in coded.events if e.trigger == trigger]


def test_a_verb_after_a_comma_with_no_subject_shares_the_one_before(code_text):
    coded = code_text("the taliban shut the girls' schools in herat, then detained two teachers")
    assert any(s == "GRP.TALIBAN" for s, _ in _sides(coded, "detained"))
    coded = code_text("the junta in niamey suspended two radio stations, then arrested an editor")
    assert any(s is not None and s.startswith("NER.GOV") for s, _ in _sides(coded, "arrested"))


def test_a_sentence_opening_with_its_verb_goes_on_with_the_last_doer(code_text):
    coded = code_text("hezbollah shelled an army post near metula. later fired drones at haifa")
    assert any(s == "GRP.HEZBOLLAH" for s, _ in _sides(coded, "fired"))


def test_a_sentence_with_its_own_subject_keeps_it(code_text):
    coded = code_text("hezbollah shelled an army post near metula. israel fired drones at tyre")
    assert all(s != "GRP.HEZBOLLAH" for s, _ in _sides(coded, "fired"))


def test_people_killed_in_a_post_whose_places_lie_in_one_country_are_its_civilians(code_text):
    coded = code_text("moscow says its missiles struck a depot in zhytomyr. city officials say "
                      "the blasts killed 9 civilians")
    assert "UKR.CIV" in {t for _, t in _sides(coded, "killed")}


def test_a_bare_junta_is_its_countrys_government(code_text):
    coded = code_text("after the floods the junta declared a truce in sagaing")
    assert any(s is not None and s.startswith("MMR.GOV") for s, _ in _sides(coded, "declared"))


def test_a_town_that_only_looks_inflected_takes_a_capital(coder):
    copy = coder.restorer.restore("jets bombed two villages in sagaing during the fighting")
    assert "Sagaing" in copy
    assert "the fighting" in copy
