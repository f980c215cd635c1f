"""Claims without an event: a proposition the coder codes no event for, asserted by one
party and denied by another inside one text (issue 18, rebuttal pairs). The store keeps
them (migration 0006), ``claims`` lists them, ``claims --contested`` and /api/claims show
the contest as the claimed words with each side's holder and sentence."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from click.testing import CliRunner
from helpers import coded

from actorgraph.cli import cli
from actorgraph.models import Claim, CodedDocument, Evidence
from actorgraph.store.db import EventFilter, Store
from actorgraph.store.schema import MIGRATIONS


def _doc(doc_id: str = "d9") -> CodedDocument:
    """A document with one coded event and an eventless contest: Baku asserts "its
    forces fired first", Yerevan disputes it."""
    doc = coded(doc_id, [("Iran armed the militia.", dict(type="AID", source="IRN",
                                                          target="GRP.X")),
                         ("Baku says its forces fired first.", None),
                         ("Yerevan says otherwise.", None)])
    text = doc.document.posts[0].text
    said, answer = text.index("Baku"), text.index("Yerevan")
    words = "its forces fired first"
    at = text.index(words)
    common = dict(topic="tp_1", proposition=words, proposition_start=at,
                  proposition_end=at + len(words))
    doc.claims += [
        Claim("cl_a", None, "AZE", "asserts",  # type: ignore[arg-type]
              Evidence(doc_id, 1, said, answer - 1, text[said:answer - 1]), "Baku", **common),
        Claim("cl_b", None, "ARM", "disputes",  # type: ignore[arg-type]
              Evidence(doc_id, 1, answer, len(text), text[answer:]), "Yerevan", **common),
    ]
    return doc


def test_an_eventless_contest_is_stored_listed_and_contested():
    with Store(":memory:") as store:
        store.write(_doc())
        assert store.counts()["claims"] == 3  # the event's own claim and the two sides
        records = list(store.claims())
        assert [r.claim.id for r in records if r.event is None] == ["cl_a", "cl_b"]
        assert records[0].event is not None  # claims on events come first, as before
        assert [r.claim.proposition for r in records if r.event is None] == [
            "its forces fired first"] * 2
        [contest] = [c for c in store.contested() if c.kind == "proposition"]
        assert contest.proposition == "its forces fired first"
        assert [s.position for s in contest.sides] == ["asserts", "disputes"]
        assert [(i.by, i.by_text, i.event) for s in contest.sides for i in s.items] == [
            ("AZE", "Baku", None), ("ARM", "Yerevan", None)]
        # filters: an event type asks for events; the holder's actor keeps them
        assert not [c for c in store.contested(EventFilter(type="AID"))
                    if c.kind == "proposition"]
        assert [c.kind for c in store.contested(EventFilter(actor="ARM"))].count(
            "proposition") == 1
        assert [r.claim.id for r in store.claims(EventFilter(asserted_by="AZE"))
                if r.event is None] == ["cl_a"]
        assert all(r.event is not None for r in store.claims(EventFilter(type="AID")))
        # paging runs on from the claims on events into the eventless ones
        assert [r.claim.id for r in store.claims(EventFilter(limit=2))][1:] == ["cl_a"]
        assert [r.claim.id for r in store.claims(EventFilter(offset=2))] == ["cl_b"]


def test_a_denial_alone_is_a_claim_not_a_contest():
    doc = _doc()
    doc.claims = [c for c in doc.claims if c.id != "cl_a"]
    with Store(":memory:") as store:
        store.write(doc)
        assert [r.claim.id for r in store.claims() if r.event is None] == ["cl_b"]
        assert not [c for c in store.contested() if c.kind == "proposition"]


def test_replacing_a_document_drops_its_eventless_claims():
    with Store(":memory:") as store:
        store.write(_doc())
        changed = _doc()
        changed.claims = changed.claims[:1]
        assert store.write(changed, force=True)
        assert store.counts()["claims"] == 1


def test_an_eventless_claim_needs_a_topic():
    doc = _doc()
    doc.claims = [replace(c, topic=None) for c in doc.claims]
    with Store(":memory:") as store, pytest.raises(Exception, match="cannot store"):
        store.write(doc)


def test_a_store_of_the_old_schema_opens_and_migrates(tmp_path, monkeypatch):
    """A store made before 0006 (claims keyed by (event, id), event NOT NULL) keeps its
    claims, and takes eventless ones after."""
    import actorgraph.store.db as db

    new = tmp_path / "new.db"
    with Store(new) as store:
        store.write(coded("d0", [("Iran armed the militia.", dict(
            type="AID", source="IRN", target="GRP.X"))]))
    path = tmp_path / "old.db"
    monkeypatch.setattr(db, "MIGRATIONS", MIGRATIONS[:5])
    Store(path).close()
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    conn.execute("ATTACH ? AS new", (str(new),))
    for table in ("documents", "posts", "events"):
        conn.execute(f"INSERT INTO {table} SELECT * FROM new.{table}")
    conn.execute("INSERT INTO claims (event, id, asserted_by, stance, doc, post, start, \"end\","
                 " text, asserted_by_text) SELECT event, id, asserted_by, stance, doc, post,"
                 " start, \"end\", text, 'Tehran' FROM new.claims")
    conn.commit()
    with pytest.raises(sqlite3.IntegrityError):  # the old schema refused a claim without event
        conn.execute("INSERT INTO claims (event, id, stance, doc, post, start, \"end\", text)"
                     " VALUES (NULL, 'cl_1', 'denies', 'd0', 1, 0, 5, 'x')")
    conn.close()
    with Store(path) as store:
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == len(MIGRATIONS)
        [old] = store.conn.execute("SELECT * FROM claims").fetchall()
        assert (old["stance"], old["asserted_by_text"], old["topic"]) == (
            "asserts", "Tehran", None)
        [record] = store.claims()
        assert record.event is not None and record.claim.event == record.event.id
        store.write(_doc())
        assert store.counts()["claims"] == 4
        # deleting the event still takes its claims with it
        store.conn.execute("DELETE FROM events WHERE id = ?", (old["event"],))
        assert store.counts()["claims"] == 3


def test_cli_and_api_show_the_eventless_contest(tmp_path):
    db = str(tmp_path / "c.db")
    with Store(db) as store:
        store.write(_doc())
    runner = CliRunner()
    out = runner.invoke(cli, ["claims", "--db", db, "--contested"], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    assert "its forces fired first" in out.output and "Yerevan" in out.output
    out = runner.invoke(cli, ["claims", "--db", db, "--contested", "--format", "jsonl"])
    rows = [json.loads(line) for line in out.output.splitlines()]
    [prop] = [r for r in rows if r["kind"] == "proposition"]
    assert prop["proposition"] == "its forces fired first"
    assert [i["stance"] for s in prop["sides"] for i in s["items"]] == ["asserts", "disputes"]
    out = runner.invoke(cli, ["claims", "--db", db], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    assert "claim: “its forces fired first”" in out.output
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from actorgraph.web.app import create_app

    pytest.importorskip("httpx", reason="TestClient needs httpx")
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        got = client.get("/api/claims").json()
        contested = client.get("/api/claims", params={"contested": "true"}).json()
    eventless = [c for c in got["claims"] if c["event"] is None]
    assert [c["claim"]["stance"] for c in eventless] == ["asserts", "disputes"]
    assert eventless[0]["claim"]["proposition"] == "its forces fired first"
    [prop] = [c for c in contested["contested"] if c["kind"] == "proposition"]
    assert [i["by"] for s in prop["sides"] for i in s["items"]] == ["AZE", "ARM"]


# -- coding: the shapes that make a claim without an event --------------------------------


def _eventless(coded) -> list[tuple[str, str | None, str | None]]:
    """(stance, holder's words, claimed words) of the claims without an event."""
    return [(c.stance, c.asserted_by_text, c.proposition) for c in coded.claims
            if c.event is None]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "asserter", "counter", "stance"), [
    # a counter marker in the next sentence: the author's evidence against the speaker
    # (troops crossing into a country code MOBILIZE since types12: words that still code
    # no event here)
    ("Caracas insists its troops never set foot in Guyana. Satellite pictures say otherwise.",
     "its troops never set foot in Guyana", "Caracas", None, "disputes"),
    # "a claim Y rejects" on words that code no event
    ("Azerbaijan says Armenian forces fired first near Sotk, a claim Yerevan rejects.",
     "Armenian forces fired first near Sotk", "Azerbaijan", "Yerevan", "denies"),
    # a denial of what an "as" clause says someone announced
    ("President Cristiani denied that the guerrillas hold liberated territories, as was "
     "announced by Radio Venceremos.", "the guerrillas hold liberated territories",
     "Radio Venceremos", "President Cristiani", "denies"),
    # a denial answered after "but": the other side asserts the denied words
    ("Hamas denies hiding rockets under the old harbour, but Israeli officials say drone "
     "footage shows launchers there.", "hiding rockets under the old harbour",
     "Israeli officials", "Hamas", "denies"),
    # a report told in the passive, its speaker after "by", denied in the next sentence
    ("Eritrean troops now confirmed in Tigray by Washington and the UN. Asmara is still "
     "denying it.", "Eritrean troops now confirmed in Tigray", "Washington", "Asmara",
     "denies"),
    # a denial of words a possessive owns (the claim noun's "that" clause is what it claims)
    ("The school director denied the M-20's claim that it was holding a student.",
     "it was holding a student", "M-20", "school director", "denies"),
])
def test_a_contest_over_words_that_code_no_event(code_text, text, words, asserter, counter,
                                                 stance):
    got = _eventless(code_text(text))
    assert ("asserts", asserter, words) in got
    assert (stance, counter, words) in got
    [topic] = {c.topic for c in code_text(text).claims if c.event is None}
    assert topic


@pytest.mark.slow
def test_the_same_party_on_both_sides_makes_no_contest(code_text):
    # the speaker answering itself ("Baku ... Baku says otherwise") is no rebuttal
    coded = code_text("Baku says its forces fired first. Baku later said otherwise.")
    assert not [c for c in coded.claims if c.event is None]
    coded = code_text("Baku says its forces fired first. Yerevan later said otherwise.")
    assert ("disputes", "Yerevan", "its forces fired first") in _eventless(coded)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words"), [
    # a noun of saying with its "that" clause: the clause is what was claimed
    ("THE DEFENSE MINISTER REJECTED THE MALICIOUS ACCUSATIONS MADE BY THE FMLN THAT THE ARMY "
     "KEEPS SECRET PRISONS IN THE BARRACKS OF SAN MIGUEL.",
     "THE ARMY KEEPS SECRET PRISONS IN THE BARRACKS OF SAN MIGUEL"),
    # the denier's grounds after ", because" are not the claim
    ("Manila denied a report by Japanese officials that its navy was patrolling near "
     "Scarborough Shoal, because its ships were in port.",
     "its navy was patrolling near Scarborough Shoal"),
    # a quote opened inside the claim keeps its closing mark
    ('PRESIDENT CRISTIANI DENIED THAT THE REBELS HOLD "FREE ZONES," AS THE FMLN ANNOUNCED '
     "TODAY.", 'THE REBELS HOLD "FREE ZONES,"'),
])
def test_the_proposition_is_what_was_claimed(code_text, text, words):
    assert {c.proposition for c in code_text(text).claims if c.event is None} == {words}


@pytest.mark.slow
def test_a_passive_account_by_no_speaker_is_no_claim(code_text):
    # "seen by farmers": an act witnessed, not a report; nothing claimed for Asmara to deny
    coded = code_text("Eritrean troops were seen in Tigray by farmers near Adigrat. Asmara is "
                      "still denying it.")
    assert not [c for c in coded.claims if c.event is None and c.stance == "asserts"]


@pytest.mark.slow
def test_a_denial_alone_is_a_denial_claim(code_text):
    coded = code_text("Officials in Minsk denied any knowledge of the smuggling ring.")
    # (no asserted side: nobody in the text claimed what Minsk denies)
    assert _eventless(coded) == [("denies", "Officials", "any knowledge of the smuggling ring")]


def test_the_scorer_pairs_claims_on_one_topic():
    import sys
    from pathlib import Path
    from types import SimpleNamespace

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import attribution as bench

    ev = Evidence("d", 1, 0, 5, "x")
    claims = [Claim("a", None, "AZE", "asserts", ev, "Baku", "t1", "P"),
              Claim("b", None, None, "disputes", ev, None, "t1", "P"),
              Claim("c", None, "ARM", "denies", ev, "Yerevan", "t2", "Q")]  # a denial alone
    pairs = bench.coded_contests(SimpleNamespace(events=[], claims=claims), "@me")
    assert pairs == [(("id", "AZE", "Baku"), bench.AUTHOR)]
    gold = ([("id", "AZE", "Azerbaijan")], [bench.AUTHOR])
    assert bench._match(pairs[0], gold)
    assert not bench._match(pairs[0], ([("id", "AZE", "x")], [("id", "ARM", "Yerevan")]))


@pytest.mark.slow
def test_not_confirming_is_no_dispute(code_text):
    # a negation alone leaves the claim open; "calls it a fabrication" answers it (Moscow
    # being a party to the told deal, as a denial of its part: LABELLING's "Kyiv denied any
    # role" row)
    said = "Khartoum says Russia will get a naval base at Port Sudan in exchange for arms. "
    assert not [c for c in code_text(said + "Moscow has not confirmed the deal.").claims
                if c.event is None and c.stance != "asserts"]
    got = _eventless(code_text(said + "Moscow calls the report a fabrication."))
    assert [s for s, _, _ in got] == ["asserts", "denies"]


def test_the_actor_profile_shows_the_contest_it_holds_a_side_of():
    from actorgraph.profile import build_profile, to_markdown

    doc = _doc()
    doc.claims = [replace(c, asserted_by="IRN") if c.id == "cl_a" else c for c in doc.claims]
    with Store(":memory:") as store:
        store.write(doc)
        profile = build_profile(store, "IRN")
        [contest] = [c for c in profile.contested if c["kind"] == "proposition"]
        assert contest["proposition"] == "its forces fired first"
        assert "“its forces fired first”: sources disagree on whether it is so" in to_markdown(
            profile)


def test_batch_shards_keep_an_eventless_claim():
    pytest.importorskip("pyarrow")
    from actorgraph.runners.shards import from_tables, to_tables

    doc = _doc()
    [back] = list(from_tables(to_tables([doc])))
    assert back.claims == doc.claims
