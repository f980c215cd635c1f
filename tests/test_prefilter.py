from __future__ import annotations

import pytest

from actorgraph.coding.prefilter import _forms
from actorgraph.models import Document, Post


@pytest.mark.parametrize(
    ("lemma", "form"),
    [("attack", "attacked"), ("invade", "invading"), ("ally", "allied"), ("stop", "stopped"),
     ("fight", "fought"), ("strike", "struck"), ("seize", "seizes")],
)
def test_inflected_forms(lemma, form):
    assert form in _forms(lemma)


def _doc(*texts: str) -> Document:
    posts, off = [], 0
    for i, t in enumerate(texts, 1):
        posts.append(Post(i, t, off, off + len(t)))
        off += len(t) + 2
    return Document(id="p", text="\n\n".join(texts), posts=tuple(posts), format="text")


@pytest.mark.slow
def test_prefilter_skips_posts_without_events_but_keeps_their_actors(coder):
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.settings import Settings

    doc = _doc(
        "The weather over Baghdad was mild in 2004.",
        "Two years later Kataib Hezbollah attacked US troops in Baghdad.",
        "Nothing of note here.",
    )
    assert coder.prefilter is not None
    assert [coder.prefilter.scan(p.text)[0] for p in doc.posts] == [False, True, False]
    fast = coder.code(doc)
    slow = DocumentCoder(Settings(prefilter=False), nlp=coder.nlp).code(doc)
    assert fast.events == slow.events
    # the skipped post's date still sets the context
    assert {e.date for e in fast.events} == {"2006"}
    assert any(m.post == 1 and m.actor == "IRQ" for m in fast.mentions)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "worth"),
    [("Iran launched a new website for its museums.", False),  # "launch" is bound to objects
     ("Iran launched an attack on Israel.", True),
     ("The weather in Tehran was mild.", False)],
)
def test_verbs_bound_to_objects_need_their_objects(coder, text, worth):
    assert coder.prefilter.scan(text)[0] is worth


@pytest.mark.slow
def test_only_sentences_that_can_yield_events_are_parsed(coder):
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.settings import Settings

    text = ("The weather in Baghdad was mild in 2004. Two years later Kataib Hezbollah attacked US "
            "troops near Najaf. Nothing else of note.\nIt then fired rockets at the embassy.")
    parsed = [piece.text for piece, parse in coder.prefilter.pieces(text) if parse]
    assert parsed == ["Two years later Kataib Hezbollah attacked US troops near Najaf. ",
                      "It then fired rockets at the embassy."]
    doc = _doc(text)
    fast = coder.code(doc)
    slow = DocumentCoder(Settings(prefilter=False), nlp=coder.nlp).code(doc)
    assert fast.events == slow.events and len(fast.events) == 2
    assert sorted(m.start for m in fast.mentions) == sorted(m.start for m in slow.mentions)
    for e in fast.events:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [  # a hard-wrapped line of capitals goes on; a blank line or a capital after a break ends
        ("THE GOVERNMENT HAS NEITHER\nCONFIRMED NOR REJECTED IT.", 1),
        ("Iran attacked Iraq\nIraq fired back", 2),
        ("Iran attacked the\nborder posts", 1),
        ("IRAN ATTACKED\n\nIRAQ FIRED BACK", 2),
        ("Iran attacked. Iraq fired back! Then?", 3),
    ],
)
def test_sentence_starts(text, sentences):
    import spacy

    from actorgraph.coding.prefilter import _sentence_starts

    assert len(_sentence_starts(spacy.blank("en").make_doc(text))) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [  # the truecased copy of a wire report: a name after a line break is no sentence start
        ("Gunmen shot mayor Rosa\nQuintero outside her office.", 1),
        ("Gunmen shot the mayor.\nPolice arrested two men.", 2),
        ("Gunmen shot the mayor\n\nPolice arrested two men", 2),  # a blank line still ends
    ],
)
def test_wrapped_lines_of_a_truecased_copy_go_on(text, sentences):
    import spacy

    from actorgraph.coding.prefilter import _sentence_starts

    doc = spacy.blank("en").make_doc(text)
    assert len(_sentence_starts(doc, wrapped=True)) == sentences
    assert len(_sentence_starts(doc)) >= sentences  # as normal text, a break may end one


@pytest.mark.slow
def test_a_truecased_wire_sentence_wrapped_before_a_name_stays_whole(coder):
    # The copy of "... THE MAYOR, HERNAN\nSALCEDO, ..." in normal capitals: as normal text
    # the line after the break would be a sentence of its own, left unparsed.
    copy = "Police said guerrillas kidnapped the mayor, Hernan\nSalcedo, near the town."
    assert len(coder.prefilter.pieces(copy)) == 2
    [(piece, parse)] = coder.prefilter.pieces(copy, wrapped=True)
    assert parse and piece.text == copy


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "worth"),
    [  # an actor the dictionary lacks: a capitalised name, a word for people, a pronoun
        ("Chrysler Chief Executive Robert Nardelli will step down.", True),
        ("Unidentified individuals placed explosives at the main entrance.", True),
        ("We attacked their positions at dawn.", True),
        ("The weather was mild and the harvest was good.", False),
        # a word that makes an event with no actor named: a verb that asks for no particular
        # word, a noun of a type whose nouns are events alone; wire text in capitals names
        # no actor the prefilter can see
        ("THE EXPLOSION OCCURRED DURING A HEAVY DOWNPOUR.", True),
        ("AT 1700 TODAY A BOMB EXPLODED INSIDE A FAST-FOOD RESTAURANT.", True),
        ("Three rifles and the ammunition were seized there.", True),
        # a noun whose type needs an actor, or no predicate word at all: still skipped
        ("The four-day meeting was cordial and short.", False),
        ("The harvest was good this year.", False),
        # a verb bound to a complement needs that word ("were displeased", not "were")
        ("The farmers were tired after the harvest.", False),
    ],
)
def test_sentences_that_may_yield_an_event_get_a_parse(coder, text, worth):
    assert coder.prefilter.scan(text)[0] is worth

