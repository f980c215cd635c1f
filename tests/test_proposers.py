"""The coder's shape: proposers -> argument reader -> event builder, and one coder shared
by threads."""

from __future__ import annotations

import ast
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from actorgraph.coding.coder import EventCoder
from actorgraph.coding.reading import PostContext, ThreadState
from actorgraph.models import Document, Post
from actorgraph.nlp.proposals import TriggerProposal
from actorgraph.readers import read_path
from tests.conftest import EXAMPLE

SRC = Path(__file__).parents[1] / "src" / "actorgraph"


def _toy(words: dict[str, str], confidence: float = 0.8):
    """A proposer standing in for a trained model: proposes ``words`` (lower case) as
    triggers of the given PLOVER types."""

    def propose(sentence, context):
        for token in sentence:
            if token.lower_ in words:
                yield TriggerProposal(sentence.doc[token.i : token.i + 1], words[token.lower_],
                                      origin="model", confidence=confidence)

    return propose


def _coder(coder, proposers=None) -> EventCoder:
    return EventCoder(coder.dictionary, coder.coder.lexicon, coder.coder.gazetteer,
                      proposers=proposers)


def _code(event_coder: EventCoder, nlp, text: str, published: str | None = None):
    return event_coder.code(nlp(text), PostContext(doc="t", time=published))


@pytest.mark.slow
def test_a_new_proposer_gets_arguments_from_the_same_reader(coder, nlp):
    text = "Iran battered Iraqi positions near Basra in 1984."
    lexicon_only = _coder(coder)
    assert "batter" not in coder.coder.lexicon.verbs
    assert _code(lexicon_only, nlp, text).events == []  # the lexicon does not know the verb
    with_model = _coder(coder)
    with_model.add_proposer(_toy({"battered": "ASSAULT"}))
    [event] = _code(with_model, nlp, text).events
    assert (event.type, event.source, event.target) == ("ASSAULT", "IRN", "IRQ.MIL")
    assert (event.method, event.confidence, event.trigger) == ("model", 0.8, "battered")
    assert (event.date, event.date_basis) == ("1984", "text")
    assert event.location is not None and event.location.geonameid == 99532  # Basra
    assert event.quad == coder.coder.lexicon.types["ASSAULT"].quad


@pytest.mark.slow
def test_lexicon_and_model_on_the_same_word_make_one_event_of_both(coder, nlp):
    text = "Hezbollah attacked Israel in 2006."
    rule = _code(_coder(coder), nlp, text).events
    both = _coder(coder)
    both.add_proposer(_toy({"attacked": "ASSAULT"}, confidence=0.3))
    merged = _code(both, nlp, text).events
    assert [(e.id, e.source, e.target) for e in merged] == [
        (e.id, e.source, e.target) for e in rule]
    assert [e.method for e in rule] == ["rule"]
    assert [e.method for e in merged] == ["both"]
    # agreeing never lowers the rule coder's score
    assert merged[0].confidence == max(rule[0].confidence, 0.3)


@pytest.mark.slow
def test_a_coder_with_only_a_model_proposer(coder, nlp):
    only = _coder(coder, proposers=[_toy({"battered": "ASSAULT"}, confidence=0.5)])
    text = "Hezbollah battered Israel in 2006 and attacked Haifa."
    events = _code(only, nlp, text).events
    assert [(e.type, e.source, e.target, e.method) for e in events] == [
        ("ASSAULT", "GRP.HEZBOLLAH", "ISR", "model")]


@pytest.mark.slow
def test_proposals_inside_actor_names_are_ignored(coder, nlp):
    doc = nlp("The Islamic State attacked Kirkuk in 2014.")
    names = [t.lower_ for span in doc.spans["actors"] for t in span]
    assert "state" in names
    event_coder = _coder(coder, proposers=[_toy({"state": "PROTEST"})])
    assert event_coder.code(doc, PostContext(doc="t")).events == []


def _posts() -> list[Document]:
    docs = read_path(EXAMPLE)
    texts = [
        "Iran armed Hezbollah in 1982. Two years later the IRGC trained its fighters.",
        "Tehran denied arming the Houthis, according to Reuters.",
        "The United States and the United Kingdom struck Houthi targets in Yemen.",
    ]
    docs += [Document(f"x{i}", t, (Post(1, t, 0, len(t)),), "text", published="2024-01-10")
             for i, t in enumerate(texts)]
    return docs


def _signature(coded) -> list[tuple]:
    return [(c.document.id, [e.to_dict() for e in c.events], [x.to_dict() for x in c.claims],
             [m.to_dict() for m in c.mentions]) for c in coded]


@pytest.mark.slow
def test_one_event_coder_codes_the_same_posts_from_four_threads(coder, nlp):
    posts = [(nlp(p.text), PostContext(d.id, p.index, time=d.published))
             for d in _posts() for p in d.posts]
    shared = _coder(coder)

    def run(_: int):
        state = ThreadState()
        out = []
        for doc, ctx in posts:
            coded = shared.code(doc, ctx, state)
            out.append(([e.to_dict() for e in coded.events],
                        [c.to_dict() for c in coded.claims],
                        [(t.i, s.id_, how) for t, s, how in coded.references]))
        return out

    alone = run(0)
    assert any(events for events, _, _ in alone)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(run, range(8)))
    assert all(r == alone for r in results)


@pytest.mark.slow
def test_one_document_coder_codes_the_same_documents_from_four_threads(coder):
    docs = _posts()
    alone = _signature(coder.code_many(docs))
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: _signature(coder.code_many(docs)), range(4)))
    assert all(r == alone for r in results)


def _imports(path: Path) -> set[str]:
    """The modules ``path`` imports when it is imported (top level, not in functions)."""
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add("." * node.level + node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_nlp_never_imports_coding():
    """``coding`` depends on ``nlp`` (the pipeline, the actor ruler, proposals); never the
    reverse, so the two do not import each other. (``nlp/event_component.py`` forwards the
    old entry point names to ``coding`` lazily, for installs made before the move.)"""
    offenders = {
        str(path.relative_to(SRC)): sorted(m for m in _imports(path)
                                           if "coding" in m.split("."))
        for path in (SRC / "nlp").glob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert any("nlp" in m for p in (SRC / "coding").glob("*.py") for m in _imports(p))


@pytest.mark.slow
def test_a_document_coder_takes_proposers(coder):
    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.settings import Settings

    text = "Iran battered Iraqi positions near Basra in 1984."
    doc = Document("p", text, (Post(1, text, 0, len(text)),), "text")
    plain = DocumentCoder(Settings(), nlp=coder.nlp)
    with_model = DocumentCoder(Settings(), nlp=coder.nlp,
                               proposers=[_toy({"battered": "ASSAULT"})])
    assert plain.code(doc).events == []
    assert [(e.type, e.method) for e in with_model.code(doc).events] == [("ASSAULT", "model")]
