"""Who says what (attr12): a quote a report clause breaks in two ('"...," the mayor said,
"..."') is the speaker's to its close, the second half too; news learned from someone ("IT
WAS LEARNED FROM MILITARY SOURCES THAT ...") is theirs; a statement that says something
speaks for whoever issued it ("THE ARMY ISSUED A STATEMENT SAYING THAT ..."); "Earlier
today, the spokesman said, ..." is a report clause set off inside the clause it reports;
"who" after "BISHOP OF SAN SALVADOR" beside a name is that person, not the place; a given
name the entity reader took for a place ("MAJOR ORLANDO VEGA") gives the speaker no
country; the object of "denounce" or "present" is the author's, of "document" or
"trace" the speaker's finding."""

from __future__ import annotations

import pytest
from helpers import event_at


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "words"), [
    # the second half of a quote broken by "X said,"
    ('"The army has left the valley," the mayor said, "but the rebels burned the town hall '
     'last night."', "ASSAULT", "burned", "mayor"),
    ('"THE TROOPS STAYED IN THE BARRACKS," MERINO SAID, "AND THE REBELS ATTACKED THEIR '
     'VILLAGES."', "ASSAULT", "ATTACKED", "MERINO"),
    ('"WE HAVE NO NEWS OF HIM," SAID COLONEL ARTURO PENA, "BUT THE GUERRILLAS KIDNAPPED '
     'HIM ON MONDAY."', "ASSAULT", "KIDNAPPED", "ARTURO PENA"),
    # learned or heard from someone
    ("IT WAS LEARNED FROM JUDICIAL SOURCES THAT GUNMEN HAVE KILLED TWO TEACHERS.", "ASSAULT",
     "KILLED", "JUDICIAL SOURCES"),
    ("Police heard from witnesses that the gunmen shot two guards.", "ASSAULT", "shot",
     "witnesses"),
    # "who" after a title with a place: the person the title stands beside
    ("REFERRING TO THE HOMILY DELIVERED BY MONSIGNOR RAMON ALVAREZ, AUXILIARY BISHOP OF SAN "
     "SALVADOR, WHO ACCUSED THE AIR FORCE OF BOMBING A CHURCH IN USULUTAN DEPARTMENT, COL "
     "MONTANO SAID THAT SOME CLERGYMEN DISTORT THE FACTS.", "ASSAULT", "BOMBING",
     "RAMON ALVAREZ"),
    # the maker of a statement that says it
    ("THE ARMY ISSUED A STATEMENT SAYING THAT REBELS KILLED TWO SOLDIERS.", "ASSAULT",
     "KILLED", "ARMY"),
    ("THE POLITICAL-MILITARY COMMAND HAS ISSUED A COMMUNIQUE REPORTING THAT FOUR TERRORISTS "
     "WERE ARRESTED IN AN ARMED CLASH.", "COERCE", "ARRESTED", "COMMAND"),
    ("The coalition released a statement saying that its jets struck a depot.", "ASSAULT",
     "struck", "coalition"),
    # a report clause set off by commas, with time words before it
    ("Earlier today, the spokesman said, rebels shelled the airport.", "ASSAULT", "shelled",
     "spokesman"),
])
def test_the_speaker_of_a_broken_quote_or_of_news_learned(code_text, text, type_, trigger,
                                                          words):
    event = event_at(code_text(text), type_, trigger)
    assert event.asserted_by_text is not None and words in event.asserted_by_text, event
    assert event.modality == "reported"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger"), [
    # the quote ended with its sentence: what follows is the author's
    ('"We will win," the colonel said. Rebels burned the town hall.', "ASSAULT", "burned"),
    # no second quote after the report clause: the author's conjunct
    ('"The army has left," the mayor said, and rebels burned the town hall.', "ASSAULT",
     "burned"),
    # a statement that only names what it is about is no one's saying of the event
    ("THE ARMY ISSUED A STATEMENT ON THE ATTACK. REBELS KILLED TWO SOLDIERS.", "ASSAULT",
     "KILLED"),
    # learning from no one, and nothing learned: the author's
    ("THE ARMY LEARNED FROM ITS MISTAKES AND ATTACKED THE REBEL CAMP.", "ASSAULT",
     "ATTACKED"),
])
def test_no_speaker_outside_the_quote_or_the_news(code_text, text, type_, trigger):
    assert event_at(code_text(text), type_, trigger).asserted_by_text is None


@pytest.mark.slow
def test_a_given_name_read_as_a_place_gives_no_country(code_text):
    # "ORLANDO" after a title and before a surname is a name, not the city in Florida
    event = event_at(code_text("ACCORDING TO THE HARBOUR POLICE CHIEF MAJOR ORLANDO VEGA, "
                               "REBELS BURNED TWO BOATS."), "ASSAULT", "BURNED")
    assert not (event.asserted_by or "").startswith("USA"), event.asserted_by
    assert "VEGA" in (event.asserted_by_text or ""), event.asserted_by_text


@pytest.mark.slow
def test_the_same_word_after_in_stays_a_place(code_text):
    event = event_at(code_text("ACCORDING TO POLICE SOURCES IN ORLANDO, REBELS BURNED TWO "
                               "BOATS."), "ASSAULT", "BURNED")
    assert event.asserted_by == "USA.POL"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "type_", "trigger", "asserted_by_text"), [
    # what the speaking acts on (the object of "denounce", "present") is the author's
    ("THE PUBLIC HAS DENOUNCED TODAY'S ATTACKS ON THE MARKET.", "ASSAULT", "ATTACKS", None),
    ("THE PRIESTS DENOUNCED THE KILLING OF FIVE PEASANTS BY SOLDIERS IN THE VILLAGE.",
     "ASSAULT", "KILLING", None),
    ("A COMMISSION OF PRISONERS HAS PRESENTED A PETITION TO THE GOVERNMENT.", "REQUEST",
     "PETITION", None),
    # what a finding verb takes as its object is the finder's claim
    ("The report documents the shelling of the hospital by government forces.", "ASSAULT",
     "shelling", "report"),
])
def test_the_object_of_a_speech_verb(code_text, text, type_, trigger, asserted_by_text):
    assert event_at(code_text(text), type_, trigger).asserted_by_text == asserted_by_text
