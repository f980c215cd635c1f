"""Source ids from the post's state (src20, issue 13): a body's name many states share yields
to the one country the post points to, a state's word before a force noun that names no
sector alone ("units", "instructors"), a town name several countries share read as the one
in the home of the post's actors, the announcer of a concession, and the Sandinista state."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sources(coded, etype):
    return {e.source for e in coded.events if e.type == etype}


def test_a_shared_body_name_takes_the_posts_one_country(code_text):
    coded = code_text("Honduran soldiers patrolled the border near Choluteca on Monday. "
                      "The National Guard later arrested nine students at a roadblock.")
    assert _sources(coded, "COERCE") == {"HND.MIL"}


def test_a_shared_body_name_stays_its_entrys_in_its_own_country(code_text):
    coded = code_text("The National Guard arrested nine looters in Louisville on Monday.")
    assert _sources(coded, "COERCE") == {"USA.MIL.NATIONAL_GUARD"}


def test_a_shared_body_name_stays_where_the_post_names_no_country(code_text):
    coded = code_text("The National Guard arrested nine looters on Monday.")
    assert _sources(coded, "COERCE") == {"USA.MIL.NATIONAL_GUARD"}


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Georgian units shelled the bridge near Gori at dawn.", "ASSAULT", "GEO.MIL"),
        ("Chinese instructors trained Cambodian marines at the Ream base.", "AID", "CHN.MIL"),
        ("A Syrian tank fired on the checkpoint outside Deraa.", "ASSAULT", "SYR.MIL"),
    ],
)
def test_a_states_word_before_a_force_noun_names_its_military(code_text, text, etype, source):
    assert source in _sources(code_text(text), etype)


def test_a_bare_force_noun_of_that_kind_takes_no_country(code_text):
    # "units" alone may be anyone's: no sector noun, no post country
    coded = code_text("Rebel units ambushed a convoy near Gori on Friday.")
    assert not any(s is not None and s.endswith(".MIL") for s in _sources(coded, "ASSAULT"))


def test_an_announced_concession_is_the_announcers(code_text):
    coded = code_text("Armenia announced on Friday that its troops would pull back from "
                      "the disputed ridge.")
    assert _sources(coded, "CONCEDE") == {"ARM"}
    assert "ARM.MIL" in _sources(coded, "RETREAT")


def test_the_sandinista_word_names_nicaraguas_bodies(code_text):
    coded = code_text("THE SANDINISTA GOVERNMENT FREED 300 PRISONERS YESTERDAY.")
    assert _sources(coded, "RETREAT") == {"NIC.GOV"}
