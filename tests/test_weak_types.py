"""The weak types (AID, CONCEDE, MOBILIZE, CONSULT, COOPERATE): entries that name what a
trigger must act on, participles that only describe, and objects that rule a sense out.

The sentences are written for these tests (none comes from the labelled corpus)."""

from __future__ import annotations

import pytest
from helpers import events_of

from actorgraph.coding.lexicon import load_lexicon
from actorgraph.coding.reading import _kind_of_name, join_hyphenated


def test_entry_flags_load():
    lex = load_lexicon()
    assert all(p.transitive for p in lex.verbs["help"] if p.type == "AID" and not p.objects)
    assert not any(p.described for p in lex.verbs["arm"] if p.type == "AID")
    assert lex.noun("suspension", {"of activity"}).type == "CONCEDE"
    assert lex.noun("suspension", set()).type == "SANCTION"
    # "will join Jordan in Exercise Eager Lion": the exercise is the preposition's object
    join_in = [p for p in lex.verbs["join"] if p.lemma == "join in"]
    assert join_in and join_in[0].type == "COOPERATE"
    assert join_in[0].fit({"in"}, set(), set(), set(), {"in": {"exercise"}}) is not None
    assert join_in[0].fit({"in"}, set(), set(), set(), {"in": {"city"}}) is None


def test_hyphenated_words_join_when_the_lexicon_knows_them():
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")("Hamas and Israel agreed a cease-fire and a co-operation pact.")
    doc.spans["actors"] = [Span(doc, 0, 1, label="ACTOR", span_id="GRP.HAMAS"),
                           Span(doc, 2, 3, label="ACTOR", span_id="ISR")]
    join_hyphenated(doc, frozenset({"ceasefire", "cooperation"}))
    assert [t.text for t in doc][5:9] == ["cease-fire", "and", "a", "co-operation"]
    assert doc[5].lemma_ == "ceasefire" and doc[8].lemma_ == "cooperation"
    # the actor mentions keep their words
    assert [(s.text, s.id_) for s in doc.spans["actors"]] == [("Hamas", "GRP.HAMAS"),
                                                              ("Israel", "ISR")]
    kept = spacy.blank("en")("a well-known pro-government group")
    join_hyphenated(kept, frozenset({"ceasefire"}))
    assert len(kept) == 8  # nothing the lexicon knows: the words stay apart


def test_a_name_built_on_a_common_noun_is_a_thing_of_that_kind():
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    # "joined the ships HMS Kent": the ship's name stands for a ship; "Kent" alone for none
    doc = Doc(vocab, words=["joined", "the", "ships", "HMS", "Kent"],
              pos=["VERB", "DET", "NOUN", "PROPN", "PROPN"],
              deps=["ROOT", "det", "compound", "compound", "dobj"], heads=[0, 4, 4, 4, 0],
              lemmas=["join", "the", "ship", "HMS", "Kent"])
    assert _kind_of_name(doc[4]) == {"ship"}
    assert _kind_of_name(doc[2]) == set()  # a common noun is no name
    alone = Doc(vocab, words=["joined", "Kent"], pos=["VERB", "PROPN"],
                deps=["ROOT", "dobj"], heads=[0, 0], lemmas=["join", "Kent"])
    assert _kind_of_name(alone[1]) == set()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "etype", "coded"),
    [
        # help, assist and shelter act on someone; without anyone they tell a purpose
        ("Kenya helped the Somali army retake the port of Kismayo.", "AID", True),
        ("Turkey will help rebuild the Libyan navy under the new accord.", "AID", True),
        ("The new supplies will help relieve the suffering in the camps.", "AID", False),
        ("The ministry said it was ready to assist in the inquiry.", "AID", False),
        ("Assisted by the air force, the Peruvian army pushed into the valley.", "AID", True),
        ("Syria sheltered the PKK leader for years.", "AID", True),
        ("Residents of Kharkiv were sheltering in the metro again on Tuesday.", "AID", False),
        # a participle that describes what someone has is no aid; one with an agent is
        ("Gunmen armed with rifles attacked the checkpoint near Jalalabad.", "AID", False),
        ("Militias armed by Iran attacked the base.", "AID", True),
        # pausing one's own attacks is a concession, as the verb "suspend" is
        ("The ELN announced the suspension of its armed activities for the elections.",
         "CONCEDE", True),
        ("The Liberian government announced the suspension of the newspaper.", "CONCEDE", False),
        # a display of captured or new arms is a show of force
        ("The Houthis showed off new drones and missiles at a parade in Sanaa.",
         "MOBILIZE", True),
        # (the verb: the source of the noun under "began enforcing" was found only by the role
        # model's fill, which the model retrained this round no longer makes there)
        ("Myanmar's junta began conscripting young men in February.", "MOBILIZE", True),
        # words split at a hyphen are the lexicon's words written together
        ("The FMLN declared a unilateral cease-fire on Monday.", "CONCEDE", True),
        ("Two gunmen died in a long shoot-out with the police in Medellin.", "ASSAULT", True),
        ("The Syrian regime has failed to co-operate with the OPCW.", "COOPERATE", True),
        # forces posted in a named place are there to show force; other states are not
        ("Ukrainian officials said North Korean troops were in Kursk.", "MOBILIZE", True),
        ("Three of the soldiers are in grave condition after the ambush.", "MOBILIZE", False),
        ("The army said its forces are in control of the situation.", "MOBILIZE", False),
        # "meet" a need and "yield" results are no meeting and no concession
        ("The Philippine government will meet all its commitments to the teachers.",
         "CONSULT", False),
        ("The Indian prime minister will meet the Chinese president in Kazan.", "CONSULT", True),
        ("The talks with Hamas have yielded positive results, Qatar said.", "CONCEDE", False),
        ("The Serbian government yielded to the students' demands.", "CONCEDE", True),
        # displeasure said of its holder is disapproval; concern and other states are not
        ("The teachers' unions were displeased.", "ACCUSE", True),
        ("Senator Warren was also unhappy about the veto.", "ACCUSE", True),
        ("We are outraged that the ministry closed the clinic.", "ACCUSE", True),
        ("The mayor is concerned that prices may rise.", "ACCUSE", False),
        ("The mayor was happy about the new bridge.", "ACCUSE", False),
        # nouns that cut relations or close a body ("a cut in aid", "the shutdown of X")
        ("Washington announced a reduction in military assistance to Egypt.", "SANCTION",
         True),
        ("The government announced a cut in fuel prices.", "SANCTION", False),
        ("The shutdown of the teachers' union by the junta angered parents.", "COERCE", True),
        # telling or wanting another to give ground is a demand; wanting to is not
        ("The cleric told his militiamen to pull out of the Green Zone.", "REQUEST", True),
        ("The minister told reporters about the new bridge.", "REQUEST", False),
        ("The opposition wants the president gone.", "REQUEST", True),
        ("Senegal wants them out.", "REQUEST", True),
        ("The rebels want to go home.", "REQUEST", False),
        # "told X to leave" orders; "told reporters he would leave" reports one's own plan
        ("Kenya told the envoy to leave the country within 48 hours.", "REQUEST", True),
        ("The minister told reporters he would leave the government next month.", "REQUEST",
         False),
        ("The general told journalists that he would step down in May.", "REQUEST", False),
        # a crime committed is no promise; committing oneself to a course is
        ("Investigations into the crimes committed by the cartel continue.", "AGREE", False),
        ("The prosecutors said he had committed a crime.", "AGREE", False),
        ("Ethiopia committed to a ceasefire with the TPLF.", "AGREE", True),
        # a deal an act is done under frames it: no agreement of its own
        ("Venezuela released five political prisoners under the Barbados deal.", "AGREE", False),
        ("The deal between Venezuela and the opposition was a surprise.", "AGREE", True),
        # protesters doing something the lexicon has no word for tell the protest; their
        # words and what is done to them do not
        ("The demonstrators shouted slogans against the president.", "PROTEST", True),
        ("The protesters said they would return on Monday.", "PROTEST", False),
        ("Police fired tear gas at the protesters.", "PROTEST", False),
    ],
)
def test_weak_type_shapes(code_text, text, etype, coded):
    assert bool(events_of(code_text(text), etype)) is coded, text
