"""A title alone as an event's side (title22, issues 13 and 18): an office whose holder acts
abroad ("the Ambassador", "the President", data key ``titles_abroad``) takes no country from
the places or the other side of its sentence; its own country's word still names it, and an
international officer's title ("the Secretary General", ``international_titles``) names the
one international organisation the post names."""

from __future__ import annotations

import pytest
from helpers import events_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The Ambassador flew to Lusaka on Monday to meet the Zambian trade minister.",
    "The President visited Accra on Friday.",
    "The Secretary General met the Ukrainian president in Vilnius on Tuesday.",
])
def test_a_title_alone_is_no_state_of_its_sentence(code_text, text):
    sources = [e.source for e in events_of(code_text(text), "CONSULT")]
    assert sources and all(s is None for s in sources), sources


def test_a_title_with_its_own_country_keeps_it(code_text):
    coded = code_text("The Iraqi Foreign Minister met the Turkish ambassador in Ankara.")
    # (the ambassador meets back: one office holder is no unnamed group)
    assert [e.source for e in events_of(coded, "CONSULT") if e.target != "IRQ.GOV"] == [
        "IRQ.GOV"]


def test_an_international_title_names_the_organisation_of_the_post(code_text):
    coded = code_text("NATO leaders gathered in Vilnius on Tuesday. The Secretary General met "
                      "the Ukrainian president there.")
    assert [e.source for e in events_of(coded, "CONSULT")] == ["IGO.NATO"]
