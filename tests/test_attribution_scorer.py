"""The who-says-what scorer of bench/attribution.py: how it matches asserters and pairs
coded events with gold ones (no model: events built by hand)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from actorgraph.models import Event, Evidence

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
attribution = pytest.importorskip("attribution")

EVIDENCE = Evidence("d", 1, 0, 10, "0123456789")


def _event(target_text: str | None, by: str | None, by_text: str | None,
           source: str | None = "SLV.MIL") -> Event:
    return Event(id=f"ev_{target_text}_{by_text}", type="ASSAULT", evidence=EVIDENCE,
                 source=source, source_text="planes", target_text=target_text,
                 asserted_by=by, asserted_by_text=by_text, modality="reported")


@pytest.mark.parametrize(("gold", "coded", "right"), [
    # the same pronoun as the only words on both sides: the one mention of a short item
    ({"asserted_by": "THEM"}, ("text", None, "THEM"), True),
    ({"asserted_by": "HE", "asserted_by_id": "PER.X"}, ("text", None, "he"), True),
    # a different pronoun is no match, nor is a pronoun against a name
    ({"asserted_by": "HE", "asserted_by_id": "PER.X"}, ("text", None, "THEY"), False),
    ({"asserted_by": "the army"}, ("text", None, "it"), False),
    # a possessive is its owner
    ({"asserted_by": "DUARTE", "asserted_by_id": "PER.DUARTE"},
     ("text", None, "DUARTE'S DECLARATION"), True),
    # a generic group the coder named is no dictionary id: its words count
    ({"asserted_by": "Tuareg-led rebels", "asserted_by_id": "MLI.REB"},
     ("id", "GEN.REBELS.TUAREG_LED", "Tuareg-led rebels"), True),
    # two dictionary ids still have to agree
    ({"asserted_by": "Kyiv", "asserted_by_id": "UKR"}, ("id", "RUS", "Moscow"), False),
])
def test_asserter_matching(gold, coded, right):
    assert attribution._same(attribution._gold_party(gold), coded) is right


def test_events_paired_crosswise_are_put_back_by_their_words():
    gold = [{"type": "ASSAULT", "source_id": "SLV.MIL", "target": "A REFUGEE CAMP",
             "target_id": "SLV.REF", "asserted_by": "THE ARMED FORCES",
             "asserted_by_id": "SLV.MIL"},
            {"type": "ASSAULT", "source_id": "SLV.MIL", "target": "CIVILIAN SETTLEMENTS",
             "target_id": "SLV.CIV", "asserted_by": "RELIGIOUS SOURCES"}]
    # ids alone pair the settlements with the camp (the camp's source was not resolved)
    coded = [_event("REFUGEE CAMP", "SLV.MIL", "FORCES", source=None),
             _event("SETTLEMENTS", None, "RELIGIOUS SOURCES")]
    pairs = attribution._pair_speakers(gold, coded, None)
    assert sorted((g["target"], p.target_text) for g, p in pairs) == [
        ("A REFUGEE CAMP", "REFUGEE CAMP"), ("CIVILIAN SETTLEMENTS", "SETTLEMENTS")]
    assert all(attribution._asserter_right(g, p, None) for g, p in pairs)


def test_a_left_over_event_like_the_paired_one_takes_its_place_when_its_asserter_is_right():
    # the author reports the accusation; the coder also holds the accuser's own charge
    gold = [{"type": "ASSAULT", "source_id": "SLV.MIL", "asserted_by": None}]
    charge = _event("VILLAGE", "SLV.GOV", "THE GOVERNMENT")
    report = _event("VILLAGE", None, None)
    [(_, paired)] = attribution._pair_speakers(gold, [report, charge], None)
    assert paired is report
    # nothing like it left over: the pairing stands, wrong or not
    other = _event("TOWN", None, None, source="HND.MIL")
    [(_, paired)] = attribution._pair_speakers(gold, [other, charge], None)
    assert paired is charge


def test_a_provisional_person_is_the_gold_person_of_that_name():
    gold = ("id", "PER.JULIO_RAMIREZ", "Julio Ramirez")
    assert attribution._same(gold, ("id", "PRV.PER.JULIO_RAMIREZ", "RAMIREZ"), strict=True)
    assert not attribution._same(gold, ("id", "PRV.PER.JULIO_RAMOS", "Julio Ramos"),
                                 strict=True)


def test_the_id_figure_of_named_speakers_leaves_out_gold_speakers_without_an_id():
    from types import SimpleNamespace

    gold = [{"type": "ASSAULT", "source_id": "SLV.MIL", "target": "VILLAGE",
             "asserted_by": "THE ARMY", "asserted_by_id": "SLV.MIL"},
            {"type": "ASSAULT", "source_id": "SLV.MIL", "target": "TOWN",
             "asserted_by": "WITNESSES"}]
    coded = SimpleNamespace(events=[_event("VILLAGE", "SLV.MIL", "THE ARMY"),
                                    _event("TOWN", None, "WITNESSES")], claims=[])
    report = attribution.score([{"id": "x", "events": gold}], [coded])
    assert report["asserter_right"] == {"accuracy": 1.0, "n": 2}
    # the witnesses have no id to match: wrong on every id, left out of the named speakers'
    assert report["asserter_id_right"] == {"accuracy": 0.5, "n": 2}
    assert report["asserter_id_of_named"] == {"accuracy": 1.0, "n": 1}
