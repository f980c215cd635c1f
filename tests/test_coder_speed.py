"""Speed guards that must not change what is coded: the loaded objects kept out of the
garbage collector's walks, and the relation rules that open only at their own words."""

from __future__ import annotations

import gc

import pytest

pytestmark = pytest.mark.slow


def test_the_coder_leaves_what_it_loaded_out_of_collections(coder) -> None:
    # the model, dictionaries and lexicon: far more objects than any post makes
    assert gc.get_freeze_count() > 100_000
    assert coder.dictionary is not None


def test_only_cue_words_pro_and_hyphenated_words_open_the_compound_rule(coder) -> None:
    finder = coder.relations
    word = next(iter(finder.cues.compounds))
    assert finder._may_be_hyphenated(word)
    assert finder._may_be_hyphenated("pro")
    assert finder._may_be_hyphenated("moscow-led")
    assert not finder._may_be_hyphenated("soldiers")


def test_a_hyphenated_backer_still_backs_the_group(code_text) -> None:
    coded = code_text("Tehran-backed gunmen fired on a police station in Basra.")
    assert any(r.type == "backs" for r in coded.relations)


def test_the_coder_collects_young_objects_less_often(coder) -> None:
    # Python's 700 made the collector run every few sentences of dense news
    assert gc.get_threshold()[0] >= 10_000


def test_only_cue_words_open_the_adjective_noun_and_verb_rules(coder) -> None:
    finder = coder.relations
    opening = finder._opening_words
    cues = finder.cues
    assert set(cues.adjectives) <= opening.adjectives
    assert set(cues.nouns) | cues.support_nouns | cues.alliance_nouns <= opening.nouns
    assert set(cues.verbs) | cues.giving_verbs <= opening.verbs
    assert {"allegiance", "command"} <= opening.nouns
    for word in ("weather", "bridge", "yesterday"):
        assert word not in opening.adjectives | opening.nouns | opening.verbs


@pytest.mark.parametrize(("text", "rtype"), [
    ("Colonel Haddad, the commander of the Northern Brigade, inspected the border.",
     "leads"),
    ("The Northern Brigade is funded by the government of Syria.", "backs"),
    ("The rebels pledged allegiance to the Islamic State last year.", "member_of"),
])
def test_the_rules_behind_the_opening_words_still_relate(code_text, text, rtype) -> None:
    coded = code_text(text)
    assert any(r.type == rtype for r in coded.relations), coded.relations


_SENTENCES = [
    "The rebels attacked a convoy on Monday. Two soldiers died. The army said it would "
    "respond within a day.",
    "Talks resumed on Friday, two days after a car bomb killed 21 people in the capital, "
    "and the ministers met again a week later.",
    "PROTESTERS WHO HAD CAMPED THERE SINCE APRIL WERE REMOVED.  POLICE SAID NOTHING.",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_sentences_by_look_up_are_spacys_sentences(nlp, text) -> None:
    from actorgraph.nlp.sentences import forget_sentences, index_sentences

    doc = nlp(text)
    own = [(t.sent.start, t.sent.end) for t in doc]
    spans = [doc[i : min(i + 3, len(doc))] for i in range(len(doc))]
    own_spans = [(s.sent.start, s.sent.end) for s in spans]
    index_sentences(doc)
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
    assert [(t.sent.start, t.sent.end) for t in doc] == own
    assert [(s.sent.start, s.sent.end) for s in spans] == own_spans
    forget_sentences(doc)
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks


def test_a_doc_without_sentences_gets_no_hooks(nlp) -> None:
    from actorgraph.nlp.sentences import index_sentences

    doc = nlp.make_doc("Tokenized only. Not parsed.")
    index_sentences(doc)
    assert "sent" not in doc.user_token_hooks


def _old_clause_text(token, offsets: bool) -> str:
    # the reading before one walk made both (event_settings.py, 04f5054)
    from actorgraph.coding.reading import _CLAUSE_DEPS, _offset_phrase

    skip: set[int] = set()
    subtree = list(token.subtree)
    for t in subtree:
        if t.i in skip or t.i == token.i:
            continue
        if (t.dep_ in _CLAUSE_DEPS and t.pos_ in ("VERB", "AUX")) or (
            not offsets and _offset_phrase(t) is not None
        ):
            skip.update(d.i for d in t.subtree)
    return " ".join(t.text for t in subtree if t.i not in skip)


@pytest.mark.parametrize("text", _SENTENCES)
def test_one_walk_reads_both_clause_texts(coder, nlp, text) -> None:
    reader = coder.coder.reader
    doc = nlp(text)
    for token in doc:
        assert reader._clause_texts(token) == (
            _old_clause_text(token, True), _old_clause_text(token, False))
