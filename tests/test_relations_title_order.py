"""A head's title read by word order where the parse of wire capitals hung the name and the
title apart (issue 21, round 17): "the president of Y, X, ought to", "the head of Y (Z),
General X", "the director of Y is X", and a plain body that owns the title ("the flight
school's director"). Made-up sentences in our own words."""

from __future__ import annotations

import pytest


def held(coded) -> list[tuple[str, str, str]]:
    return [(r.type, " ".join((r.source_text or "").split()),
             " ".join((r.target_text or "").split())) for r in coded.relations if r.holds]


@pytest.mark.slow
@pytest.mark.parametrize("text, person, body", [
    # the name hung on the verb, the title on the resignation
    ("THE CONGRESSMAN SAID THAT THE RESIGNATION OF THE PRESIDENT OF THE CGT, MARIO LUNA, "
     "OUGHT TO END THE STRIKE.", "MARIO LUNA", "CGT"),
    # an acronym in brackets after the body, a rank before the name; the title holds
    # whatever the clause says of the attack
    ("THE BOMB WAS AIMED AT THE HEAD OF THE CUSTOMS POLICE (DIAN), GENERAL JORGE PRADO, WHO "
     "WAS UNHURT.", "JORGE PRADO", "DIAN"),
    ("THE DIRECTOR OF THE NEWSPAPER IS FORMER MAYOR ALVARO RUEDA.", "ALVARO RUEDA",
     "NEWSPAPER"),
    ("THE EXERCISE WAS SUPERVISED BY MAJOR LUIS PEREA, THE FLIGHT SCHOOL'S DIRECTOR.",
     "LUIS PEREA", "FLIGHT SCHOOL"),
])
def test_a_head_named_apart_from_the_title_leads(code_text, text, person, body):
    got = held(code_text(text))
    assert ("leads", person, body) in got, got


@pytest.mark.slow
def test_the_head_named_after_the_body_is_not_also_a_plain_member(code_text):
    got = held(code_text("THE CONGRESSMAN SAID THAT THE RESIGNATION OF THE PRESIDENT OF THE "
                         "CGT, MARIO LUNA, OUGHT TO END THE STRIKE."))
    assert ("member_of", "MARIO LUNA", "CGT") not in got, got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The ministry's director of planning, Omar Haddad, resigned.",  # a function's head
    "IN RESPONSE, THE LEADER OF THE UNION CALLED A STRIKE.",  # no name before the comma
    "THE LEADER OF THE UNION, THE MAYOR AND TWO AIDES WERE DETAINED.",  # no name after it
])
def test_no_head_where_no_name_stands_beside_the_title(code_text, text):
    got = held(code_text(text))
    assert not [r for r in got if r[0] == "leads"], got
