"""Relations of posts and pronoun-owned forces (issue 21, round twenty-six): a "general
secretary" after an acronym leads it as a "secretary general" does, and armed men told
only as a pronoun's ("his men") are no body the person leads, while his government
still is.
Sentences made up for the tests."""

from __future__ import annotations

import pytest

from tests.test_relations_names import held


@pytest.mark.slow
@pytest.mark.parametrize("text, person, body", [
    ("THE LETTER WAS SIGNED BY FNRT GENERAL SECRETARY OSVALDO MEDINA LAST WEEK.",
     "OSVALDO MEDINA", "FNRT"),
    ("SHE TALKED TO CTU GENERAL SECRETARY JORGE ALVAREZ YESTERDAY.", "JORGE ALVAREZ", "CTU"),
    ("THE UNP GENERAL SECRETARY, RAUL SOLIS, RESIGNED.", "RAUL SOLIS", "UNP"),
])
def test_a_general_secretary_after_an_acronym_leads_it(code_text, text, person, body):
    assert ("leads", person, body) in held(code_text(text))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "GENERAL ORTIZ SAID HIS TROOPS HAD TAKEN THE RIDGE AND HIS MEN WERE SAFE.",
    "PRESIDENT GARCIA SAID HE TRUSTS HIS SECURITY FORCES.",
])
def test_armed_men_told_only_as_a_pronouns_have_no_leader(code_text, text):
    got = held(code_text(text))
    assert not any(t == "leads" for t, _, _ in got), got


@pytest.mark.slow
def test_a_named_persons_own_government_is_still_his(code_text):
    # (the pronoun resolved to a president the dictionary holds)
    coded = code_text("PRESIDENT GARCIA SAID THAT HIS GOVERNMENT WOULD RAISE WAGES.")
    assert any(r.type == "leads" and r.source == "PER.ALAN_GARCIA" and r.holds
               and "GOVERNMENT" in r.target_text for r in coded.relations), held(coded)
