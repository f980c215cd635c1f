"""A namesake told apart by the post's date (src25b, issue 13): "BUSH" in a post of 1990 is the
elder Bush, in a post of 2005 the younger; a wire report's dateline dates the post the same
way. Made-up sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

_BUSHES = {"PER.GEORGE_H_W_BUSH", "PER.GEORGE_W_BUSH"}


def _bushes(coded):
    return {i for e in coded.events for i in (e.source, e.target)} & _BUSHES


@pytest.mark.parametrize(("published", "bush"), [
    ("1990-02-15", "PER.GEORGE_H_W_BUSH"),
    ("2005-02-15", "PER.GEORGE_W_BUSH"),
])
def test_the_publication_date_picks_the_namesake(code_text, published, bush):
    coded = code_text("THE GUERRILLAS CONDEMNED BUSH FOR THE AID HE SENT TO THE ARMY.",
                      published=published)
    assert _bushes(coded) == {bush}


def test_a_wire_dateline_dates_the_post_for_the_namesake(coder, tmp_path):
    from actorgraph.readers import read_path

    wire = tmp_path / "wire.txt"
    wire.write_text("TEGUCIGALPA, 3 MAR 90 (ACAN-EFE) -- THE GUERRILLAS CONDEMNED BUSH FOR "
                    "THE AID HE SENT TO THE ARMY.\n", "utf-8")
    [doc] = read_path(wire, "text")
    assert _bushes(coder.code(doc)) == {"PER.GEORGE_H_W_BUSH"}


@pytest.mark.parametrize(("published", "castro"), [
    ("1995-05-02", "PER.FIDEL_CASTRO"),
    # the younger brother's term; a namesake with no dated role (an FMLN envoy of the
    # dictionary) fits no year better and no longer ties with him
    ("2012-05-02", "PER.RAUL_CASTRO"),
])
def test_a_namesake_without_dates_does_not_block_the_one_of_the_time(code_text, published,
                                                                      castro):
    coded = code_text("Washington accused Castro of jailing dissidents.", published=published)
    named = {i for e in coded.events for i in (e.source, e.target)}
    assert castro in named and not ({"PER.FIDEL_CASTRO", "PER.RAUL_CASTRO"} - {castro}) & named
