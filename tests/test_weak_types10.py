"""The weak types, this round: talks broken off or left (SANCTION), forces put or kept on
alert (not those that are on alert) and places reinforced (MOBILIZE), joint operations
and aircraft bought (COOPERATE); aid that is wanted or cut is no aid given.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest
from helpers import events_of

from actorgraph.coding.lexicon import load_lexicon


def test_entries_load():
    lex = load_lexicon()
    # a side leaving talks cuts relations; leaving a place is a withdrawal
    assert lex.noun("withdrawal", {"from dialogue"}).type == "SANCTION"
    assert lex.noun("withdrawal", {"from"}).type == "RETREAT"
    assert lex.noun("withdrawal", set()).type == "RETREAT"
    # "joint military operation": the joint entry comes first and wins the tie
    assert lex.noun("operation", {"joint", "military"}).type == "COOPERATE"
    assert lex.noun("operation", {"military"}).type == "ASSAULT"
    withdraw_from = [p for p in lex.verbs["withdraw"] if p.lemma == "withdraw from"]
    fits = {p.type for p in withdraw_from
            if p.fit({"from"}, set(), set(), set(), {"from": {"talk"}}) is not None}
    assert fits == {"SANCTION"}
    # a force that is or remains on alert is in a state (docs/LABELLING.md): no entry
    assert not [p for v in ("be", "remain", "stay") for p in lex.verbs.get(v, ())
                if p.type == "MOBILIZE" and p.lemma.endswith(" on")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "etype", "coded"),
    [
        # a side that breaks off, breaks or leaves talks cuts relations (SANCTION)
        ("The rebels unilaterally broke the dialogue process in May.", "SANCTION", True),
        ("The rebels withdrew from the peace talks on Monday.", "SANCTION", True),
        ("The rebels withdrew from the peace talks on Monday.", "RETREAT", False),
        ("The FMLN's withdrawal from the dialogue angered the church.", "SANCTION", True),
        ("The army withdrew from the town on Monday.", "RETREAT", True),
        ("The army withdrew from the town on Monday.", "SANCTION", False),
        ("The bomb broke the windows of the bank.", "SANCTION", False),
        # a relative pronoun after a preposition is the noun it stands for
        ("The talks from which the FMLN withdrew resumed in May.", "SANCTION", True),
        ("The town from which the Peruvian army withdrew was shelled.", "RETREAT", True),
        ("The town from which the Peruvian army withdrew was shelled.", "SANCTION", False),
        # forces put, kept or found on alert, places and security reinforced (MOBILIZE)
        ("The Guatemalan army declared a general alert after the threat.", "MOBILIZE", True),
        ("The Colombian army kept its troops on alert at all times.", "MOBILIZE", True),
        ("The Bolivian police are on high alert along the river border.", "MOBILIZE", False),
        ("The residents of the valley are on alert after the floods.", "MOBILIZE", False),
        ("The Peruvian army remains on maximum alert in the capital.", "MOBILIZE", False),
        ("The Peruvian army has increased its surveillance in the capital.", "MOBILIZE",
         True),
        ("The Peruvian ministry has increased its budget for schools.", "MOBILIZE", False),
        ("The villagers remained on alert all night.", "MOBILIZE", False),
        ("Honduran security forces were alerted after the attack.", "MOBILIZE", True),
        ("A letter alerting the police to the danger reached the station.", "MOBILIZE", False),
        ("The Peruvian army reinforced security at the congress.", "MOBILIZE", True),
        ("Colombian police units reinforced strategic points in Medellin.", "MOBILIZE", True),
        ("The commission proposed measures to reinforce the electoral guarantees.",
         "MOBILIZE", False),
        # joint operations and actions with another side, and aircraft bought (COOPERATE)
        ("The Salvadoran army participated in joint operations with the police.",
         "COOPERATE", True),
        ("The Colombian army is carrying out joint actions with the Bogota police.",
         "COOPERATE", True),
        ("The Colombian army participated in the operations.", "COOPERATE", False),
        ("Lufthansa has purchased six of these aeroplanes from Airbus.", "COOPERATE", True),
        # aid that is wanted or cut is no aid given; the cut is the act
        ("More than a million Yemenis need humanitarian assistance, the UN said.", "AID",
         False),
        ("Any cut or suspension in the aid will cause problems for the army.", "AID", False),
        ("A reduction in the aid to the Nicaraguan rebels angered Managua.", "AID", False),
        ("Washington announced a cut in military aid to Egypt.", "SANCTION", True),
        ("Washington announced a cut in military aid to Egypt.", "AID", False),
        ("The United States sent humanitarian aid to Peru.", "AID", True),
        ("Humanitarian aid from Jordan reached Gaza on Monday.", "AID", True),
    ],
)
def test_weak_type_shapes_10(code_text, text, etype, coded):
    assert bool(events_of(code_text(text), etype)) is coded, text
