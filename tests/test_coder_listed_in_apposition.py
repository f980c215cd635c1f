"""A list the parser hangs on its first member as an apposition (few24, issue 13): in
"A, the B and C" spaCy often makes "the B" an apposition to A and C its conjunct; each
listed member is a side of its own, and a common noun before the list ("the hostages, a
Swiss engineer and two nurses") only gathers the members."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_each_state_of_a_list_read_as_an_apposition_is_a_source(code_text):
    coded = code_text("Brazil, the UAE and Qatar gave Sudan grants last year.")
    givers = {e.source for e in coded.events if e.type == "AID"}
    assert {"BRA", "ARE", "QAT"} <= givers


def test_a_common_noun_before_a_list_gives_way_to_its_members(code_text):
    coded = code_text("Police detained the organisers, a Kenyan lawyer and two Ugandan "
                      "activists.")
    detained = [e.target for e in coded.events if e.type == "COERCE"]
    assert {t.split(".")[0] for t in detained if t} == {"KEN", "UGA"}
    assert None not in detained


def test_a_lone_apposition_renames_its_head(code_text):
    coded = code_text("Hamas, the militant group, fired rockets at Israel.")
    assert [e.source for e in coded.events if e.type == "ASSAULT"] == ["GRP.HAMAS"]
