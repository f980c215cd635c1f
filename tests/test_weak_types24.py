"""The weak types, round 24: whole senses, not single phrasings. Every verb that moves a
force takes one list of forces ("moved a brigade", "dispatched a frigate"); every verb of trade
takes one list of traded goods ("exported copper to", "bought wheat from"), and a lease is a
sale of use; the verbs of lessening a restriction ("lowered the duty", "cut tariffs") are the
verbs of ending one, and a restriction may itself be what eases ("the curfew eased"); one help
told with two verbs ("advised and assisted the unit") is one AID.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest
from helpers import events_of

from actorgraph.coding.lexicon import load_lexicon


def _best_type(lemma: str, objects: set[str]) -> str | None:
    """The type of the entry of ``lemma`` that fits ``objects`` best, as the coder picks."""
    fits = [(p.fit(set(), objects, set(), set(), {}), p) for p in load_lexicon().verbs[lemma]]
    scored = [(s, p) for s, p in fits if s is not None]
    return max(scored, key=lambda sp: sp[0])[1].type if scored else None


def test_one_list_per_sense():
    for verb in ("send", "dispatch", "move", "position", "land", "commit"):
        assert _best_type(verb, {"frigate"}) == "MOBILIZE", verb
        assert _best_type(verb, {"regiment"}) == "MOBILIZE", verb
    for verb in ("export", "import", "sell", "buy", "purchase"):
        assert _best_type(verb, {"copper"}) == "COOPERATE", verb
    assert _best_type("lease", {"airfield"}) == "COOPERATE"
    for verb in ("lower", "cut", "slash", "shorten"):
        assert _best_type(verb, {"tariff"}) == "CONCEDE", verb
    assert _best_type("cut", {"aid"}) == "SANCTION"  # cutting aid stays a sanction
    assert load_lexicon().types["AID"].outcomes


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "etype", "coded"),
    [
        # a force moved, whatever it is
        ("Madrid dispatched a frigate and a corvette to the Canary Islands.", "MOBILIZE", True),
        ("The general moved a regiment of paratroopers toward the pass.", "MOBILIZE", True),
        ("The bakery moved its ovens to a larger shop.", "MOBILIZE", False),
        # trade in any goods, and leases
        ("Peru exported copper worth $2 billion to Korea last year.", "COOPERATE", True),
        ("Tunisia bought Canadian wheat after the drought.", "COOPERATE", True),
        ("The island leases an airfield to the Indian navy.", "COOPERATE", True),
        ("The opposition accused the president of importing ideas from abroad.", "COOPERATE",
         False),
        # lessening a restriction
        ("The finance ministry lowered the import duty on rice to win back the farmers.",
         "CONCEDE", True),
        ("The night curfew in the port city was eased to four hours.", "CONCEDE", True),
        ("The mill cut its prices for the winter.", "CONCEDE", False),
    ],
)
def test_weak_type_shapes_24(code_text, text, etype, coded):
    assert bool(events_of(code_text(text), etype)) is coded, text


@pytest.mark.slow
def test_one_help_told_with_two_verbs(code_text):
    events = events_of(code_text("Danish instructors trained and equipped the Ukrainian border "
                                 "guard."), "AID")
    assert len(events) == 1, [(e.source, e.target) for e in events]
