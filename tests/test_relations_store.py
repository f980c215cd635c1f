"""Relations in the store: merged across documents, dictionary affiliations, contests,
the `relations` command, exports and /api/relations. Built by hand: no model needed."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from actorgraph.cli import cli
from actorgraph.export import export_events
from actorgraph.models import (
    Actor,
    Affiliation,
    CodedDocument,
    Document,
    Evidence,
    Post,
    Relation,
    stable_id,
)
from actorgraph.store.db import EventFilter, Store
from actorgraph.store.relations import affiliation_relation, relations

ACTORS = {
    "IRN": Actor("IRN", "Iran", "state", "IRN"),
    "GRP.HOUTHIS": Actor("GRP.HOUTHIS", "Houthis", "militia", "YEM"),
    "GRP.KH": Actor("GRP.KH", "Kataib Hezbollah", "militia", "IRQ",
                    affiliations=(Affiliation("GRP.PMF", "member", "2014-06"),)),
    "GRP.PMF": Actor("GRP.PMF", "Popular Mobilization Forces", "militia", "IRQ"),
}


def doc(doc_id: str, text: str, *rels: tuple[str, str, str, dict]) -> CodedDocument:
    d = Document(doc_id, text, (Post(1, text, 0, len(text)),), "text")
    out = CodedDocument(d, actors=dict(ACTORS))
    for rtype, source, target, extra in rels:
        out.relations.append(Relation(
            id=stable_id(doc_id, rtype, source, target, prefix="rel_"), type=rtype,
            source=source, target=target, evidence=Evidence(doc_id, 1, 0, len(text), text),
            method="verb", confidence=0.8, **extra))
    return out


@pytest.fixture()
def store():
    with Store(":memory:") as s:
        s.write(doc("a", "Iran has armed the Houthis since 2015.",
                    ("backs", "IRN", "GRP.HOUTHIS", {"date": "2015"})))
        s.write(doc("b", "The Houthis, armed by Iran until 2022, fired missiles.",
                    ("backs", "IRN", "GRP.HOUTHIS", {"end_date": "2022"}),
                    ("allied_with", "GRP.KH", "IRN", {"as_of": "2024-01-02"})))
        s.write(doc("c", "Tehran is an ally of Kataib Hezbollah, an official said.",
                    ("allied_with", "IRN", "GRP.KH", {})))
        yield s


def test_mentions_merge_across_documents_with_dates_combined(store):
    [backs] = relations(store, type="backs")
    assert (backs.source, backs.target, backs.mentions, backs.documents) == (
        "IRN", "GRP.HOUTHIS", 2, 2)
    assert (backs.since, backs.until, backs.first, backs.last) == ("2015", "2022", "2015",
                                                                   "2022")
    assert {e["doc"] for e in backs.evidence} == {"a", "b"}


def test_symmetric_relations_merge_either_way_round(store):
    [allied] = relations(store, type="allied_with")
    assert allied.mentions == 2 and allied.symmetric


def test_dictionary_affiliations_are_cited_relations(store):
    [member] = relations(store, actor="Kataib Hezbollah", type="member_of")
    assert (member.source, member.target, member.methods) == ("GRP.KH", "GRP.PMF",
                                                              ("dictionary",))
    assert member.since == "2014-06" and member.evidence[0]["doc"] is None
    assert "dictionary" in member.evidence[0]["text"]


@pytest.mark.parametrize("role,expected", [
    (None, "member_of"), ("commander", "leads"), ("military commander", "member_of"),
    ("raised by", "backs"), ("secretary-general", "leads"),
])
def test_affiliation_roles(role, expected):
    actor = Actor("X", "X", "person")
    rtype, source, target = affiliation_relation(actor, Affiliation("Y", role))
    assert rtype == expected
    assert (source, target) == (("Y", "X") if expected == "backs" else ("X", "Y"))


def test_a_replaced_document_takes_its_relations_along(store):
    store.write(doc("a", "Nothing about arms here any more."))
    [backs] = relations(store, type="backs")
    assert backs.mentions == 1 and backs.since is None and backs.until == "2022"


def test_denied_relation_is_contested(store):
    store.write(doc("d", "Iran denies arming the Houthis.",
                    ("backs", "IRN", "GRP.HOUTHIS", {"modality": "denied",
                                                     "asserted_by": "IRN"})))
    [backs] = relations(store, type="backs")
    assert backs.denies == 1 and backs.asserts == 2 and backs.contested
    contests = [c for c in store.contested(EventFilter()) if c.kind == "relation"]
    assert len(contests) == 1 and contests[0].type == "backs"
    assert {s.position for s in contests[0].sides} == {"asserts", "denies"}


def test_relations_command(tmp_path):
    db = tmp_path / "r.db"
    with Store(db) as s:
        s.write(doc("a", "Iran has armed the Houthis since 2015.",
                    ("backs", "IRN", "GRP.HOUTHIS", {"date": "2015"})))
    result = CliRunner().invoke(cli, ["relations", "--db", str(db), "--actor", "Iran",
                                      "--type", "backs", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.output.splitlines()]
    assert record["target_name"] == "Houthis" and record["evidence"][0]["doc"] == "a"
    table = CliRunner().invoke(cli, ["relations", "--db", str(db)])
    assert "Houthis" in table.output and "member_of" in table.output
    bad = CliRunner().invoke(cli, ["relations", "--db", str(db), "--type", "owns"])
    assert bad.exit_code == 2


def test_relation_exports(store):
    out = io.StringIO()
    assert export_events(store, "relations-jsonl", out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert all(r["record"] == "relation" for r in records)
    out = io.StringIO()
    export_events(store, "relations-csv", out)
    header = out.getvalue().splitlines()[0]
    assert header.startswith("type,source,source_name,target")
    pytest.importorskip("networkx")
    graph = io.BytesIO()
    export_events(store, "gexf", graph)
    text = graph.getvalue().decode()
    assert "relation" in text and "backs" in text


def test_api_relations(tmp_path):
    pytest.importorskip("fastapi")
    from actorgraph.web.app import call, create_app

    db = tmp_path / "r.db"
    with Store(db) as s:
        s.write(doc("a", "Iran has armed the Houthis since 2015.",
                    ("backs", "IRN", "GRP.HOUTHIS", {"date": "2015"})))
    app = create_app(db)
    status, _, body = call(app, "/api/relations?actor=Iran&type=backs")
    data = json.loads(body)
    assert status == 200 and data["count"] == 1
    assert data["relations"][0]["evidence"][0]["text"].startswith("Iran has armed")
    status, _, body = call(app, "/api/relations?type=owns")
    assert status == 400 or status == 422
    status, _, body = call(app, "/api/actors/GRP.HOUTHIS")
    assert json.loads(body)["relations"][0]["type"] == "backs"


def test_relations_travel_through_the_codec_and_batch_shards(tmp_path):
    """A relation's JSON record and its batch shard row are the Relation codec's: the fields
    come back equal, dictionary relations (no evidence) included."""
    pytest.importorskip("pyarrow")
    from actorgraph import codec
    from actorgraph.export import relation_to_json
    from actorgraph.runners.shards import from_tables, to_tables

    coded = doc("d1", "The Houthis are backed by Iran.",
                ("backs", "IRN", "GRP.HOUTHIS", {"asserted_by": "IRN",
                                                 "asserted_by_text": "Tehran"}))
    coded.relations.append(Relation(id="rel_dict", type="member_of", source="GRP.KH",
                                    target="GRP.PMF", method="dictionary"))
    record = relation_to_json(coded.relations[0], ACTORS)
    assert record["record"] == "relation" and record["symmetric"] is False
    assert record["source"]["name"] == "Iran" and record["asserted_by"]["text"] == "Tehran"
    assert [codec.RELATION.from_json(relation_to_json(r, ACTORS))
            for r in coded.relations] == coded.relations
    back = list(from_tables(to_tables([coded])))
    assert back[0].relations == coded.relations


def test_a_store_made_before_relations_gains_them(tmp_path):
    """Migration 0003_relations runs after 0002_event_method on a store that has the first
    two only, and relations written then are read back."""
    import sqlite3

    from actorgraph.store.schema import MIGRATIONS

    assert [name for name, _sql in MIGRATIONS][1:3] == ["0002_event_method", "0003_relations"]
    path = tmp_path / "old.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE relations; DROP TABLE relation_mentions;"
                       " DROP TABLE reviews; DROP TABLE review_events; DROP TABLE review_keys;"
                       " DROP TABLE review_merged; ALTER TABLE events DROP COLUMN reviewed;"
                       " ALTER TABLE claims DROP COLUMN asserted_by_text;"
                       " PRAGMA user_version = 2;")
    conn.close()
    with Store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        s.write(doc("a", "Iran has armed the Houthis.", ("backs", "IRN", "GRP.HOUTHIS", {})))
        found = {(r.type, r.source, r.target) for r in relations(s)}
    # The text's relation, and the dictionary affiliation of an actor of the document.
    assert found == {("backs", "IRN", "GRP.HOUTHIS"), ("member_of", "GRP.KH", "GRP.PMF")}
