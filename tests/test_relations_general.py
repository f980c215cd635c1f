"""Shapes of standing relations that recur across sources, written in our own words: a
job "at" a firm, an office one is elected or appointed to, the support a side "has", and
wire text in capitals."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def held(coded) -> list[tuple[str, str, str]]:
    return [(r.type, r.source_text or "", r.target_text or "") for r in coded.relations
            if r.holds]


def test_the_support_a_side_has(code_text):
    coded = code_text("The Honduran army, which has the full backing of Brazil, denied it.")
    assert ("backs", "BRA", "HND.MIL") in {(r.type, r.source, r.target)
                                           for r in coded.relations if r.holds}, held(coded)
    # the support of a population is no side's backing
    coded = code_text("The government has the support of most Syrians.")
    assert not [r for r in coded.relations if r.holds and r.type == "backs"], held(coded)


@pytest.mark.parametrize("text", [
    # a job "at" a place is no membership; an election one only hopes to win is none
    "Anna Berg, a senior economist at the conference in Oslo, spoke on Monday.",
    "Lucia Ferrer hopes to be elected president of Uruguay.",
    # a government named after the one at its head names the government, no relation
    "The rebels refused to negotiate with the Alberto Quiroga government.",
    # within a state is no membership
    "Anna Berg works with Lucia Ferrer within Uruguay.",
])
def test_no_relation_from_these(code_text, text):
    coded = code_text(text)
    assert not [r for r in coded.relations if r.holds and r.type in ("leads", "member_of")
                and r.source_text in ("Anna Berg", "Lucia Ferrer")], held(coded)
    assert not [r for r in coded.relations if r.holds and r.type == "leads"
                and "government" in (r.target_text or "")], held(coded)


def test_a_rank_after_a_title_adds_no_relation(code_text):
    coded = code_text("The raids are led by 9th Brigade commander Colonel Jaime Torres.")
    assert [r.type for r in coded.relations if r.holds and r.source_text == "Jaime Torres"
            ] == ["leads"], held(coded)


def test_a_name_spelled_out_in_brackets_is_no_member(code_text):
    coded = code_text("HE SAID THAT A MEMBER OF THE SEPARATIST ETA (BASQUE FATHERLAND AND "
                      "LIBERTY) GROUP DIRECTED THE OPERATION.")
    assert not [r for r in coded.relations if r.holds and r.type == "member_of"], held(coded)
