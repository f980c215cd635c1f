"""Issue 21, round 19: a body after a title's "of" that no actor mention covers (a firm's or a
movement's name the dictionary and the tagger leave unread), and a person's own police
("X'S SECURITY POLICE"), in our own words."""

from __future__ import annotations

import pytest


def held(coded) -> list[tuple[str, str, str]]:
    return [(r.type, " ".join((r.source_text or "").split()),
             " ".join((r.target_text or "").split())) for r in coded.relations if r.holds]


@pytest.mark.slow
@pytest.mark.parametrize("text, person, body", [
    ("(ENG. TOMAS ARBELAEZ CUERVO, PRESIDENT OF CARBOSUR) THE MINE WILL NOT CLOSE THIS YEAR.",
     "ARBELAEZ", "CARBOSUR"),
    ("ESTEBAN LARA, LEADER OF THE UNITED LEFT\nAND THE SOCIALIST PARTY, ASKED FOR A RECOUNT.",
     "ESTEBAN LARA", "UNITED LEFT"),  # "LEFT" read as a verb
])
def test_an_unread_name_after_a_title_of_is_the_body(code_text, text, person, body):
    got = [(t, s, o) for t, s, o in held(code_text(text)) if t == "leads"]
    assert any(person in s and body in o for _, s, o in got), got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Ines Varga, Minister of Tourism, opened the fair.",
    "RAUL PEREDA, MAYOR OF BARRANQUILLA, LEFT FOR MADRID.",
])
def test_a_portfolio_or_a_place_after_a_title_of_is_no_body(code_text, text):
    got = held(code_text(text))
    assert not any(r[0] in ("leads", "member_of") for r in got), got


@pytest.mark.slow
def test_a_persons_security_police_are_led_by_the_person(code_text):
    got = held(code_text("THE STUDENTS WERE BEATEN BY AGENTS OF MONTERROSO'S SECURITY POLICE."))
    assert any(t == "leads" and "MONTERROSO" in s and "POLICE" in o for t, s, o in got), got
