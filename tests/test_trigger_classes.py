"""Trigger classes of the types weakest on unseen text (issue 13): which words make which
type, and how many events one act gives.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest

from actorgraph.coding.lexicon import load_lexicon


def _sides(coded, etype):
    return sorted((e.source, e.target) for e in coded.events if e.type == etype)


def test_mutual_modes_load():
    lex = load_lexicon()
    assert set(lex.types["COOPERATE"].mutual_modes) == {"economic", "intelligence"}
    assert all(set(t.mutual_modes) <= set(t.modes) for t in lex.types.values())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a sale or a purchase is one act per side, whoever the sentence makes its subject
        ("Indonesia bought twelve fighter jets from France last year.",
         [("FRA", "IDN"), ("IDN", "FRA")]),
        ("Turkey sells drones to Ukraine.", [("TUR", "UKR"), ("UKR", "TUR")]),
        # so is shared intelligence
        ("Jordan shares intelligence with Egypt on the smugglers.",
         [("EGY", "JOR"), ("JOR", "EGY")]),
        # joint military work and judicial help stay one way, as labelled
        ("The Polish army conducted joint patrols with Lithuania.", [("POL.MIL", "LTU")]),
        ("Colombia extradited the drug trafficker to the United States.", [("COL", "USA")]),
    ],
)
def test_two_sided_cooperation(code_text, text, sides):
    assert _sides(code_text(text), "COOPERATE") == sides, text


def test_what_a_noun_is_in_counts_as_its_object():
    lex = load_lexicon()
    # "a cut in aid" and "aid cuts" cut relations; "a cut in prices" does not
    assert lex.noun("cut", {"in aid"}).type == "SANCTION"
    assert lex.noun("cut", {"aid"}).type == "SANCTION"
    assert lex.noun("cut", {"in price"}) is None
    assert lex.noun("closure", {"of newspaper"}).mode == "ban"
    assert lex.noun("closure", {"of border"}).mode == "restrict"
    assert lex.noun("shutdown", {"of government"}) is None

    # strikes "in support of our partners" are military aid; support of a resolution is not
    assert lex.noun("support", {"of partner"}).type == "AID"
    assert lex.noun("support", {"of resolution"}).type == "SUPPORT"
