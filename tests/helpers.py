"""Records built by hand for tests that need no model: a small store corpus.

Shared by the store, export, API and codec tests (tests import from here, never from
one another).
"""

from __future__ import annotations

from dataclasses import replace

from actorgraph.models import (
    Actor,
    Claim,
    CodedDocument,
    Document,
    Event,
    Evidence,
    Location,
    Mention,
    Post,
    stable_id,
)

ACTORS = {
    a.id: a
    for a in (
        Actor("IRN", "Iran", "state", "IRN", aliases=("Tehran", "Islamic Republic of Iran")),
        Actor("IRQ", "Iraq", "state", "IRQ"),
        Actor("USA", "United States", "state", "USA", aliases=("Washington",)),
        Actor("ISR", "Israel", "state", "ISR"),
        Actor("IRN.MIL.QUDS", "Quds Force", "military", "IRN", sector="military"),
        Actor("GRP.X", "X militia", "militia", "IRQ"),
    )
}
NAJAF = Location("Najaf", "IRQ", 32.0, 44.3, 98463)
BASRA = Location("Basra", "IRQ", 30.5, 47.8, 99532)


def coded(doc_id: str, sentences: list[tuple[str, dict | None]],
          published: str | None = None) -> CodedDocument:
    """A one-post document; each sentence may carry one event (keyword spec, see CORPUS)."""
    text = " ".join(s for s, _ in sentences)
    doc = Document(id=doc_id, text=text, posts=(Post(1, text, 0, len(text)),), format="text",
                   published=published, title=f"Report {doc_id}")
    out = CodedDocument(doc)
    pos = 0
    for i, (sentence, spec) in enumerate(sentences):
        ev = Evidence(doc_id, 1, pos, pos + len(sentence), sentence)
        pos += len(sentence) + 1
        if spec is None:
            continue
        spec = dict(spec)
        denied_by = spec.pop("denied_by", None)
        spec.setdefault("date_basis", "text" if spec.get("date") else None)
        event = Event(id=stable_id(doc_id, i, prefix="ev_"), evidence=ev, quad=4, **spec)
        event = replace(event, disputed=event.modality == "denied")
        out.events.append(event)
        out.claims.append(Claim(stable_id(event.id, "asserts", prefix="cl_"), event.id,
                                event.asserted_by, "asserts", ev))
        if denied_by:
            out.claims.append(Claim(stable_id(event.id, "denies", prefix="cl_"), event.id,
                                    denied_by, "denies", ev))
        for actor_id in (event.source, event.target, event.asserted_by):
            if actor_id:
                out.actors[actor_id] = ACTORS[actor_id]
                name = ACTORS[actor_id].name
                at = sentence.find(name.split()[0])
                if at >= 0:
                    out.mentions.append(Mention(doc_id, 1, ev.start + at,
                                                ev.start + at + len(name.split()[0]),
                                                name.split()[0], actor_id))
    return out


#: a and b report one arming four days apart... no: two days apart (merged, dates contested);
#: c denies it (undated, so it joins the one dated cluster: stance contested); f is a vaguer
#: year-only report without a place (another key); d and e disagree on who attacked.
CORPUS = [
    ("a", [("Iran armed the militia in Najaf on 5 March 2004, US officials said.",
            dict(type="AID", source="IRN", target="GRP.X", date="2004-03-05", location=NAJAF,
                 asserted_by="USA", modality="reported"))], "2004-03-06"),
    ("b", [("Tehran supplied weapons to the militia in Najaf on 7 March 2004.",
            dict(type="AID", source="IRN", target="GRP.X", date="2004-03-07", location=NAJAF)),
           ("The militia paraded in the city.", None)], "2004-03-08"),
    ("c", [("Iran denied arming the militia in Najaf.",
            dict(type="AID", source="IRN", target="GRP.X", location=NAJAF, modality="denied",
                 denied_by="IRN"))], "2004-03-09"),
    ("d", [("Iran attacked the US embassy in Basra on 1 May 2005.",
            dict(type="ASSAULT", source="IRN", target="USA", date="2005-05-01",
                 location=BASRA))], "2005-05-02"),
    ("e", [("Israel attacked the US embassy in Basra on 2 May 2005.",
            dict(type="ASSAULT", source="ISR", target="USA", date="2005-05-02",
                 location=BASRA))], "2005-05-03"),
    ("f", [("Iran armed the militia in 2004.",
            dict(type="AID", source="IRN", target="GRP.X", date="2004"))], None),
    ("g", [("The Quds Force trained Iraqi fighters in 2006.",
            dict(type="AID", source="IRN.MIL.QUDS", target="IRQ", date="2006")),
           ("Iran may attack Israel.",
            dict(type="ASSAULT", source="IRN", target="ISR", modality="hypothetical"))], None),
]


def corpus() -> list[CodedDocument]:
    return [coded(doc_id, sentences, published) for doc_id, sentences, published in CORPUS]
