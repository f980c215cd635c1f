"""Who says what, kept with the author (docs/LABELLING.md, the presupposition row): an event
a speaker's clause only presupposes (a past act told in a relative or time clause, or
named by a definite noun under the clause's own predication) is the author's, while the
predication itself stays the speaker's (a "when" clause that tells how a passive harm came
about is the predication's: "were killed when a mortar hit the bus"; so is the speaker's
own act named with its own possessive, "its strikes were a response", or told in a time
clause with a side of its own, "returned fire after rebels attacked its posts", and an act whose
side the speaker's predication names, "Moscow had nothing to do with the crash that
killed ..."); a report verb that
a noun only aims at ("an investigation to determine") asserts nothing; "according to"
(across a line break too) names no speaker when it names a rule, nor for a clause it does
not open."""

from __future__ import annotations

import pytest
from helpers import event_at


def _authors(event) -> bool:
    return event.asserted_by is None and event.asserted_by_text is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "presupposed", "claimed", "speaker"), [
    # a past act in a relative clause
    ("The navy said the boat that was seized on Monday had smuggled weapons to the rebels.",
     ("COERCE", "seized"), ("AID", "smuggled"), "navy"),
    # a past act in a time clause
    ("A navy spokesman said the patrol boat was sunk after rebels shelled the harbour of "
     "Port Vell.", ("ASSAULT", "shelled"), ("ASSAULT", "sunk"), "navy spokesman"),
    # ... whose pronouns are another side's, not the speaker's ("they", "their" of rebels)
    ("The governor said the rebels have fired four rockets at the port since they began "
     "their offensive on Monday.", ("ASSAULT", "offensive"), ("ASSAULT", "fired"), "governor"),
    # definite nouns under the predication
    ("THE ARMY REPORTED THAT THE ATTACK ON THE BRIDGE WAS A REPRISAL FOR THE ARREST OF TWO "
     "REBEL LEADERS.", ("COERCE", "ARREST"), ("ASSAULT", "REPRISAL"), "ARMY"),
])
def test_a_presupposed_event_is_the_authors(code_text, text, presupposed, claimed, speaker):
    coded = code_text(text)
    assert _authors(event_at(coded, *presupposed))
    assert event_at(coded, *claimed).asserted_by_text == speaker


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "speaker"), [
    # the noun is the clause's own predication
    ("THE ARMY REPORTED THAT THERE WAS AN ATTACK ON THE BRIDGE IN MORAZAN.", "ASSAULT",
     "ATTACK", "ARMY"),
    # what is still to come is no known fact
    ("The governor said the prisoners will be released when the rebels lay down their arms.",
     "RETREAT", "released", "governor"),
    # a report phrase that ends the sentence holds all of it
    ("REBELS PLACED BOMBS IN TWO STORES, ACCORDING TO OFFICIAL SOURCES.", "ASSAULT", "PLACED",
     "OFFICIAL SOURCES"),
    # ... and one with a line break inside it
    ("ACCORDING\nTO OFFICIAL SOURCES, REBELS PLACED BOMBS IN TWO STORES IN THE CAPITAL.",
     "ASSAULT", "PLACED", "OFFICIAL SOURCES"),
    # a "when" clause that tells how the harm was done is the news itself
    ("Four fishermen were killed on Friday when a patrol boat fired on their trawler, the "
     "harbour police said.", "ASSAULT", "fired", "harbour police"),
    # (spk35) ... as does one under a verb of suffering ("died when")
    ("Three porters died when a shell struck their lorry outside Tarvos, the mission said "
     "in a statement.", "ASSAULT", "struck", "mission"),
    # (spk35) the object of a telling participle on an account the speaker issues
    ("The interior ministry issued a statement confirming the abduction of two engineers "
     "near Tarvos.", "ASSAULT", "abduction", "interior ministry"),
    # (spk35) what a party's position or line was: its claim
    ("Vienna's position at the time was that its border guards had never fired on the "
     "smugglers' boats.", "ASSAULT", "fired", "Vienna"),
    ("The cartel's line was that the port police had seized the cargo.", "COERCE", "seized",
     "cartel"),
    # (spk35) an assessment: "judged that"
    ("Western diplomats judged that the junta had supplied rifles to the border militias.",
     "AID", "supplied", "Western diplomats"),
    # (asr30) a hedge above the act names it as the speaker's charge, no known fact
    ("The tribunal said it was seeking an arrest warrant for a militia leader allegedly "
     "responsible for the killing of Fulani herders.", "ASSAULT", "killing", "tribunal"),
    # (asr32) the act a party is said to be responsible for or involved in is the charge
    ("The minister said the militia was responsible for the bombing of the bridge.",
     "ASSAULT", "bombing", "minister"),
    ("The court ruled that the state was responsible for the killing of the villagers.",
     "ASSAULT", "killing", "court"),
    # (asr32) an answering verb's clause is the answerer's account
    ("The navy said smugglers had set fire to the pier. The smugglers' lawyer countered "
     "that navy divers had burned the pier themselves.", "ASSAULT", "burned",
     "The smugglers' lawyer"),
    ("The ministry said police killed two robbers. Relatives retorted that the police "
     "executed the men in their home.", "ASSAULT", "executed", "Relatives"),
])
def test_what_the_clause_claims_stays_the_speakers(code_text, text, type_, trigger, speaker):
    assert event_at(code_text(text), type_, trigger).asserted_by_text == speaker


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("PRESIDENT CRISTIANI ORDERED AN INVESTIGATION TO DETERMINE WHO MURDERED THE JUDGE.",
     "ASSAULT", "MURDERED"),
    ("POLICE ARRESTED THE SMUGGLERS IN THE PORT ACCORDING TO THE NEW CUSTOMS LAW.", "COERCE",
     "ARRESTED"),
    # (asr32) a description that names nobody charges no one ("those who are responsible")
    ("THE FRONT SAID IT WOULD BLOCK THE ROAD UNTIL THE GOVERNMENT ARRESTS THOSE WHO ARE "
     "RESPONSIBLE FOR THE MURDER OF THE MAYOR.", "ASSAULT", "MURDER"),
    # (asr32) what an answer answers with is the answerer's act, told by the author
    ("The rebels seized two border posts and the army responded with air strikes on the "
     "town.", "ASSAULT", "strikes"),
    # an act done by then, told by a participle after what the speaker says
    ("THE DOCTORS HAVE SAID THAT THE MAYOR IS IN SERIOUS CONDITION AFTER BEING STABBED "
     "TWICE IN THE MARKET.", "ASSAULT", "STABBED"),
    ("THE BOMBS WERE PLACED IN TWO STORES WHERE, ACCORDING TO OFFICIAL ESTIMATES, THE DAMAGE "
     "IS EXTENSIVE.", "ASSAULT", "PLACED"),
    # (spk35) a "when" clause on a death denied is a known act, not the news
    ("The governor claimed that no miners died when the police raided the camp at Tarvos.",
     "ASSAULT", "raided"),
    # (spk35) what a statement announces is the speaker's act, told by the author
    ("The rebel council issued a statement announcing a ceasefire around Tarvos.",
     "CONCEDE", "announcing"),
])
def test_no_one_speaks(code_text, text, type_, trigger):
    assert _authors(event_at(code_text(text), type_, trigger))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "speaker"), [
    # the speaker's own act, named with its own possessive, characterised in its words
    ("Ankara said its strikes on the border villages were a response to mortar fire.",
     "ASSAULT", "strikes", "Ankara"),
    ("The party said its boycott of the vote was a protest against fraud.", "PROTEST",
     "boycott", "party"),
    # a side of the presupposed act named by the speaker's own predication
    ("A Kremlin spokesman said Moscow had nothing to do with the plane crash that killed "
     "the rebel leader Ivan Sokolov.", "ASSAULT", "killed", "Kremlin"),
    ("The Taliban said one of their members drove the car bomb that killed 12 police "
     "officers in Kandahar.", "ASSAULT", "killed", "Taliban"),
    ("Turkey's army said the convoy it hit in Afrin was carrying PKK fighters.", "ASSAULT",
     "hit", "army"),
    # a time clause whose side is the speaker's own ("its posts", "it"): its account
    ("The border guard said it fired only after smugglers shot at its posts near Tarvos.",
     "ASSAULT", "shot", "border guard"),
    ("The navy said a speedboat had dropped rifles for the rebels near Vell before its "
     "sailors shot it.", "ASSAULT", "shot", "navy"),
    # (asr31) the speaker's own side a count names ("two of its soldiers"), in a time
    # clause set off by a comma at the end of its words
    ("The army said it had shelled rebel camps near Tarvos on Monday, after the rebels "
     "killed two of its soldiers at a checkpoint.", "ASSAULT", "killed", "army"),
])
def test_the_speakers_own_account_of_a_named_act(code_text, text, type_, trigger, speaker):
    assert speaker in (event_at(code_text(text), type_, trigger).asserted_by_text or "")


@pytest.mark.slow
def test_a_presupposed_act_with_both_sides_in_its_phrase_stays_the_authors(code_text):
    coded = code_text("The Iraqi government said the bridge, which ISIS blew up in May, "
                      "would reopen next week.")
    assert _authors(event_at(coded, "ASSAULT", "blew"))
