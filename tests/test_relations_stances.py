"""One side's stand to another (backs, allied_with, rival_of) named by a noun in a copula's
subject or after "whose", by a plural ally or rival noun after a listed pair, by a support
noun for an act, by the means a force supports with; and a support that has ended."""

from __future__ import annotations

import pytest

from tests.test_relations_constructions import found, has


@pytest.mark.slow
@pytest.mark.parametrize("text,rtype,source,target", [
    # the noun as the copula's subject: its holder is the predicate
    ("The chief sponsor of the Oromo Front is Eritrea, officials said.", "backs", "Eritrea",
     "Oromo Front"),
    ("The main enemy of the Taliban is the Islamic State.", "rival_of", "Islamic State",
     "Taliban"),
    # "whose" stands for the name its clause hangs on
    ("Hezbollah, whose main patron is Iran, rejected the offer.", "backs", "Iran",
     "Hezbollah"),
    # a plural ally or rival noun after a comma is said of the pair before it
    ("Armenia and Azerbaijan, foes for three decades, opened a border post.", "rival_of",
     "Armenia", "Azerbaijan"),
    ("Chile and Peru, old rivals and trading partners, signed a fishing accord.",
     "allied_with", "Chile", "Peru"),
    ("Chile and Peru, old rivals and trading partners, signed a fishing accord.",
     "rival_of", "Chile", "Peru"),
    # a verb of naming with "as" or with the noun as its object's complement
    ("The Taliban have named the Islamic State as their main adversary.", "rival_of",
     "Taliban", "Islamic State"),
    ("Hamas calls Fatah its old rival.", "rival_of", "Hamas", "Fatah"),
    # a support noun for an act: the act's owner is backed
    ("Washington renewed its backing for Iraqi operations against the militants.", "backs",
     "its", "Iraqi"),
    # a force read off its means shows the means' words
    ("GOVERNMENT TROOPS SUPPORTED BY HONDURAN AIR FORCE HELICOPTERS ATTACKED THE CAMP.",
     "backs", "AIR FORCE HELICOPTERS", "GOVERNMENT TROOPS"),
])
def test_stance_constructions(code_text, text, rtype, source, target):
    assert has(code_text(text), rtype, source, target), found(code_text(text))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "France ended its support for the Malian army in 2022.",
    "The United States suspended its backing of the rebels.",
])
def test_an_ended_support_does_not_hold(code_text, text):
    assert not any(t == "backs" for t, _, _ in found(code_text(text))), found(code_text(text))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The main sponsor of the bill is Senator Hart.",
    "The EU voiced support for the peace talks in Doha.",
    "Spain and Portugal, neighbours on the Iberian peninsula, share a power grid.",
    "Hamas called Fatah's leaders traitors.",
])
def test_decoys_state_no_stance(code_text, text):
    assert not any(t in ("backs", "allied_with", "rival_of")
                   for t, _, _ in found(code_text(text))), found(code_text(text))
