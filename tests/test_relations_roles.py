"""Relation shapes met in rel15's fresh pool of issue 21 (round fifteen), written in our own
words: a title said "as" a role of someone ("in her capacity as chair of Y", "X's
resignation as head of Y"), a director general whose title wraps across a line, and a
group that has the protection of someone."""

from __future__ import annotations

import pytest


def held(coded) -> list[tuple[str, str, str]]:
    return [(r.type, " ".join((r.source_text or "").split()),
             " ".join((r.target_text or "").split())) for r in coded.relations if r.holds]


@pytest.mark.slow
@pytest.mark.parametrize("text, holder, body", [
    ("IN HIS CAPACITY AS CHAIRMAN OF THE NATIONAL ELECTORAL COUNCIL, DR RAMIRO SOTO SPOKE "
     "ON THE RESULTS.", "HIS", "NATIONAL ELECTORAL COUNCIL"),
    ("RUBEN ARCE'S RESIGNATION AS PRESIDENT OF THE DOCKWORKERS FEDERATION WAS ACCEPTED "
     "YESTERDAY.", "RUBEN ARCE'S", "DOCKWORKERS FEDERATION"),
])
def test_an_as_title_on_a_role_is_the_role_owners(code_text, text, holder, body):
    coded = code_text(text)
    assert ("leads", holder, body) in held(coded), held(coded)


@pytest.mark.slow
def test_as_part_of_a_plan_makes_no_member(code_text):
    coded = code_text("THE BODY OF A TEACHER WAS LEFT ON THE ROAD AS PART OF A SALVADORAN\n"
                      "ARMED FORCES PLAN TO FRIGHTEN THE VILLAGE.")
    assert not [r for r in held(coded) if r[0] == "member_of"], held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "COLONEL TOMAS VEGA RIOS, DIRECTOR GENERAL OF THE NATIONAL GUARD, ARRIVED TODAY.",
    "COLONEL TOMAS VEGA RIOS, DIRECTOR\nGENERAL OF THE NATIONAL GUARD, ARRIVED TODAY.",
])
def test_a_director_general_leads_across_a_wrapped_line(code_text, text):
    got = [r for r in held(code_text(text)) if "NATIONAL GUARD" in r[2]]
    assert got and all(t == "leads" for t, _, _ in got), held(code_text(text))


@pytest.mark.slow
def test_a_gang_with_the_protection_of_someone_is_backed_by_him(code_text):
    coded = code_text("THE SMUGGLING GANG HAD THE PROTECTION OF RAFAEL MENDOZA TREJO, WHO WAS "
                      "ARRESTED ON FRIDAY.")
    assert ("backs", "RAFAEL MENDOZA TREJO", "SMUGGLING GANG") in held(coded), held(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text, holder, body", [
    ("Elena Ruiz, the medical director of the Santa Clara Clinic, said two nurses were hurt.",
     "Elena Ruiz", "Santa Clara Clinic"),
    ("The report was signed by Mining Ministry procurement chief Omar Taleb.",
     "Omar Taleb", "Mining Ministry"),
    ("Northwind Airlines marketing director Paula Grant said fares would rise.",
     "Paula Grant", "Northwind Airlines"),
])
def test_the_head_of_one_function_is_a_member_of_the_body(code_text, text, holder, body):
    got = held(code_text(text))
    assert ("member_of", holder, body) in got, got
    assert not [r for r in got if r[0] == "leads"], got


@pytest.mark.slow
def test_the_head_with_no_function_word_leads_the_body(code_text):
    got = held(code_text("Elena Ruiz, the director of the Santa Clara Clinic, said two nurses"
                         " were hurt."))
    assert ("leads", "Elena Ruiz", "Santa Clara Clinic") in got, got


@pytest.mark.slow
@pytest.mark.parametrize("text, holder, body", [
    # the "as" phrase before the subject says what the subject is; "want", "hope" are the
    # rest of the clause's
    ("AS COMMANDER OF THE ARMED FORCES, I WANT TO CONGRATULATE ALL ITS MEMBERS.", "I",
     "ARMED FORCES"),
    ("As leader of the Unity Party, I hope to win the vote.", "I", "Unity Party"),
])
def test_a_fronted_as_title_holds_whatever_the_verb(code_text, text, holder, body):
    coded = code_text(text)
    assert ("leads", holder, body) in held(coded), held(coded)
