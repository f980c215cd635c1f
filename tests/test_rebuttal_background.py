"""Rebuttal pairs that background wrongly made: a negation above a clause said or asked,
or above a noun's phrase, read as the act's own denial (the negated mention then faced an
asserted one of the same act), and a country's armed group taken as the accused of its
state's act (so that anything it says next 'answers' the author's account); and one that a
single quotation mark hid (a heading speaker's quoted line: "Kremlin: '...'")."""

from __future__ import annotations

import pytest


def _acts(coded, type_: str, trigger: str):
    found = [e for e in coded.events if e.type == type_ and e.trigger == trigger]
    assert found, [(e.type, e.trigger) for e in coded.events]
    return found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), [
    # the knowing is denied, not the deaths
    ("The police said the gunfight lasted two hours and that it was not possible to know "
     "how many people died in the clash.", "clash"),
    # the justifying is denied, not the kidnappings the noun's phrase names
    ("The minister said we cannot continue to justify the use of kidnapping against "
     "journalists.", "kidnapping"),
])
def test_a_negation_above_a_clause_or_a_noun_phrase_is_not_the_act_s(code_text, text,
                                                                      trigger):
    coded = code_text(text)
    assert not any(e.negated for e in _acts(coded, "ASSAULT", trigger))
    assert not any(c.stance in ("denies", "disputes") for c in coded.claims)


@pytest.mark.slow
def test_a_negation_along_the_act_s_own_verbs_still_denies_it(code_text):
    coded = code_text("The army said its soldiers did not try to attack the village.")
    [attack] = _acts(coded, "ASSAULT", "attack")
    assert attack.negated


@pytest.mark.slow
def test_a_country_s_militia_is_not_the_accused_of_its_state_s_act(code_text):
    coded = code_text("Chad insists it is neutral in Sudan's war. The RSF, however, says "
                      "Chadian troops have shelled its positions near El Geneina, a charge "
                      "Chad has not answered.",
                      author="@desk")
    by_id = {e.id: e for e in coded.events}
    # the author's background act is nobody's to answer; the RSF's own account stands
    assert not [c for c in coded.claims if c.stance in ("denies", "disputes")
                and c.asserted_by == "GRP.RSF" and by_id[c.event].asserted_by is None]
    [shelled] = [e for e in coded.events if e.trigger == "shelled"]
    assert shelled.asserted_by == "GRP.RSF"
    assert [c.asserted_by for c in coded.claims if c.event == shelled.id
            and c.stance == "disputes"] == ["TCD"]  # the pair that stays: RSF against Chad


@pytest.mark.slow
def test_a_single_quoted_line_after_a_heading_colon_is_its_speaker_s(code_text):
    coded = code_text("Kremlin: 'We never target civilians.' Reality: a Russian missile "
                      "flattened a supermarket in Kharkiv.", author="@desk")
    [target] = _acts(coded, "ASSAULT", "target")
    assert (target.asserted_by, target.negated) == ("RUS.GOV.KREMLIN", True)
    [flattened] = _acts(coded, "ASSAULT", "flattened")
    assert flattened.asserted_by is None  # the author's answer to the quoted line
    assert [c.asserted_by for c in coded.claims if c.event == flattened.id
            and c.stance == "disputes"] == ["RUS.GOV.KREMLIN"]


@pytest.mark.slow
def test_a_place_heading_a_single_quoted_line_is_not_its_speaker(code_text):
    coded = code_text("sudan: 'the rsf shelled the market in el fasher', say locals.")
    [shelled] = _acts(coded, "ASSAULT", "shelled")
    assert shelled.asserted_by != "SDN"
