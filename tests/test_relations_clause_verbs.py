"""Relations stated by clause words around a name: "in charge of", a participle of
belonging, "considered the leader of", "whose leader X", people "headed by" someone,
an apposition between coordinated names."""

from __future__ import annotations

import pytest

_TWO_HEADS = ("Jorge Medina, the leader of the Liberal Party, and Pedro Arias, the head of the "
              "Green Party, visited the site.")


def found(coded) -> set[tuple[str, str, str]]:
    return {(r.type, r.source_text or "", r.target_text or "") for r in coded.relations
            if r.holds}


def has(coded, rtype: str, source: str, target: str) -> bool:
    return any(t == rtype and source in s and target in g for t, s, g in found(coded))


@pytest.mark.slow
@pytest.mark.parametrize("text,rtype,source,target", [
    # "in charge of" / "in command of" a body: its head, set off by commas or said of him
    ("Major Tomas Ferrer, in charge of the 4th Infantry Brigade, said the road was open.",
     "leads", "Tomas Ferrer", "4th Infantry Brigade"),
    ("General Pedro Soto is in command of the 4th Infantry Brigade.",
     "leads", "Pedro Soto", "4th Infantry Brigade"),
    ("Colonel Ruiz was put in charge of the presidential guard battalion.",
     "leads", "Ruiz", "presidential guard battalion"),
    # people a participle of belonging hangs on are members
    ("Three soldiers belonging to the 12th Infantry Battalion were wounded near the bridge.",
     "member_of", "soldiers", "12th Infantry Battalion"),
    ("Rebels belonging to the FARC attacked a post.", "member_of", "Rebels", "FARC"),
    # "X, considered the leader of Y": the participle hung on the main verb
    ("Officers arrested Luis Tapia, considered the leader of the Sierra cartel.",
     "leads", "Luis Tapia", "Sierra cartel"),
    # "whose" with no relative clause parsed: the name before the comma
    ("She was a member of the Socialist Party, whose leader Mario Solorzano said the groups "
     "are active.", "leads", "Mario Solorzano", "Socialist Party"),
    # "whose TITLE is Y" after an unknown acronym: the title makes the acronym a body
    ("THE PRA, WHOSE SECRETARY GENERAL IS ANA VELEZ, SIGNED THE ACCORD.", "leads",
     "ANA VELEZ", "PRA"),
    ("The LDU, whose chairman is Omar Haddad, met on Friday.", "leads", "Omar Haddad", "LDU"),
    # "his NATIONALITY counterpart, NAME": the possessor's title, of the state named
    ("Chilean President Rosa Fuentes phoned her Peruvian counterpart, Mateo Quispe, on Sunday.",
     "leads", "Mateo Quispe", "Peruvian"),
    # people headed by someone are a group he leads
    ("Villagers fought off 300 bandits headed by Juan Ortega.", "leads", "Juan Ortega",
     "bandits"),
    # an apposition before the next of coordinated names is the first name's alone
    (_TWO_HEADS, "leads", "Jorge Medina", "Liberal Party"),
    (_TWO_HEADS, "leads", "Pedro Arias", "Green Party"),
])
def test_clause_words_state_a_relation(code_text, text, rtype, source, target):
    coded = code_text(text)
    assert has(coded, rtype, source, target), found(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # things that belong to a body are not its members
    "Documents belonging to the ministry were burned.",
    # being in charge of an inquiry heads no body
    "The officer in charge of the investigation declined to comment.",
    # a verb of regarding with no title names no relation
    "The army considered the attack a provocation.",
])
def test_no_relation_from_clause_words_alone(code_text, text):
    coded = code_text(text)
    assert not {(t, s, g) for t, s, g in found(coded)
                if t in ("leads", "member_of")}, found(coded)


@pytest.mark.slow
@pytest.mark.parametrize("text,source,target", [
    # leaders headed by one of them are no body he leads
    ("THE FOUR UP LEADERS, HEADED BY PRESIDENT BERNARDO JARAMILLO, OCCUPY THE OFFICE.",
     "JARAMILLO", "LEADERS"),
    # the second name's apposition does not go back to the first
    (_TWO_HEADS, "Pedro Arias", "Liberal Party"),
])
def test_no_head_across_coordinated_sides(code_text, text, source, target):
    coded = code_text(text)
    assert not has(coded, "leads", source, target), found(coded)

