"""A person handed over to another state's authorities is extradited (docs/LABELLING.md,
extradition row: COOPERATE `legal` with the receiving state, and a deportation of the
person); captives handed back stay RETREAT.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest


def _of_type(coded, etype):
    return [e for e in coded.events if e.type == etype]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pair"), [
    ("Albania handed the fugitive businessman over to Italian authorities on Friday.",
     ("ALB", "ITA.GOV")),
    ("Turkish police handed three suspected militants over to Iraq on Tuesday.",
     ("TUR.POL", "IRQ")),
    # people the law wants, whatever their sector; a passive with no giver named
    ("Niger handed the two suspects over to Chad on Monday.", ("NER", "TCD")),
    ("Four suspected smugglers were handed over to Greek authorities on Monday.",
     (None, "GRC.GOV")),
])
def test_a_suspect_handed_to_another_state_is_extradited(code_text, text, pair):
    coded = code_text(text)
    cooperation = _of_type(coded, "COOPERATE")
    assert [(e.source, e.target, e.mode) for e in cooperation] == [(*pair, "legal")], [
        (e.type, e.source, e.target) for e in coded.events]
    assert [e.mode for e in _of_type(coded, "COERCE")] == ["deport"]
    assert not _of_type(coded, "RETREAT")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Pakistan handed over a captured Indian pilot to India at the border on Friday.",
    "The rebels handed over twelve captured soldiers to the Red Cross.",
    "The police handed the suspect over to the local court.",
    "Two soldiers were handed over to Indian authorities.",
])
def test_captives_or_a_handover_at_home_are_no_extradition(code_text, text):
    coded = code_text(text)
    assert not _of_type(coded, "COOPERATE"), [(e.type, e.source, e.target)
                                              for e in coded.events]
