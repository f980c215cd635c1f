"""A pronoun told in a later clause or sentence (pron26, issue 13): the sentence before's
topic may be a mention that owns or qualifies its subject, never the place the sentence
ends on; a plural pronoun takes a plural force noun standing nearer than a singular state
("its troops ... they"); a possessive of a subject in a clause joined to the main one goes
on with the main subject. Made-up sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sides(coded, trigger):
    return {(e.source, e.target) for e in coded.events if e.trigger.lower() == trigger}


def _sources(coded, trigger):
    return {e.source for e in coded.events if e.trigger.lower() == trigger}


def test_the_topic_before_is_the_group_that_owns_its_subject(code_text):
    coded = code_text("HEZBOLLAH FIGHTERS CROSSED INTO ISRAEL AT NIGHT. THEY ATTACKED AN "
                      "ARMY POST.")
    assert _sources(coded, "attacked") == {"GRP.HEZBOLLAH"}


def test_a_place_is_no_antecedent_while_an_actor_fits(code_text):
    coded = code_text("The embassy of Chile in Lima announced that it had granted asylum "
                      "to the former mayor.")
    assert {(s or "")[:3] for s in _sources(coded, "granted")} == {"CHL"}


def test_they_is_the_nearer_plural_force_not_the_state(code_text):
    coded = code_text("Rwanda moved most of its troops out of Kivu last year. They had been "
                      "fighting the militia alongside Congolese units.")
    assert _sources(coded, "fighting") == {"RWA.MIL"}


def test_its_in_a_joined_clause_goes_on_with_the_main_subject(code_text):
    coded = code_text("Turkey entered Syria in October, and within days its forces had "
                      "reached Afrin, where they shelled Kurdish positions.")
    assert _sources(coded, "shelled") == {"TUR.MIL"}


def test_a_singular_it_is_not_a_plural_force(code_text):
    coded = code_text("Jordan sent soldiers to the border. It blamed Syria for the smuggling.")
    assert _sides(coded, "blamed") == {("JOR", "SYR")}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    # the complement of the speaker's verb, past the other side named between (evarg31)
    ("Tirana accused Belgrade of lying and said its soldiers had not fired a shot.",
     "fired", "ALB.MIL"),
    ("Kabul dismissed Iranian reports that its army had shelled villages near Herat.",
     "shelled", "AFG.MIL"),
    # the nearest actor in the speaker's own words stays ("they": all three)
    ("Chad, Niger and Mali said they had shelled rebel camps near the border.",
     "shelled", "MLI"),
])
def test_a_pronoun_subject_of_a_complement_is_the_speaker(code_text, text, trigger, source):
    assert {(s or "")[:len(source)] for s in _sources(code_text(text), trigger)} == {source}
