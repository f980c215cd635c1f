"""Words of the lexicon used in a sense that tells no event (a question asked, a force
that is stationed somewhere, a market's rally, a deal "killed", inflation "fought"), goods
handed over or shared out as aid, and a force going home or drawn down as a withdrawal,
casualties suffered as an attack (none under "without"), an event word that names a job
("aid workers"), a demand told with "required".

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest


def _types(coded):
    return sorted({e.type for e in coded.events})


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # asking for an act is a request; asking a question is not
        ("The harbour master asked the coast guard to tow the trawler away.", "REQUEST", None),
        ("Fishermen asked for a new quay before the winter storms.", "REQUEST", None),
        ("The mayor asked the province that the ferry keep running.", "REQUEST", None),
        ("Journalists asked the harbour master whether the trawler would be towed.", None,
         "REQUEST"),
        ("Asked about the quay, the mayor said the money had run out.", None, "REQUEST"),
        ("villagers keep asking why the ferry stopped running. nobody answers", None,
         "REQUEST"),
        # posting a force is a mobilisation; a force that is stationed somewhere is a state
        ("The navy stationed 600 marines on the island in May.", "MOBILIZE", None),
        ("Some 600 marines are stationed on the island.", None, "MOBILIZE"),
        ("The marines, stationed on the island since 2015, guard the lighthouse.", None,
         "MOBILIZE"),
        # a crowd's rally is a protest; a market's rally a rise in prices
        ("Students held a rally against the tuition rise outside parliament.", "PROTEST", None),
        ("The bond market rally faded on Friday.", None, "PROTEST"),
        # hardware handed to another side's force and relief shared out are aid
        ("The Turkish navy handed two patrol vessels to the Somali coast guard.", "AID", None),
        ("A Kuwaiti charity distributed rice and blankets to flood victims in Sindh.", "AID",
         None),
        ("Party volunteers distributed leaflets in the market square.", None, "AID"),
        ("The Saudi relief agency resumed food distributions in Marib this week.", "AID", None),
        # a force going home withdraws; a minister flying home after a summit does not
        ("The Nepalese peacekeepers flew home from Juba on Sunday.", "RETREAT", None),
        ("The foreign minister flew home after the summit.", None, "RETREAT"),
        ("The island's government is drawing down its troops on the atoll.", "RETREAT", None),
        # the dead and wounded counted tell an attack; none counted tell none
        ("The garrison suffered six casualties in the night.", "ASSAULT", None),
        ("A mortar round hit the depot, but there were no casualties.", "ASSAULT", None),
        ("There were no casualties at the depot on Tuesday.", None, "ASSAULT"),
        # nor do casualties under "without": the raid is the event, if any
        ("The patrol returned to the fort without casualties on Sunday.", None, "ASSAULT"),
        ("The ferry union said two boats sank, without reporting any casualties.", None,
         "ASSAULT"),
        # an event noun that names the job of the people or body it modifies
        ("Aid workers in the valley said the bridge had been washed away.", None, "AID"),
        ("A senior relief official said the flood had cut the coastal road.", None, "AID"),
        ("Aid workers handed out tents to 900 families on Thursday.", "AID", None),
        # an act of force or a threat whose side is a figure, a trend, a problem or a plan
        # (cues figurative_types, abstract_sides): what it is done to ...
        ("The assembly killed the harbour deal in committee.", None, "ASSAULT"),
        ("The finance minister vowed to fight inflation with higher rates.", None, "ASSAULT"),
        ("Regulators moved to curb the surge in grain exports.", None, "COERCE"),
        ("Investor confidence was shot after the ferry company's loss.", None, "ASSAULT"),
        ("The island's bank warned of a long recession.", None, "THREATEN"),
        # an inquiry that tells what it found is a source, no inquiry made (real35)
        ("The harbour inquiry found that the ferry pilots ignored the storm warnings.",
         None, "ACCUSE"),
        ("An investigation published on Monday said the dock guards took bribes.", None,
         "ACCUSE"),
        ("The harbour police opened an investigation into the ferry fire.", "ACCUSE", None),
        # a warning that warns no one of nothing held over them is a forecast (real35)
        ("The harbour master warned that a full recovery of the fishery might take years.",
         None, "THREATEN"),
        ("The ferry line issued a warning that its profits would fall this year.", None,
         "THREATEN"),
        ("Rail operators on the island warned of long delays through the weekend.", None,
         "THREATEN"),
        # ... not one of force, of the warner's own act, or on a condition
        ("The junta warned that any incursion would be treated as an act of war.",
         "THREATEN", None),
        ("The militia warned it would close the harbour road to all trucks.", "THREATEN",
         None),
        ("The rebel commander warned that his fighters would storm the port if the navy "
         "stayed.", "THREATEN", None),
        # ... or who does it
        ("The slump forced the shipyard to close its second dock.", None, "COERCE"),
        # ... or when no one compels: a result participle on a verb that tells no act, an
        # act or a state as subject (cue compelling_verbs, prec34)
        ("The ferry line lost half its share value, forcing the island to rescue it.", None,
         "COERCE"),
        ("The failed raid forced the harbour police to close the quay.", None, "COERCE"),
        ("Dockers blocked the ferry and forced the captain to turn back.", "COERCE", None),
        # people and things one can strike keep the act
        ("Gunmen killed two ferry workers near the harbour on Monday.", "ASSAULT", None),
        ("Artillery shells struck the fish market in Mariupol.", "ASSAULT", None),
        ("The governor warned the fishermen's union that the police would clear the quay.",
         "THREATEN", None),
        # requiring another to act is a demand; a requirement of a thing, or a participle
        # that tells what a rule lays down, is none; a recommendation is an appeal
        ("The harbour board required the ferry line to publish its timetables.", "REQUEST",
         None),
        ("The new port rules require approval from the mayor.", None, "REQUEST"),
        ("The council passed a bylaw requiring fishermen to register their boats.", None,
         "REQUEST"),
        ("The shipyard recommended that the ferry's rudders be replaced.", "REQUEST", None),
        # wanting a named actor to act is a demand; wanting to act oneself is none
        ("The fishermen's union wants Norway to reopen the northern grounds.", "REQUEST",
         None),
        ("The ferry line wants to sell its oldest ship.", None, "REQUEST"),
        # demonstrating that something is so shows it; crowds demonstrating protest
        ("The shipyard has demonstrated that it can build ferries on time.", None, "PROTEST"),
        ("Dockers demonstrated outside the port authority on Monday.", "PROTEST", None),
    ],
)
def test_senses_that_tell_no_event(code_text, text, present, absent):
    types = _types(code_text(text))
    if present:
        assert present in types, (text, types)
    if absent:
        assert absent not in types, (text, types)


@pytest.mark.slow
def test_a_sale_told_with_a_pronoun_has_both_sides(code_text):
    # the buyer named by "it": the seller sells to it all the same (one event per side)
    coded = code_text("Qantas said it would buy twelve aircraft from Airbus.")
    sides = {(e.source, e.target) for e in coded.events if e.type == "COOPERATE"}
    assert len(sides) == 2 and all(s and t for s, t in sides), sides
