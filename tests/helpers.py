"""Records built by hand for tests that need no model: a small store corpus.

Shared by the store, export, API and codec tests (tests import from here, never from
one another).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from actorgraph.models import (
    Actor,
    Affiliation,
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


def _add_event(out: CodedDocument, event_id: str, ev: Evidence, spec: dict,
               claim_keys: tuple[str, str]) -> Event:
    """Append the event ``spec`` describes (keywords of :class:`Event`, plus ``denied_by``)
    with its asserting claim, and a denying one when ``denied_by`` names a denier."""
    spec = dict(spec)
    denied_by = spec.pop("denied_by", None)
    spec.setdefault("date_basis", "text" if spec.get("date") else None)
    event = Event(id=event_id, evidence=ev, **spec)
    out.events.append(event)
    out.claims.append(Claim(stable_id(event.id, claim_keys[0], prefix="cl_"), event.id,
                            event.asserted_by, "asserts", ev))
    if denied_by:
        out.claims.append(Claim(stable_id(event.id, claim_keys[1], prefix="cl_"), event.id,
                                denied_by, "denies", ev))
    return event


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
        event = _add_event(out, stable_id(doc_id, i, prefix="ev_"), ev, {"quad": 4, **spec},
                           ("asserts", "denies"))
        out.events[-1] = event = replace(event, disputed=event.modality == "denied")
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


# -- the web app's corpus (hostile strings included) ------------------------------------

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'
EVIL_NAME = f"Evil {SCRIPT} {IMG} Brigade"

WEB_ACTORS = {a.id: a for a in (
    Actor("IRN", "Iran", "state", "IRN", aliases=("Tehran", "Islamic Republic of Iran")),
    Actor("IRQ", "Iraq", "state", "IRQ"),
    Actor("USA", "United States", "state", "USA", aliases=("Washington",)),
    Actor("USA.MIL", "United States military", "military", "USA", sector="MIL",
          affiliations=(Affiliation("USA"),)),
    Actor("IRN.MIL.QUDS", "Quds Force", "military", "IRN", aliases=("IRGC-QF",),
          affiliations=(Affiliation("IRN", "branch", "1990"),)),
    Actor("GRP.KT", "Kataib Test", "militia", "IRQ", aliases=("KT", "the Test militia"),
          affiliations=(Affiliation("IRN.MIL.QUDS", "founded by", "2003", "2020"),)),
    Actor("NGO.HRW", "Human Rights Watch", "ngo", aliases=("HRW",)),
    Actor("PRV.ORG.EVIL", EVIL_NAME, "organisation", provisional=True),
)}
BAGHDAD = Location("Baghdad", "IRQ", 33.3, 44.4, 98182)


def web_coded(doc_id: str, posts: list[list[tuple[str, dict | None]]], *,
              published: str | None = None, title: str | None = None, url: str | None = None,
              author: str | None = None, fmt: str = "thread") -> CodedDocument:
    """A document of ``posts``, each a list of sentences that may carry one event (keywords of
    :class:`Event`, plus ``denied_by``)."""
    texts = [" ".join(s for s, _ in sentences) for sentences in posts]
    full = "\n\n".join(texts)
    built, at = [], 0
    for i, text in enumerate(texts, 1):
        built.append(Post(i, text, at, at + len(text), author=author,
                          time=published, url=f"{url}/{i}" if url else None))
        at += len(text) + 2
    doc = Document(doc_id, full, tuple(built), fmt, title=title, url=url, author=author,
                   published=published)
    out = CodedDocument(doc)
    for p, sentences in enumerate(posts, 1):
        pos = 0
        for i, (sentence, spec) in enumerate(sentences):
            ev = Evidence(doc_id, p, pos, pos + len(sentence), sentence)
            pos += len(sentence) + 1
            if spec is None:
                continue
            quad = {"AID": 2, "ASSAULT": 4, "REJECT": 3, "CONSULT": 1}.get(spec["type"])
            event = _add_event(out, stable_id(doc_id, p, i, prefix="ev_"), ev,
                               {"quad": quad, **spec}, ("a", "d"))
            for actor_id in (event.source, event.target, event.asserted_by):
                if actor_id:
                    out.actors[actor_id] = WEB_ACTORS[actor_id]
                    out.mentions.append(Mention(doc_id, p, ev.start, ev.start + 1,
                                                sentence[:1], actor_id))
    for actor in WEB_ACTORS.values():  # parents are known actors too
        if any(a.actor == actor.id for x in out.actors.values() for a in x.affiliations):
            out.actors[actor.id] = actor
    return out


def web_corpus() -> list[CodedDocument]:
    """The web tests' store: a thread, an article and a hostile document."""
    return [
        web_coded("thread-1", [
            [("Iran armed the Test militia in Najaf in 2004, HRW said.",
              dict(type="AID", source="IRN", target="GRP.KT", date="2004", location=NAJAF,
                   asserted_by="NGO.HRW", asserted_by_text="HRW", modality="reported")),
             ("Nobody was surprised.", None)],
            [("The Test militia attacked US troops in Baghdad on 5 March 2007.",
              dict(type="ASSAULT", source="GRP.KT", target="USA.MIL", date="2007-03-05",
                   location=BAGHDAD)),
             ("It attacked them again in March 2007.",
              dict(type="ASSAULT", source="GRP.KT", target="USA.MIL", date="2007-03",
                   date_basis="inherited"))],
            [("Two years later Iran rejected an offer from Iraq.",
              dict(type="REJECT", source="IRN", target="IRQ", date="1982",
                   date_basis="relative")),
             ("In the 1980s Iraq fought Iran.",
              dict(type="ASSAULT", source="IRQ", target="IRN", date="1980/1989"))],
        ], title="Thread by @analyst", url="https://example.org/thread-1", author="@analyst",
            published="2024-01-10"),
        web_coded("article-2", [
            [("🚀🔥 Breaking: Iran denied arming the Test militia in Najaf.",
              dict(type="AID", source="IRN", target="GRP.KT", location=NAJAF,
                   modality="denied", negated=True, asserted_by="IRN", denied_by="IRN")),
             ("Washington met Iraq officials.",
              dict(type="CONSULT", source="USA", target="IRQ")),
             ("The Quds Force may arm the Test militia next year.",
              dict(type="AID", source="IRN.MIL.QUDS", target="GRP.KT",
                   modality="intended"))],
        ], title="An article", url="javascript:alert(document.domain)", fmt="html"),
        web_coded("hostile", [
            [(f"{SCRIPT} {IMG} The {EVIL_NAME} attacked Iran on 1 June 2019.",
              dict(type="ASSAULT", source="PRV.ORG.EVIL", target="IRN", date="2019-06-01",
                   source_text=EVIL_NAME, asserted_by="PRV.ORG.EVIL"))],
        ], title=f"Hostile {SCRIPT}", author=IMG, url="https://example.org/x?a=<b>"),
    ]


def long_post() -> CodedDocument:
    """One post longer than the window the API sends, its event near the end."""
    from actorgraph.web.queries import POST_WINDOW

    filler = "word " * (POST_WINDOW // 2)
    sentence = "Iran attacked Iraq on 2 May 2010."
    return web_coded("long", [[(filler.strip(), None), (filler.strip(), None),
                           (sentence, dict(type="ASSAULT", source="IRN", target="IRQ",
                                           date="2010-05-02"))]])


# ------------------------------------------------------------ browser tests

#: Headless Debian Chromium, with nothing of its own reaching the network.
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic"]
#: Run in every page before its own scripts: collects what the CSP blocked.
CSP_WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
"""


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """``app`` served by uvicorn on a free loopback port in a thread; yields its base URL.
    Skips the test when the browser libraries are not vendored."""
    import pytest
    import uvicorn

    from actorgraph.web import app as webapp

    missing = [f for f in webapp.VENDOR_FILES if not (webapp.STATIC / "vendor" / f).is_file()]
    if missing:
        pytest.skip(f"the browser libraries are not vendored ({', '.join(missing)}): "
                    "run `make vendor`")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def event_at(coded: CodedDocument, type_: str, trigger: str, last: bool = False) -> Event:
    """The first (``last``: the last) event of ``type_`` coded on the word ``trigger``;
    the test fails, listing what was coded, when there is none."""
    found = [e for e in coded.events if e.type == type_ and e.trigger == trigger]
    assert found, [(e.type, e.trigger, e.asserted_by, e.asserted_by_text) for e in coded.events]
    return found[-1] if last else found[0]


def events_of(coded: CodedDocument, type_: str) -> list[Event]:
    """The events of ``type_`` coded in ``coded``, in order."""
    return [e for e in coded.events if e.type == type_]


def types_of(coded: CodedDocument) -> set[str]:
    """The event types coded in ``coded``."""
    return {e.type for e in coded.events}


def sides_of(coded: CodedDocument, type_: str) -> set[tuple[str | None, str | None]]:
    """The (source, target) pairs of the events of ``type_`` coded in ``coded``."""
    return {(e.source, e.target) for e in events_of(coded, type_)}


def counter_claims(coded: CodedDocument, *stances: str) -> list[Claim]:
    """The claims of ``coded`` whose stance is one of ``stances`` ("disputes", "denies")."""
    return [c for c in coded.claims if c.stance in stances]
